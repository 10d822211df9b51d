package org.scholion.bench;

import java.util.ArrayList;
import java.util.List;

/** The suite's one table: a row per figure, with its data, median, spread, unit and goal. */
final class SuiteTable {

    /** One figure; {@code spread} is "p95 X" or "min - max", {@code goal} empty where the issue sets none. */
    record Row(String measure, String data, String median, String spread, String unit, String goal) {
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String measure, String data, String median, String spread, String unit, String goal) {
        rows.add(new Row(measure, data, median, spread, unit, goal));
        System.err.println("[suite] " + measure + " (" + data + "): " + median + " " + unit + " [" + spread + "]");
    }

    /** Times in seconds, reported as median and min - max. */
    void seconds(String measure, String data, List<Double> seconds, String goal) {
        add(measure, data, BenchStats.fmt(BenchStats.median(seconds), 3),
                BenchStats.fmt(BenchStats.min(seconds), 3) + " - " + BenchStats.fmt(BenchStats.max(seconds), 3), "s", goal);
    }

    /** Latencies in milliseconds, reported as median and 95th percentile (nearest rank). */
    void millis(String measure, String data, List<Double> millis, String goal) {
        add(measure, data, BenchStats.fmt(BenchStats.median(millis), 2),
                "p95 " + BenchStats.fmt(BenchStats.percentile(millis, 95), 2) + ", n " + millis.size(), "ms", goal);
    }

    String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("| measure | data | median | spread | unit | goal |\n");
        text.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            text.append("| ").append(String.join(" | ", row.measure(), row.data(), row.median(), row.spread(),
                    row.unit(), row.goal())).append(" |\n");
        }
        return text.toString();
    }
}
