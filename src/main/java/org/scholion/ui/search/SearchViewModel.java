package org.scholion.ui.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scholion.codebook.Code;
import org.scholion.codebook.Codebook;
import org.scholion.index.HitOrder;
import org.scholion.index.KwicLine;
import org.scholion.index.KwicSort;
import org.scholion.index.SearchResults;
import org.scholion.project.AutocodePreview;
import org.scholion.project.AutocodeScope;
import org.scholion.project.Project;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.ui.workbench.Jump;
import org.scholion.ui.workbench.Session;
import org.scholion.ui.workbench.UserMessages;

/**
 * The query box, its keyword-in-context lines and auto-coding of every hit. A search runs on the
 * project thread (KWIC lines and the totals of the same query); only the finished list is handed
 * to the UI thread, so tens of thousands of lines never hold up the window. A result that arrives
 * after a newer search was started is dropped.
 */
public final class SearchViewModel {

    /** Code points of context on each side of the keyword. */
    static final int CONTEXT = 60;

    private final Session session;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<KwicSort> sort = new SimpleObjectProperty<>(KwicSort.SOURCE);
    private final ObservableList<KwicRow> rows = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);
    private final ObservableList<CodeChoice> codes = FXCollections.observableArrayList();
    private final ObjectProperty<AutocodePlan> plan = new SimpleObjectProperty<>();
    private String searchedQuery = "";
    private long generation;

    public SearchViewModel(Session session) {
        this.session = session;
        session.projectProperty().addListener((obs, was, now) -> clear());
        session.codebookRevisionProperty().addListener((obs, was, now) -> loadCodes());
        sort.addListener((obs, was, now) -> {
            if (!searchedQuery.isBlank()) {
                search();
            }
        });
        loadCodes();
    }

    public Session session() {
        return session;
    }

    /** The query as typed, in the index's query language (docs/search.md). */
    public StringProperty queryProperty() {
        return query;
    }

    /** The order of the lines; changing it sorts the current results again. */
    public ObjectProperty<KwicSort> sortProperty() {
        return sort;
    }

    /** The orders offered: reading order, and alphabetical by the words left or right of the keyword. */
    public List<KwicSort> sorts() {
        return List.of(KwicSort.SOURCE, KwicSort.LEFT, KwicSort.RIGHT);
    }

    public ObservableList<KwicRow> rows() {
        return rows;
    }

    /** "357 matches in 146 passages", "No matches", or "Searching..." while a search runs. */
    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    /** Why the query cannot be read (one line, with the column), or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    /** The codes an auto-coding can apply, by path, in the codebook's order. */
    public ObservableList<CodeChoice> codes() {
        return codes;
    }

    /** An auto-coding previewed and waiting for confirmation, or null. */
    public ReadOnlyObjectProperty<AutocodePlan> planProperty() {
        return plan;
    }

    /** Runs the query: the KWIC lines in the chosen order and the totals, on the project thread. */
    public void search() {
        Project project = session.project();
        String text = query.get() == null ? "" : query.get().strip();
        long run = ++generation;
        if (project == null || text.isEmpty()) {
            rows.clear();
            searchedQuery = "";
            count.set("");
            error.set(project == null ? "Open a project to search it" : "");
            return;
        }
        KwicSort order = sort.get();
        searching.set(true);
        count.set("Searching...");
        session.tasks().quick(progress -> find(project, text, order), found -> {
            if (run != generation) {
                return;
            }
            searching.set(false);
            searchedQuery = text;
            error.set("");
            rows.setAll(found.rows());
            count.set(describe(found.matches(), found.passages()));
        }, failure -> {
            if (run != generation) {
                return;
            }
            searching.set(false);
            searchedQuery = "";
            rows.clear();
            count.set("");
            error.set(UserMessages.of(failure));
        });
    }

    /** Shows a line's match in the viewer: its source opened, the keyword selected. */
    public void open(KwicRow row) {
        if (row != null) {
            session.jumpTo(new Jump(row.line().source(), row.line().match()));
        }
    }

    /**
     * Works out what coding every hit of the last query with a code would do, without doing it;
     * the plan then waits for {@link #applyAutocode()} or {@link #discardAutocode()}.
     */
    public void previewAutocode(CodeChoice code, AutocodeScope scope) {
        Project project = session.project();
        String text = searchedQuery;
        if (project == null || text.isBlank() || code == null || scope == null) {
            session.status().notify("Search first, then choose a code and a scope to code all hits");
            return;
        }
        session.tasks().quick(progress -> {
            AutocodePreview preview = project.search().preview(text, code.id(), scope);
            List<String> lines = new ArrayList<>();
            for (Source source : project.sources().list()) {
                Integer segments = preview.perSource().get(source.id());
                if (segments != null) {
                    lines.add(source.title() + ": " + segments);
                }
            }
            return new AutocodePlan(preview, code, lines);
        }, plan::set, e -> session.fail("No preview of the auto-coding", e));
    }

    /** Codes every segment of the plan, as one long task and one undoable action. */
    public void applyAutocode() {
        AutocodePlan confirmed = plan.get();
        Project project = session.project();
        plan.set(null);
        if (confirmed == null || project == null) {
            return;
        }
        if (confirmed.segments() == 0) {
            session.status().notify("Nothing to code: every hit is already coded with \"" + confirmed.code().path() + "\"");
            return;
        }
        String coder = session.coder();
        session.tasks().submit("Auto-coding \"" + confirmed.preview().query() + "\"",
                progress -> project.search().applyAutocode(confirmed.preview(), confirmed.code().id(), coder),
                made -> {
                    session.codingsChanged();
                    session.status().notify("Auto-coded " + made.size() + " segment" + (made.size() == 1 ? "" : "s")
                            + " with \"" + confirmed.code().path() + "\" (Undo reverses all of them)");
                }, e -> session.fail("Not auto-coded", e));
    }

    public void discardAutocode() {
        plan.set(null);
    }

    private void clear() {
        generation++;
        rows.clear();
        searchedQuery = "";
        count.set("");
        error.set("");
        searching.set(false);
        plan.set(null);
    }

    private void loadCodes() {
        Project project = session.project();
        if (project == null) {
            codes.clear();
            return;
        }
        session.tasks().quick(progress -> {
            Codebook codebook = project.codebook().snapshot();
            List<CodeChoice> choices = new ArrayList<>();
            for (Code code : codebook.depthFirst()) {
                choices.add(new CodeChoice(code.id(), codebook.pathOf(code.id()).toString()));
            }
            return choices;
        }, codes::setAll, e -> session.fail("The codes could not be read", e));
    }

    private static Found find(Project project, String query, KwicSort order) {
        List<KwicLine> lines = project.search().kwic(query, CONTEXT, order);
        SearchResults totals = project.search().search(query, 0, HitOrder.SOURCE);
        Map<SourceId, String> titles = new HashMap<>();
        for (Source source : project.sources().list()) {
            titles.put(source.id(), source.title());
        }
        List<KwicRow> found = new ArrayList<>(lines.size());
        for (KwicLine line : lines) {
            found.add(new KwicRow(line, titles.getOrDefault(line.source(), "source " + line.source())));
        }
        return new Found(found, totals.totalMatches(), totals.totalPassages());
    }

    static String describe(int matches, int passages) {
        if (matches == 0) {
            return "No matches";
        }
        return matches + (matches == 1 ? " match" : " matches") + " in " + passages
                + (passages == 1 ? " passage" : " passages");
    }

    private record Found(List<KwicRow> rows, int matches, int passages) {
    }
}
