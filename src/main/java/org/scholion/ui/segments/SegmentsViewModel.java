package org.scholion.ui.segments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.CodingFilter;
import org.scholion.project.CodingRow;
import org.scholion.project.Project;
import org.scholion.source.PartialDate;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.source.TextOffsets;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;

/**
 * Retrieved segments: every coded segment of the codes selected in the codebook tree (and, if
 * asked, of the codes below them), with source, page, coder and text, filtered by source, type,
 * year and coder. Everything is read and filtered on the project thread; it reloads whenever the
 * selection, a filter, the codings or the codebook change.
 */
public final class SegmentsViewModel {

    private final Session session;
    private final BooleanProperty includeSubcodes = new SimpleBooleanProperty(true);
    private final ObjectProperty<SourceChoice> sourceFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<SourceType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final StringProperty coderFilter = new SimpleStringProperty();
    private final ObservableList<SourceChoice> sources = FXCollections.observableArrayList();
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObservableList<SegmentRow> rows = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty("");
    private long generation;

    public SegmentsViewModel(Session session) {
        this.session = session;
        InvalidationListener reload = obs -> reload();
        session.selectedCodes().addListener(reload);
        session.codingsRevisionProperty().addListener(reload);
        session.sourcesRevisionProperty().addListener(obs -> {
            loadSources();
            reload();
        });
        for (var filter : List.of(includeSubcodes, sourceFilter, typeFilter, fromYear, toYear, coderFilter)) {
            filter.addListener(reload);
        }
        session.projectProperty().addListener((obs, was, now) -> clearFilters());
        loadSources();
        reload();
    }

    public Session session() {
        return session;
    }

    /** Whether the segments of the codes below a selected code are shown too (they are, at first). */
    public BooleanProperty includeSubcodesProperty() {
        return includeSubcodes;
    }

    /** Only segments of this source; null for all. */
    public ObjectProperty<SourceChoice> sourceFilterProperty() {
        return sourceFilter;
    }

    /** Only segments of sources of this type; null for all. */
    public ObjectProperty<SourceType> typeFilterProperty() {
        return typeFilter;
    }

    /** Only sources published in or after this year; null for no lower bound. */
    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    /** Only sources published in or before this year; null for no upper bound. */
    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    /** Only segments coded by this coder; null for anyone's. */
    public StringProperty coderFilterProperty() {
        return coderFilter;
    }

    /** The project's sources, for the source filter. */
    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    /** Who coded the segments of the selected codes, for the coder filter. */
    public ObservableList<String> coders() {
        return coders;
    }

    public ObservableList<SegmentRow> rows() {
        return rows;
    }

    /** "12 segments", "5 of 12 segments (filtered)", or what to do when no code is selected. */
    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    /** Clears every filter (the sub-code option stays). */
    public void clearFilters() {
        sourceFilter.set(null);
        typeFilter.set(null);
        fromYear.set(null);
        toYear.set(null);
        coderFilter.set(null);
    }

    /** Shows a segment in the viewer: its source opened, its text selected. */
    public void open(SegmentRow row) {
        if (row != null) {
            session.jumpTo(new Jump(row.source(), row.span()));
        }
    }

    private void loadSources() {
        Project project = session.project();
        if (project == null) {
            sources.clear();
            return;
        }
        session.tasks().quick(progress -> project.sources().list().stream()
                        .map(s -> new SourceChoice(s.id(), s.title())).toList(),
                sources::setAll, e -> session.fail("The sources could not be read", e));
    }

    private void reload() {
        long run = ++generation;
        Project project = session.project();
        List<CodeId> selected = List.copyOf(session.selectedCodes());
        if (project == null || selected.isEmpty()) {
            rows.clear();
            coders.clear();
            count.set(project == null ? "" : "Select codes in the codebook to retrieve their segments");
            return;
        }
        boolean below = includeSubcodes.get();
        SourceChoice source = sourceFilter.get();
        SegmentFilter filter = new SegmentFilter(source == null ? null : source.id(), typeFilter.get(), fromYear.get(),
                toYear.get(), coderFilter.get());
        session.tasks().quick(progress -> retrieve(project, selected, below, filter), found -> {
            if (run != generation) {
                return;
            }
            coders.setAll(found.coders());
            rows.setAll(found.rows());
            int shown = found.rows().size();
            String segments = found.total() + (found.total() == 1 ? " segment" : " segments");
            count.set(shown == found.total() ? segments : shown + " of " + segments + " (filtered)");
        }, e -> {
            if (run == generation) {
                rows.clear();
                count.set("");
                session.fail("The segments could not be read", e);
            }
        });
    }

    private static Retrieved retrieve(Project project, List<CodeId> selected, boolean below, SegmentFilter filter) {
        Codebook codebook = project.codebook().snapshot();
        Set<CodeId> codes = new LinkedHashSet<>();
        for (CodeId id : selected) {
            if (codebook.find(id).isPresent()) {
                codes.addAll(below ? codebook.subtree(id) : Set.of(id));
            }
        }
        if (codes.isEmpty()) {
            // An empty code filter means every code: a selection deleted meanwhile must show nothing.
            return new Retrieved(List.of(), List.of(), 0);
        }
        List<CodingRow> all = project.codings().rows(new CodingFilter(codes, Set.of(), null));
        Set<String> coderNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Map<SourceId, TextOffsets> texts = new HashMap<>();
        List<SegmentRow> shown = new ArrayList<>();
        for (CodingRow row : all) {
            String coder = row.coding().coder().name();
            coderNames.add(coder);
            Source source = row.source();
            PartialDate date = source.metadata().date();
            Integer year = date == null ? null : date.year();
            if ((filter.source() != null && !filter.source().equals(source.id()))
                    || (filter.coder() != null && !filter.coder().equals(coder))
                    || !filter.acceptsSource(source.metadata().type(), year)) {
                continue;
            }
            TextOffsets text = texts.computeIfAbsent(source.id(), id -> TextOffsets.of(project.sources().text(id)));
            shown.add(new SegmentRow(row.coding().id(), source.id(), row.coding().span(), row.codePath().toString(),
                    source.title(), row.pages() == null ? "" : row.pages(), coder, source.metadata().type(), year,
                    text.slice(row.coding().span())));
        }
        return new Retrieved(shown, List.copyOf(coderNames), all.size());
    }

    private record Retrieved(List<SegmentRow> rows, List<String> coders, int total) {
    }
}
