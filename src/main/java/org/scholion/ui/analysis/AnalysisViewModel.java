package org.scholion.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scholion.analysis.Breakdown;
import org.scholion.analysis.CoOccurrence;
import org.scholion.analysis.CoOccurrenceScope;
import org.scholion.analysis.CountTable;
import org.scholion.analysis.MatrixMeasure;
import org.scholion.chart.ChartKind;
import org.scholion.chart.ChartSvg;
import org.scholion.export.AtomicFile;
import org.scholion.export.CountTableCsv;
import org.scholion.export.CountTableXlsx;
import org.scholion.project.Project;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;

/**
 * The analysis window: a report (frequencies, code x source matrix, co-occurrence, codes over time,
 * words in a code) with its choices, computed on the project thread whenever a choice or the
 * codings change; its table for the chart and the numbers; for co-occurrence, the segments behind
 * the cell picked, each of which opens in the viewer; and the chart and table saved as SVG, PNG,
 * CSV and XLSX.
 */
public final class AnalysisViewModel {

    /** Segments listed for one co-occurrence cell at most; the cell's count says how many there are. */
    static final int LISTED_SEGMENTS = 500;

    private final Session session;
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>(Report.FREQUENCIES);
    private final ObjectProperty<Breakdown> breakdown = new SimpleObjectProperty<>(Breakdown.OVERALL);
    private final BooleanProperty withSubCodes = new SimpleBooleanProperty(false);
    private final BooleanProperty countSources = new SimpleBooleanProperty(false);
    private final ObjectProperty<MatrixMeasure> measure = new SimpleObjectProperty<>(MatrixMeasure.SEGMENTS);
    private final ObjectProperty<CoOccurrenceScope> scope = new SimpleObjectProperty<>(CoOccurrenceScope.OVERLAP);
    private final StringProperty coder = new SimpleStringProperty();
    private final ObjectProperty<CodeChoice> code = new SimpleObjectProperty<>();
    private final IntegerProperty words = new SimpleIntegerProperty(30);
    private final StringProperty collocate = new SimpleStringProperty("");
    private final BooleanProperty hideEmpty = new SimpleBooleanProperty(true);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<CodeChoice> codes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CountTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<CellSegment> segments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper segmentsCaption = new ReadOnlyStringWrapper("");
    private CoOccurrence coOccurrence;
    /** The chart of the table shown: the report chosen may already be another one, still computing. */
    private ChartKind shownKind = Report.FREQUENCIES.chart();
    private long generation;
    private long cellGeneration;

    public AnalysisViewModel(Session session) {
        this.session = session;
        InvalidationListener reload = obs -> reload();
        for (var choice : List.of(report, breakdown, withSubCodes, countSources, measure, scope, coder, code, words,
                collocate, hideEmpty, active)) {
            choice.addListener(reload);
        }
        session.codingsRevisionProperty().addListener(reload);
        session.sourcesRevisionProperty().addListener(reload);
        session.projectProperty().addListener((obs, was, now) -> {
            coder.set(null);
            code.set(null);
        });
        reload();
    }

    public Session session() {
        return session;
    }

    /**
     * Whether the report is kept up to date (while its window shows): a hidden window must not
     * recompute a co-occurrence on the project thread after every coding.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObjectProperty<Report> reportProperty() {
        return report;
    }

    /** The columns of frequencies and of the matrix (the matrix takes "by source" for "overall"). */
    public ObjectProperty<Breakdown> breakdownProperty() {
        return breakdown;
    }

    /** Whether a code counts the codings of its sub-codes too. */
    public BooleanProperty withSubCodesProperty() {
        return withSubCodes;
    }

    /** Frequencies: sources per code instead of segments per code. */
    public BooleanProperty countSourcesProperty() {
        return countSources;
    }

    /** Matrix: segments or coded characters. */
    public ObjectProperty<MatrixMeasure> measureProperty() {
        return measure;
    }

    /** Co-occurrence: overlapping segments or the same paragraph. */
    public ObjectProperty<CoOccurrenceScope> scopeProperty() {
        return scope;
    }

    /** Only this coder's codings; null for everyone's. */
    public StringProperty coderProperty() {
        return coder;
    }

    /** Words report: the code whose coded text is counted. */
    public ObjectProperty<CodeChoice> codeProperty() {
        return code;
    }

    /** Words report: how many of the most frequent words. */
    public IntegerProperty wordsProperty() {
        return words;
    }

    /**
     * Words report: a word whose collocates (within five words) are listed instead of the code's
     * words; blank for the words.
     */
    public StringProperty collocateProperty() {
        return collocate;
    }

    /** Whether codes that counted nothing are left out of the chart and the table (they are, at first). */
    public BooleanProperty hideEmptyProperty() {
        return hideEmpty;
    }

    public ObservableList<String> coders() {
        return coders;
    }

    public ObservableList<CodeChoice> codes() {
        return codes;
    }

    /** The report's table, null before the first result or without a project. */
    public ReadOnlyObjectProperty<CountTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public CountTable table() {
        return table.get();
    }

