package org.scholion.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's one table: a row per figure, with its data, median, spread, unit, goal, verdict
 * and the peak resident set of the process while the figure was measured. The peak is the
 * kernel's high-water mark, reset at the start of each phase ({@link #phase}), so each row's
 * figure is its own phase's, not the run's so far.
 */
final class SuiteTable {

    /** One figure; {@code spread} is "p95 X" or "min - max"; {@code goal} and {@code verdict} empty where the issue sets none. */
    record Row(String measure, String data, String median, String spread, String unit, String goal, String verdict,
               String peakRssMb) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final String goalNote;
    private boolean peakResets = true;

    /** {@code goalNote} is added to the verdict of goals the issue sets for another scale than this run's. */
    SuiteTable(String goalNote) {
        this.goalNote = goalNote;
    }

    /**
     * Starts a phase: the process's peak resident set is measured from here (Linux 4.0 and later
     * reset it when "5" is written to /proc/self/clear_refs). Where that cannot be done, rows show
     * the run's peak so far and say so.
     */
    void phase() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (java.io.IOException | RuntimeException e) {
            peakResets = false;
        }
    }

    void add(String measure, String data, String median, String spread, String unit, Goal goal, double judged) {
        addRow(measure, data, median, spread, unit, goal, judged, false, currentPeak());
    }

    /** A row whose goal was set for the large scale (the note says so on other scales). */
    void addForLarge(String measure, String data, String median, String spread, String unit, Goal goal, double judged) {
        addRow(measure, data, median, spread, unit, goal, judged, true, currentPeak());
    }

    /** A row measured in another process, with that process's peak resident set. */
    void addMeasuredElsewhere(String measure, String data, String median, String spread, String unit, Goal goal,
                              double judged, long peakRssMb) {
        addRow(measure, data, median, spread, unit, goal, judged, false, peakRssMb < 0 ? "n/a" : Long.toString(peakRssMb));
    }

    private void addRow(String measure, String data, String median, String spread, String unit, Goal goal,
                        double judged, boolean goalForLarge, String peak) {
        String verdict = goal.verdict(judged);
        if (goalForLarge && !verdict.isEmpty() && !goalNote.isEmpty()) {
            verdict += " " + goalNote;
        }
        rows.add(new Row(measure, data, median, spread, unit, goal.text(), verdict, peak));
        System.err.println("[suite] " + measure + " (" + data + "): " + median + " " + unit + " [" + spread + "]"
                + (verdict.isEmpty() ? "" : " " + verdict));
    }

    /** Times in seconds, reported as median and min - max, judged by the median. */
    void seconds(String measure, String data, List<Double> seconds, Goal goal) {
        double median = BenchStats.median(seconds);
        add(measure, data, BenchStats.fmt(median, 3),
                BenchStats.fmt(BenchStats.min(seconds), 3) + " - " + BenchStats.fmt(BenchStats.max(seconds), 3), "s", goal,
                median);
    }

    /** Latencies in milliseconds, reported as median and 95th percentile (nearest rank), judged by the 95th percentile. */
    void millis(String measure, String data, List<Double> millis, Goal goal, boolean goalForLarge) {
        double p95 = BenchStats.percentile(millis, 95);
        addRow(measure, data, BenchStats.fmt(BenchStats.median(millis), 2),
                "p95 " + BenchStats.fmt(p95, 2) + ", n " + millis.size(), "ms", goal, p95, goalForLarge, currentPeak());
    }

    private String currentPeak() {
        long peak = MachineInfo.peakRssMb();
        return peak < 0 ? "n/a" : peak + (peakResets ? "" : " (run so far)");
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| measure | data | median | spread | unit | goal | verdict | peak RSS MB |\n");
        text.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            text.append("| ").append(String.join(" | ", row.measure(), row.data(), row.median(), row.spread(),
                    row.unit(), row.goal(), row.verdict(), row.peakRssMb()).replace("\n", " ")).append(" |\n");
        }
        return text.toString();
    }
}
