package org.scholion.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.scholion.coding.MemoTarget;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.DocumentExtractor;
import org.scholion.corpus.ExtractedDocument;
import org.scholion.corpus.ExtractionException;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.corpus.NormalisationStep;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaSource;
import org.scholion.exchange.QdaSourceKind;
import org.scholion.exchange.QdaVariableValue;
import org.scholion.source.NewSource;
import org.scholion.source.OriginalFile;
import org.scholion.source.PageMap;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;

/**
 * The sources of a REFI-QDA import: text sources (and PDF sources, through their plain text) with
 * their text stored with LF line ends, metadata and attributes from the variable values, and the
 * description as a memo. A source the file gives only as a rich-text document (DOCX, PDF) has its
 * text extracted first, outside the transaction. Pictures, audio and video are reported, not kept.
 */
final class QdaSourcesImport {

    /** A rich-text source's text as Scholion extracted it and the file it came from, or why there is none. */
    record Extracted(ExtractedDocument document, Path file, String fileName, String failure) {
        static Extracted failed(String why) {
            return new Extracted(null, null, null, why);
        }
    }

    /**
     * Only what keeps positions where the other tool counted them: the byte-order mark and line
     * ends. Tidying, unwrapping or joining hyphens would move every selection after the change.
     */
    private static final ExtractionOptions RICH_TEXT = ExtractionOptions.defaults()
            .withSteps(Set.of(NormalisationStep.REMOVE_BOM, NormalisationStep.NORMALISE_LINE_ENDINGS));

    private final QdaImportState state;
    private final Set<String> citationKeys = new HashSet<>();
    private final Set<String> originals = new HashSet<>();

    QdaSourcesImport(QdaImportState state) {
        this.state = state;
    }

    /** Extracts the text of every source that has only rich text; reports those it cannot read. */
    static Map<Guid, Extracted> extract(QdaImportState state, Supplier<DocumentExtractor> extractor,
                                        Function<String, Optional<Path>> files, CancellationSignal cancel) {
        Map<Guid, Extracted> extracted = new HashMap<>();
        for (QdaSource source : state.model.sources()) {
            if (!holdsText(source) || source.plainText() != null || source.richTextPath() == null) {
                continue;
            }
            String what = "its document " + QdaImportState.quoted(source.richTextPath());
            Optional<Path> file = files.apply(source.richTextPath());
            if (file.isEmpty()) {
                extracted.put(source.guid(), Extracted.failed(what + " is not in the file"));
                continue;
            }
            try {
                ExtractedDocument document = extractor.get().extract(file.get(), RICH_TEXT, cancel);
                String path = source.richTextPath();
                extracted.put(source.guid(), new Extracted(document, file.get(),
                        path.substring(path.lastIndexOf('/') + 1), null));
            } catch (ExtractionException e) {
                extracted.put(source.guid(), Extracted.failed(what + " cannot be read (" + e.reason() + ")"));
            }
        }
        return extracted;
    }

