package org.scholion.ui.export;

import java.nio.file.Path;
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
import org.scholion.export.CitationStyle;
import org.scholion.export.Excerpt;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExcerptSelection;
import org.scholion.export.ExportFormat;
import org.scholion.export.ExportOptions;
import org.scholion.json.ExportWriters;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;
import org.scholion.ui.workbench.Session;

/**
 * The export dialog: the codes selected in the codebook tree (what Retrieved segments shows) or
 * all codings, the format, citation style, context and appendix; a live preview of the first
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
    private final BooleanProperty currentSourceOnly = new SimpleBooleanProperty(false);
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public ExportViewModel(Session session) {
        this.session = session;
        selectedCodesOnly.set(!session.selectedCodes().isEmpty());
        for (var property : List.of(order, contextWords, selectedCodesOnly)) {
            property.addListener((obs, was, now) -> refresh());
        }
        citation.addListener((obs, was, now) -> refresh());
        for (var property : List.of(type, fromYear, toYear, coder, memoContains, currentSourceOnly)) {
            property.addListener((obs, was, now) -> refresh());
        }
    }

    /** What is selected now, as the export will gather it. */
    public ExcerptSelection selection() {
        SourceId current = session.currentSourceProperty().get();
        Integer from = fromYear.get();
        Integer to = toYear.get();
        if (from != null && to != null && from > to) {
            to = from; // a range typed backwards while editing: read as the one year until it is finished
        }
        return new ExcerptSelection(selectedCodesOnly.get() ? Set.copyOf(session.selectedCodes()) : Set.of(), true,
                currentSourceOnly.get() && current != null ? Set.of(current) : Set.of(), type.get(), from, to,
                blankToNull(coder.get()), blankToNull(memoContains.get()), order.get(), contextWords.get());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ExportOptions options() {
        return new ExportOptions(citation.get(), codebookAppendix.get(), contextWords.get() > 0, true);
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

    /** Writes the export to a file (and, for Markdown, its .bib beside it), as a long task. */
    public void export(Path file) {
        Project project = session.project();
        if (project == null) {
            return;
        }
        ExcerptSelection selection = selection();
        ExportOptions options = options();
        ExportFormat chosen = format.get();
        session.tasks().submit("Exporting to " + file.getFileName(), progress -> {
            var content = project.exports().content(selection);
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

    /** Only the source shown in the viewer. */
    public BooleanProperty currentSourceOnlyProperty() {
        return currentSourceOnly;
    }

    public ObservableList<String> preview() {
        return preview;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
