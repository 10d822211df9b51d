package org.scholion.ui.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.scholion.analysis.AgreementReport;
import org.scholion.analysis.AgreementResult;
import org.scholion.analysis.AgreementUnit;
import org.scholion.analysis.CodeAgreement;
import org.scholion.coding.CodingFilter;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;
import org.scholion.export.AgreementCsv;
import org.scholion.export.AtomicFile;
import org.scholion.project.CoderSide;
import org.scholion.project.DisagreementRow;
import org.scholion.project.Project;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;

/**
 * Inter-coder agreement in the workbench: the coders to compare, the unit, all codes or those
 * selected in the codebook; the table of statistics per code and overall; and the places where the
 * coders differ, side by side, each one a jump to its text. Computed on the project thread as a
 * long task; recomputed when the codings change while a result is shown.
 */
public final class AgreementViewModel {

    private final Session session;
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableSet<String> chosen = FXCollections.observableSet(new TreeSet<>());
    private final ObjectProperty<AgreementUnit> unit = new SimpleObjectProperty<>(AgreementUnit.SENTENCE);
    private final BooleanProperty onlySelectedCodes = new SimpleBooleanProperty(false);
    private final ObservableList<String> statistics = FXCollections.observableArrayList();
    private final ObservableList<AgreementLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<AgreementLine> selectedLine = new SimpleObjectProperty<>();
    private final ObservableList<DisagreementRow> allPlaces = FXCollections.observableArrayList();
    private final ObservableList<DisagreementRow> places = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("Choose two or more coders and compute.");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty markedHeading = new SimpleStringProperty("Marked");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<DisagreementRow> selectedPlace = new SimpleObjectProperty<>();
    private final ObservableList<SideText> sides = FXCollections.observableArrayList();
    private List<String> compared = List.of();
    private final BooleanProperty hasResult = new SimpleBooleanProperty(false);
    private AgreementReport shown;

    public AgreementViewModel(Session session) {
        this.session = session;
        selectedLine.addListener((obs, was, now) -> filterPlaces());
        selectedPlace.addListener((obs, was, now) -> loadSides(now));
        session.codingsRevisionProperty().addListener(obs -> {
            loadCoders();
            if (!lines.isEmpty()) {
                compute();
            }
        });
        session.projectProperty().addListener((obs, was, now) -> {
            clear();
            loadCoders();
        });
        loadCoders();
    }

    /** Everyone who has codings in the project. */
    public ObservableList<String> coders() {
        return coders;
    }

    /** The coders to compare; all, at first, when there are two or three. */
    public ObservableSet<String> chosen() {
        return chosen;
    }

    public ObjectProperty<AgreementUnit> unitProperty() {
        return unit;
    }

    /** Only the codes selected in the codebook tree (otherwise every code the coders used). */
    public BooleanProperty onlySelectedCodesProperty() {
        return onlySelectedCodes;
    }

    /** The names of the statistics, one column each, in the order of {@link AgreementLine#values()}. */
    public ObservableList<String> statistics() {
        return statistics;
    }

    public ObservableList<AgreementLine> lines() {
        return lines;
    }

    /** The line whose disagreements are listed; none or the overall line lists them all. */
    public ObjectProperty<AgreementLine> selectedLineProperty() {
        return selectedLine;
    }