    /** "internal://board_2017.txt" gives "board_2017": what the user named the file is the best title left. */
    private static String fileStem(String written) {
        if (written == null) {
            return "";
        }
        String name = written.substring(Math.max(written.lastIndexOf('/'), written.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return QdaImportReport.oneLine(dot > 0 ? name.substring(0, dot) : name);
    }

    void run(Map<Guid, Extracted> extracted) {
        int untitled = 0;
        for (QdaSource source : state.model.sources()) {
            String title = QdaImportReport.oneLine(source.name());
            if (title.isEmpty()) {
                String file = fileStem(source.plainTextPath() != null ? source.plainTextPath() : source.richTextPath());
                title = file.isEmpty() ? "Source " + ++untitled : file;
                state.report("a source without a name (" + source.guid() + ") is titled " + QdaImportState.quoted(title));
            }
            int codings = source.selections().stream().mapToInt(s -> s.codings().size()).sum() + source.codings().size();
            if (!holdsText(source)) {
                skipped(source, title, "is " + kind(source.kind()) + ": Scholion holds text only; not imported", codings);
                continue;
            }
            if (source.unsupportedSelections() > 0) {
                state.report("source " + QdaImportState.quoted(title) + ": " + source.unsupportedSelections()
                        + " selection" + (source.unsupportedSelections() == 1 ? "" : "s")
                        + " of a kind Scholion cannot hold (picture regions, audio or video): not imported");
            }
            Extracted rich = extracted.get(source.guid());
            if (rich != null && rich.failure() != null) {
                skipped(source, title, rich.failure() + ": not imported", codings);
                continue;
            }
            if (source.plainText() == null && rich == null) {
                skipped(source, title, "has no text in the file: not imported", codings);
                continue;
            }
            if (rich != null && !source.selections().isEmpty()) {
                state.report("source " + QdaImportState.quoted(title) + " has no plain text in the file; its text was "
                        + "extracted from " + QdaImportState.quoted(rich.fileName()) + ", so its selections may not "
                        + "sit exactly where the other tool put them");
            }
            add(source, title, rich);
        }
    }

    private void add(QdaSource source, String title, Extracted rich) {
        ExchangeText text = ExchangeText.of(rich != null ? rich.document().text() : source.plainText());
        SourceMetadata metadata = SourceMetadata.titled(title, SourceType.OTHER);
        PageMap pages = rich != null ? rich.document().pages() : PageMap.NONE;
        List<QdaVariableValue> attributes = new ArrayList<>();
        String where = "source " + QdaImportState.quoted(title);
        for (QdaVariableValue value : source.values()) {
            QdaImportState.VariableTarget target = state.variables.get(value.variable());
            if (target == null) {
                state.report(where + ": the value " + QdaImportState.quoted(value.value()) + " of a variable the file "
                        + "does not define (" + value.variable() + "): not imported");
            } else if (target.metadata() == null) {
                attributes.add(value);
            } else {
                try {
                    if (target.metadata() == MetadataVariable.PAGES) {
                        pages = pagesWithin(MetadataVariable.pages(value.value()), text.storedLength());
                    } else {
                        metadata = target.metadata().applyTo(metadata, value.value());
                    }
                } catch (IllegalArgumentException e) {
                    state.report(where + ": " + target.metadata().written() + " " + QdaImportState.quoted(value.value())
                            + " is not used (" + e.getMessage() + ")");
                }
            }
        }
        SourceMetadata keyed = keyed(metadata, where);
        // When the source entered the other tool's project is when it entered this one.
        Source added = state.store.sources().add(new NewSource(keyed, text.stored(), pages, original(rich)),
                state.unused("source", source.guid(), where), source.created() != null ? source.created() : state.now);
        for (QdaVariableValue value : attributes) {
            QdaImportState.VariableTarget target = state.variables.get(value.variable());
            try {
                state.store.attributes().set(added.id(), target.attribute(), target.type(), value.value(), state.now);
            } catch (IllegalArgumentException e) {
                state.report(where + ": " + QdaImportState.quoted(value.value()) + " is not of the type of "
                        + QdaImportState.quoted(target.attribute()) + " (" + target.type().word() + "): not imported");
            }
        }
        if (!source.description().isBlank()) {
            state.store.memos().add(new MemoTarget.OnSource(added.id()), "Description", source.description(), null,
                    state.now, state.now, null);
        }
        for (Guid note : source.noteRefs()) {
            state.noteRefs.add(new QdaImportState.NoteRef(note, new MemoTarget.OnSource(added.id()), where));
        }
        state.sources.put(source.guid(), new QdaImportState.ImportedSource(added.id(), title, text, rich != null, source));
    }

    private SourceMetadata keyed(SourceMetadata metadata, String where) {
        SourceMetadata wanted = metadata;
        if (wanted.citationKey() != null && citationKeys.contains(wanted.citationKey())) {
            state.report(where + ": the citation key " + QdaImportState.quoted(wanted.citationKey())
                    + " is another source's: it got one of its own");
            wanted = wanted.withCitationKey(null);
        }
        String key = CitationKeys.unique(wanted, k -> citationKeys.contains(k) || state.store.sources().citationKeyTaken(k));
        citationKeys.add(key);
        return wanted.withCitationKey(key);
    }

    private PageMap pagesWithin(PageMap pages, int length) {
        if (pages.pages().stream().anyMatch(p -> p.start() > length)) {
            throw new IllegalArgumentException("a page starts after the end of the text");
        }
        return pages;
    }

    /** Keeps the document a rich-text source came from under originals/, as a file import does. */
    private OriginalFile original(Extracted rich) {
        if (rich == null || !originals.add(rich.document().sha256())) {
            return null;
        }
        try {
            OriginalCopies.keep(state.store.layout(), rich.file(), rich.document().sha256());
        } catch (IOException e) {
            throw new QdaImportException("cannot keep " + rich.fileName() + " in the project: " + e.getMessage(), e);
        }
        return new OriginalFile(rich.document().sha256(), rich.fileName(), rich.document().mediaType(),
                rich.document().bytes());
    }

    private void skipped(QdaSource source, String title, String why, int codings) {
        String where = "source " + QdaImportState.quoted(title);
        state.report(where + (why.startsWith("its ") ? ": " : " ") + why + (codings == 0 ? "" : " (with its " + codings + " coding"
                + (codings == 1 ? "" : "s") + ")"));
        for (Guid note : source.noteRefs()) {
            state.noteRefs.add(QdaImportState.NoteRef.orphaned(note, where + ", which was not imported"));
        }
        source.selections().forEach(selection -> {
            String context = "a selection in " + where + ", which was not imported";
            selection.noteRefs().forEach(note -> state.noteRefs.add(QdaImportState.NoteRef.orphaned(note, context)));
            selection.codings().forEach(coding -> coding.noteRefs().forEach(note ->
                    state.noteRefs.add(QdaImportState.NoteRef.orphaned(note, context))));
        });
    }

    static boolean holdsText(QdaSource source) {
        return source.kind() == QdaSourceKind.TEXT || source.kind() == QdaSourceKind.PDF;
    }

    private static String kind(QdaSourceKind kind) {
        return switch (kind) {
            case PICTURE -> "a picture";
            case AUDIO -> "an audio recording";
            case VIDEO -> "a video";
            case TEXT -> "a text";
            case PDF -> "a PDF";
        };
    }
}