    /** What the table shown is drawn as. */
    public ChartKind chartKind() {
        return shownKind;
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** One line on the report (what it counts, or why there is nothing), or on the last save. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The segments behind the co-occurrence cell picked last. */
    public ObservableList<CellSegment> segments() {
        return segments;
    }

    /** "12 segments behind NATO x Georgia", or what to do to see some. */
    public ReadOnlyStringProperty segmentsCaptionProperty() {
        return segmentsCaption.getReadOnlyProperty();
    }

    /** Whether picking a cell lists segments (co-occurrence only). */
    public boolean cellsHaveSegments() {
        return report.get() == Report.CO_OCCURRENCE && coOccurrence != null;
    }

    /** Lists the segments behind a cell of the co-occurrence table (row and column of the table). */
    public void pickCell(int row, int column) {
        CoOccurrence shown = coOccurrence;
        Project project = session.project();
        CountTable current = table.get();
        if (!cellsHaveSegments() || project == null || current == null
                || row < 0 || column < 0 || row >= current.rows().size() || column >= current.columns().size()) {
            return;
        }
        long run = ++cellGeneration;
        long count = current.cell(row, column);
        String rowLabel = current.rows().get(row);
        String columnLabel = current.columns().get(column);
        String cell = rowLabel + " \u00d7 " + columnLabel;
        // By labels: the table shown may have left out empty codes, the co-occurrence has them all.
        session.tasks().quick(progress -> ReportComputation.segments(project, shown, rowLabel, columnLabel,
                        LISTED_SEGMENTS),
                found -> {
                    if (run != cellGeneration) {
                        return;
                    }
                    segments.setAll(found);
                    segmentsCaption.set((count > found.size() ? "The first " + found.size() + " of " : "")
                            + count + (count == 1 ? " pair of segments" : " pairs of segments") + " behind " + cell);
                }, e -> session.fail("The segments could not be read", e));
    }

    /** Shows a listed segment in the viewer. */
    public void open(CellSegment segment) {
        if (segment != null) {
            session.jumpTo(new Jump(segment.source(), segment.span()));
        }
    }

    /** A file name for saving the report: its title, made safe for any file system. */
    public String fileName(String extension) {
        CountTable current = table.get();
        String title = current == null ? "report" : current.title();
        String safe = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").replaceAll("\\s+", " ").strip();
        return (safe.isEmpty() ? "report" : safe) + extension;
    }

    public void saveSvg(Path file) {
        save(file, "SVG chart", (t, out) -> ChartSvg.write(chartKind(), t, out));
    }

    public void saveCsv(Path file) {
        save(file, "CSV table", CountTableCsv::write);
    }

    public void saveXlsx(Path file) {
        save(file, "Excel table", CountTableXlsx::write);
    }

    /** Saves a picture of the chart as shown (taken by the view on the JavaFX thread). */
    public void savePng(ArgbImage image, Path file) {
        session.tasks().quick(progress -> {
            image.writePng(file);
            return file;
        }, saved -> message.set("Saved the chart as " + saved.getFileName()), e -> session.fail("Not saved", e));
    }

    private interface TableWriter {
        void write(CountTable table, java.io.OutputStream out) throws java.io.IOException;
    }

    private void save(Path file, String what, TableWriter writer) {
        CountTable current = table.get();
        if (current == null) {
            session.status().notify("Nothing to save yet: the report is still being computed");
            return;
        }
        session.tasks().quick(progress -> {
            AtomicFile.write(file, out -> writer.write(current, out));
            return file;
        }, saved -> message.set("Saved the " + what + " as " + saved.getFileName()), e -> session.fail("Not saved", e));
    }

    private void reload() {
        long run = ++generation;
        ++cellGeneration;
        segments.clear();
        segmentsCaption.set(report.get() == Report.CO_OCCURRENCE ? "Click a cell to list the segments behind it" : "");
        Project project = session.project();
        if (project == null) {
            table.set(null);
            coOccurrence = null;
            message.set("Open a project to analyse its codings");
            return;
        }
        if (!active.get()) {
            // Recomputed when shown again; a stale table must not be saved meanwhile.
            table.set(null);
            coOccurrence = null;
            return;
        }
        ReportChoices choices = new ReportChoices(report.get(), breakdown.get(), withSubCodes.get(), countSources.get(),
                measure.get(), scope.get(), coder.get(), code.get(), Math.max(0, words.get()), collocate.get(), hideEmpty.get());
        computing.set(true);
        session.tasks().submit("Computing " + choices.report().label().toLowerCase(java.util.Locale.ROOT),
                progress -> ReportComputation.compute(project, choices), result -> {
                    if (run != generation) {
                        return;
                    }
                    computing.set(false);
                    if (!result.coders().equals(coders)) {
                        coders.setAll(result.coders());
                    }
                    if (!result.codes().equals(codes)) {
                        codes.setAll(result.codes());
                    }
                    coOccurrence = result.coOccurrence();
                    CountTable shown = choices.hideEmpty() && choices.report() != Report.WORDS
                            ? EmptyRows.removed(result.table(), choices.report() == Report.CO_OCCURRENCE)
                            : result.table();
                    shownKind = choices.report().chart();
                    table.set(shown);
                    message.set(describe(shown));
                }, e -> {
                    if (run == generation) {
                        computing.set(false);
                        table.set(null);
                        coOccurrence = null;
                        message.set("");
                        session.fail("The report could not be computed", e);
                    }
                });
    }

    private static String describe(CountTable table) {
        if (table.isEmpty() || table.total() == 0 && table.maximum() == 0) {
            return table.title() + ": nothing counted yet";
        }
        return table.title() + " \u2013 " + table.rows().size() + " \u00d7 " + table.columns().size() + ", "
                + table.measure() + (table.summable() ? ", " + table.total() + " in all" : "");
    }
}