    /** The places where the coders differ, for the selected line. */
    public ObservableList<DisagreementRow> places() {
        return places;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** What a reader must know about the figures (coders missing from sources, undefined values). */
    public ReadOnlyStringProperty notesProperty() {
        return notes;
    }

    /** "Marked (ana / ben)": whose counts the marked column shows, in order. */
    public ReadOnlyStringProperty markedHeadingProperty() {
        return markedHeading;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public void compute() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        List<String> who = coders.stream().filter(chosen::contains).toList();
        if (who.size() < 2) {
            summary.set("Choose two or more coders to compare.");
            return;
        }
        AgreementUnit on = unit.get();
        Set<CodeId> codes = onlySelectedCodes.get() ? Set.copyOf(session.selectedCodes()) : Set.of();
        if (onlySelectedCodes.get() && codes.isEmpty()) {
            summary.set("Select the codes in the codebook first, or compare on all codes.");
            return;
        }
        busy.set(true);
        session.tasks().submit("Computing agreement between " + String.join(", ", who), progress -> {
            AgreementReport report = project.agreement().compare(who, on, codes);
            return new Computed(report, project.agreement().describe(report.disagreements()));
        }, this::show, e -> {
            busy.set(false);
            session.fail("Agreement could not be computed", e);
        });
    }

    /** The place whose sides are shown. */
    public ObjectProperty<DisagreementRow> selectedPlaceProperty() {
        return selectedPlace;
    }

    /** The selected place side by side: each compared coder's codings of the code there, or none. */
    public ObservableList<SideText> sides() {
        return sides;
    }

    /** Shows a place in the viewer: its source opened, the passage selected. */
    public void open(DisagreementRow row) {
        if (row != null) {
            session.jumpTo(new Jump(row.place().source(), row.place().span()));
        }
    }

    /** Writes the table on show as CSV (for an appendix), on the project thread. */
    public void saveCsv(java.nio.file.Path file) {
        AgreementReport report = shown;
        if (report == null || file == null) {
            return;
        }
        session.tasks().quick(progress -> {
            AtomicFile.write(file, out -> AgreementCsv.write(report, out));
            return file;
        }, saved -> session.status().notify("Saved the agreement table to " + saved),
                e -> session.fail("The agreement table could not be saved to " + file, e));
    }

    /** Whether there is a table to save. */
    public ReadOnlyBooleanProperty hasResultProperty() {
        return hasResult;
    }

    private record Computed(AgreementReport report, List<DisagreementRow> places) {
    }

    private void show(Computed computed) {
        busy.set(false);
        AgreementReport report = computed.report();
        shown = report;
        hasResult.set(true);
        compared = report.request().coders();
        List<CodeAgreement> all = new ArrayList<>(report.perCode());
        all.add(report.overall());
        markedHeading.set("Marked (" + String.join(" / ", report.request().coders()) + ")");
        statistics.setAll(report.overall().statistics().stream().map(AgreementResult::statistic).toList());
        List<AgreementLine> shown = new ArrayList<>();
        for (CodeAgreement line : all) {
            shown.add(line(line, report.request().coders()));
        }
        selectedLine.set(null);
        lines.setAll(shown);
        allPlaces.setAll(computed.places());
        filterPlaces();
        summary.set(String.format(Locale.ROOT, "%d %s, %d %s where %s differ", report.perCode().size(),
                report.perCode().size() == 1 ? "code" : "codes", computed.places().size(),
                computed.places().size() == 1 ? "place" : "places", String.join(" and ", report.request().coders())));
        notes.set(String.join("\n", report.notes()));
    }

    /** A column heading short enough for the table; the full name is its tooltip. */
    public static String heading(String statistic) {
        return switch (statistic) {
            case "percent agreement" -> "agreement";
            case "Cohen's kappa" -> "Cohen κ";
            case "Fleiss' kappa" -> "Fleiss κ";
            case "Krippendorff's alpha (nominal)" -> "Kripp. α";
            case "Krippendorff's unitized alpha (|uα)" -> "unitized |uα";
            default -> statistic.length() <= 14 ? statistic : statistic.substring(0, 13) + "…";
        };
    }

    /** The last part of a code path: the table shows it and gives the whole path as a tooltip. */
    public static String leaf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static AgreementLine line(CodeAgreement line, List<String> coders) {
        List<String> values = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (AgreementResult result : line.statistics()) {
            if (result.isDefined()) {
                values.add(String.format(Locale.ROOT, "%.3f", result.value().getAsDouble()));
            } else {
                values.add("n/a");
                reasons.add(result.statistic() + ": " + result.undefinedReason());
            }
        }
        StringBuilder marked = new StringBuilder();
        for (int c = 0; c < coders.size(); c++) {
            marked.append(c == 0 ? "" : " / ").append(line.marked().get(c));
        }
        int units = line.statistics().isEmpty() ? 0 : line.statistics().getFirst().units();
        return new AgreementLine(line, line.label(), String.valueOf(units), marked.toString(), values,
                String.join("\n", reasons));
    }

    private void filterPlaces() {
        AgreementLine line = selectedLine.get();
        if (line == null || line.isOverall()) {
            places.setAll(allPlaces);
        } else {
            CodeId code = line.agreement().code().orElseThrow();
            places.setAll(allPlaces.filtered(row -> row.place().code().equals(code)));
        }
    }

    private void loadSides(DisagreementRow row) {
        Project project = session.project();
        if (row == null || project == null) {
            sides.clear();
            return;
        }
        List<String> coders = compared;
        session.tasks().quick(progress -> project.agreement().sides(row.place(), coders), found -> {
            if (row.equals(selectedPlace.get())) {
                sides.setAll(found.stream().map(AgreementViewModel::side).toList());
            }
        }, e -> session.fail("The codings at this place could not be read", e));
    }

    static SideText side(CoderSide side) {
        if (!side.applied()) {
            return new SideText(side.coder(), false, side.coder() + " did not apply the code here.");
        }
        StringBuilder text = new StringBuilder();
        for (Coding coding : side.codings()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(String.format(Locale.ROOT, "[%d, %d) ", coding.start(), coding.end()))
                    .append(coding.anchor() == null ? "" : coding.anchor().quote().strip());
        }
        return new SideText(side.coder(), true, text.toString());
    }

    private void clear() {
        shown = null;
        hasResult.set(false);
        lines.clear();
        statistics.clear();
        allPlaces.clear();
        places.clear();
        sides.clear();
        notes.set("");
        summary.set("Choose two or more coders and compute.");
    }

    private void loadCoders() {
        Project project = session.project();
        if (project == null) {
            coders.clear();
            chosen.clear();
            return;
        }
        session.tasks().quick(progress -> project.codings().list(CodingFilter.ALL).stream()
                .map(coding -> coding.coder().name()).distinct().sorted().toList(), names -> {
            boolean first = coders.isEmpty();
            coders.setAll(names);
            chosen.retainAll(names);
            if (first && names.size() >= 2 && names.size() <= 3) {
                chosen.addAll(names);
            }
        }, e -> session.fail("The coders could not be read", e));
    }
}
