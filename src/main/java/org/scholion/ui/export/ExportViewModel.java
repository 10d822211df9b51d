package org.scholion.ui.export;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scholion.export.BibliographyFormat;
import org.scholion.export.CitationStyle;
import org.scholion.export.Excerpt;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExportFormat;
import org.scholion.export.ExportOptions;
import org.scholion.export.MemoKind;
import org.scholion.json.ExportWriters;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.ui.workbench.Session;

/**
 * The export dialog: the codes selected in the codebook tree (what Retrieved segments shows) or
 * all codings, the sources ticked (or all), the format, citation style, context, appendix, which
 * memos, and for Markdown the bibliography format; a live preview of the first
 * excerpts as they will be quoted and cited; and the export itself, a long task on the project
 * thread with its result in the status bar.
 */
public final class ExportViewModel {

    static final int PREVIEW = 5;

    private final Session session;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.DOCX);
    private final ObjectProperty<CitationStyle> citation = new SimpleObjectProperty<>(CitationStyle.INLINE);
    private final ObjectProperty<ExcerptOrder> order = new SimpleObjectProperty<>(ExcerptOrder.CODE_THEN_SOURCE);
    private final IntegerProperty contextWords = new SimpleIntegerProperty(0);
    private final BooleanProperty selectedCodesOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty codebookAppendix = new SimpleBooleanProperty(true);
    private final ObjectProperty<SourceType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final StringProperty coder = new SimpleStringProperty();
    private final StringProperty memoContains = new SimpleStringProperty();
    private final ObservableList<SourceChoice> sources = FXCollections.observableArrayList();
    private final BooleanProperty codingMemos = new SimpleBooleanProperty(true);
    private final BooleanProperty projectMemos = new SimpleBooleanProperty(false);
    private final BooleanProperty sourceMemos = new SimpleBooleanProperty(false);
    private final BooleanProperty codeMemos = new SimpleBooleanProperty(false);
    private final ObjectProperty<BibliographyFormat> bibliography = new SimpleObjectProperty<>(BibliographyFormat.BIBTEX);
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public ExportViewModel(Session session) {
        this.session = session;
        selectedCodesOnly.set(!session.selectedCodes().isEmpty());
        for (var property : List.of(order, contextWords, selectedCodesOnly)) {
            property.addListener((obs, was, now) -> refresh());
        }
        citation.addListener((obs, was, now) -> refresh());
        for (var property : List.<javafx.beans.value.ObservableValue<?>>of(type, fromYear, toYear, coder, memoContains)) {
            property.addListener((obs, was, now) -> refresh());
        }
        loadSources();
    }

    /** Fills the list of sources to tick; none ticked means every source. */
    private void loadSources() {
        Project project = session.project();
        if (project == null) {
            return;
        }
        session.tasks().quick(progress -> project.sources().list(), list -> {
            sources.setAll(list.stream().map(s -> new SourceChoice(s.id(), s.title())).toList());
            sources.forEach(choice -> choice.chosenProperty().addListener((obs, was, now) -> refresh()));
        }, e -> session.fail("Could not list the sources", e));
    }

    /** Ticks the source shown in the viewer and only it. */
    public void chooseCurrentSource() {
        SourceId current = session.currentSourceProperty().get();
        sources.forEach(choice -> choice.chosenProperty().set(choice.id().equals(current)));
    }

    /** The memos asked for besides the coding memos. */
    public Set<MemoKind> memoKinds() {
        Set<MemoKind> kinds = EnumSet.noneOf(MemoKind.class);
        if (projectMemos.get()) {
            kinds.add(MemoKind.PROJECT);
        }
        if (sourceMemos.get()) {
            kinds.add(MemoKind.SOURCE);
        }
        if (codeMemos.get()) {
            kinds.add(MemoKind.CODE);
        }
        return kinds;
    }

    /** What is selected now, as the export will gather it. */
    public ExcerptSelection selection() {
        Set<SourceId> chosen = sources.stream().filter(c -> c.chosenProperty().get()).map(SourceChoice::id)
                .collect(java.util.stream.Collectors.toSet());
        Integer from = fromYear.get();
        Integer to = toYear.get();
        if (from != null && to != null && from > to) {
            to = from; // a range typed backwards while editing: read as the one year until it is finished
        }
        return new ExcerptSelection(selectedCodesOnly.get() ? Set.copyOf(session.selectedCodes()) : Set.of(), true,
                chosen, type.get(), from, to,
                blankToNull(coder.get()), blankToNull(memoContains.get()), order.get(), contextWords.get());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ExportOptions options() {
        return new ExportOptions(citation.get(), codebookAppendix.get(), contextWords.get() > 0, codingMemos.get(),
                bibliography.get());
    }

    /** Reads the selection again and shows how many excerpts it holds and the first few, cited. */
    public void refresh() {
        Project project = session.project();
        if (project == null) {
            preview.clear();
            summary.set("No project is open");
            return;
        }
        ExcerptSelection selection = selection();
        session.tasks().quick(progress -> project.exports().excerpts(selection), excerpts -> {
            summary.set(excerpts.size() + " excerpt" + (excerpts.size() == 1 ? "" : "s")
                    + (selectedCodesOnly.get() && !session.selectedCodes().isEmpty() ? " of the selected codes" : ""));
            preview.setAll(excerpts.stream().limit(PREVIEW).map(this::quoted).toList());
        }, e -> session.fail("No preview", e));
    }

    private String quoted(Excerpt excerpt) {
        String cited = citation.get() == CitationStyle.FOOTNOTE ? "[footnote: " + excerpt.citation().inline(excerpt.pages())
                .replaceAll("^\\(|\\)$", "") + "]" : excerpt.citation().inline(excerpt.pages());
        return excerpt.codePath() + "\n\u201C" + excerpt.text().replaceAll("\\s+", " ").strip() + "\u201D " + cited;
    }

    /** Writes the export to a file (and what goes beside it: a Markdown's bibliography, a CSV's memos), as a long task. */
    public void export(Path file) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        ExcerptSelection selection = selection();
        ExportOptions options = options();
        ExportFormat chosen = format.get();
        Set<MemoKind> kinds = memoKinds();
        session.tasks().submit("Exporting to " + file.getFileName(), progress -> {
            var content = project.exports().content(selection, kinds);
            List<Path> written = ExportWriters.write(content, chosen, options, file);
            int count = content.excerpts().size();
            return count + (count == 1 ? " excerpt" : " excerpts") + " to " + String.join(" and ",
                    written.stream().map(Path::toString).toList());
        }, done -> session.status().notify("Exported " + done), e -> session.fail("Export failed", e));
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<CitationStyle> citationProperty() {
        return citation;
    }

    public ObjectProperty<ExcerptOrder> orderProperty() {
        return order;
    }

    public IntegerProperty contextWordsProperty() {
        return contextWords;
    }

    public BooleanProperty selectedCodesOnlyProperty() {
        return selectedCodesOnly;
    }

    public BooleanProperty codebookAppendixProperty() {
        return codebookAppendix;
    }

    /** Only sources of this type; null for any. */
    public ObjectProperty<SourceType> typeProperty() {
        return type;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    /** Only this coder's codings; blank for anyone's. */
    public StringProperty coderProperty() {
        return coder;
    }

    /** Only codings whose memo contains this; blank for any. */
    public StringProperty memoContainsProperty() {
        return memoContains;
    }

    /** The project's sources; export only the ticked ones, or all when none is ticked. */
    public ObservableList<SourceChoice> sources() {
        return sources;
    }

    /** Whether each excerpt carries its coding's memo. */
    public BooleanProperty codingMemosProperty() {
        return codingMemos;
    }

    public BooleanProperty projectMemosProperty() {
        return projectMemos;
    }

    /** The memos of the sources exported (after the source, type and year choices). */
    public BooleanProperty sourceMemosProperty() {
        return sourceMemos;
    }

    /** The memos of the codes exported. */
    public BooleanProperty codeMemosProperty() {
        return codeMemos;
    }

    /** The bibliography written beside a Markdown export. */
    public ObjectProperty<BibliographyFormat> bibliographyProperty() {
        return bibliography;
    }

    public ObservableList<String> preview() {
        return preview;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
