package org.scholion.ui.sources;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.scholion.project.Project;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.ui.workbench.Session;

/**
 * The sources of the open project: title, type, year, language, length and number of codings,
 * read on the project thread whenever sources or codings change; filtered by what the user types
 * (title, author, type, year; ignoring case and accents) and sorted by a column.
 */
public final class SourcesViewModel {

    private final Session session;
    private final ObservableList<SourceRow> all = FXCollections.observableArrayList();
    private final FilteredList<SourceRow> filtered = new FilteredList<>(all);
    private final SortedList<SourceRow> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private long loads;

    public SourcesViewModel(Session session) {
        this.session = session;
        filter.addListener((obs, was, now) -> filtered.setPredicate(row -> row.matches(now)));
        session.sourcesRevisionProperty().addListener((obs, was, now) -> reload());
        session.codingsRevisionProperty().addListener((obs, was, now) -> reload());
        reload();
    }

    public Session session() {
        return session;
    }

    /**
     * The rows shown, filtered and sorted. Its comparator is the table's (bound by the view); each
     * column sorts by {@link SourceRow.Column#order()}.
     */
    public SortedList<SourceRow> rows() {
        return sorted;
    }

    /** Every source of the project, unfiltered, in the store's order. */
    public List<SourceRow> allRows() {
        return List.copyOf(all);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The source on show in the viewer; a row selected sets it, a jump elsewhere changes it. */
    public ObjectProperty<SourceId> currentSourceProperty() {
        return session.currentSourceProperty();
    }

    /** Shows a source in the viewer. */
    public void select(SourceRow row) {
        if (row != null) {
            session.currentSourceProperty().set(row.id());
        }
    }

    public void reload() {
        Project project = session.project();
        long load = ++loads;
        if (project == null) {
            all.clear();
            return;
        }
        session.tasks().quick(progress -> {
            List<Source> sources = project.sources().list();
            Map<SourceId, Integer> counts = project.sources().codingCounts();
            return sources.stream().map(s -> SourceRow.of(s, counts.getOrDefault(s.id(), 0))).toList();
        }, rows -> {
            if (load == loads && project == session.project()) {
                all.setAll(rows);
            }
        }, e -> session.fail("Sources not read", e));
    }
}
