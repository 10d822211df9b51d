package org.scholion.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.CodeColor;
import org.scholion.exchange.ExchangeException;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaCode;
import org.scholion.exchange.QdaCoding;
import org.scholion.exchange.QdaProject;
import org.scholion.exchange.QdaSelection;
import org.scholion.exchange.QdaSource;
import org.scholion.exchange.QdpxContent;
import org.scholion.exchange.QdpxReader;
import org.scholion.project.ExchangeText.Counting;
import org.scholion.source.Span;

/**
 * Reads a REFI-QDA project file for a merge, with the same safe reader and the same choice of
 * position counting as an import ({@link PositionCounting}): each text source's plain text becomes
 * the text Scholion would store, each selection's codings codings of that text in code points. A
 * source given only as a DOCX or PDF, a picture or a recording has no plain text to compare and is
 * reported as unmatched; a selection outside its text is reported and left out.
 */
final class QdpxMergeInput {

    private final QdaProject model;
    private final Map<Guid, MergeInput.Code> codes = new HashMap<>();
    private final Map<Guid, String> notes = new HashMap<>();
    private final Map<Guid, String> users = new HashMap<>();
    private final List<String> report = new ArrayList<>();

    private QdpxMergeInput(QdaProject model) {
        this.model = model;
        walk(model.codes(), List.of());
        model.notes().forEach(note -> notes.putIfAbsent(note.guid(), note.text()));
        model.users().forEach(user -> users.putIfAbsent(user.guid(), QdaImportReport.oneLine(user.name())));
    }

    /** @throws ExchangeException when the file is not a readable REFI-QDA project */
    static MergeInput read(Path qdpx) throws ExchangeException {
        Path work = MergeFiles.workFolder();
        try {
            QdpxContent content = new QdpxReader().read(qdpx, work);
            return new QdpxMergeInput(content.project()).input(qdpx.toAbsolutePath().normalize().toString());
        } finally {
            MergeFiles.deleteTree(work);
        }
    }

    private MergeInput input(String file) {
        Map<QdaSource, ExchangeText> texts = new HashMap<>();
        List<PositionCounting.Sample> samples = new ArrayList<>();
        for (QdaSource source : model.sources()) {
            if (QdaSourcesImport.holdsText(source) && source.plainText() != null) {
                ExchangeText text = ExchangeText.of(source.plainText());
                texts.put(source, text);
                samples.add(new PositionCounting.Sample(text, source.selections().stream()
                        .map(s -> new long[] {s.start(), s.end()}).toList()));
            }
        }
        PositionCounting.Choice counting = PositionCounting.choose(samples, model.origin());
        List<MergeInput.Source> sources = new ArrayList<>();
        for (QdaSource source : model.sources()) {
            String title = QdaImportReport.oneLine(source.name());
            ExchangeText text = texts.get(source);
            if (text == null) {
                String why = QdaSourcesImport.holdsText(source) ? "the file gives no plain text to compare"
                        : "not a text (" + source.kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
                List<String> coders = new ArrayList<>();
                source.selections().forEach(s -> s.codings().forEach(c -> coders.add(coder(c, s.creatingUser()))));
                source.codings().forEach(c -> coders.add(coder(c, null)));
                sources.add(MergeInput.Source.withoutText(title, why, coders));
            } else {
                sources.add(MergeInput.Source.withText(title, text.stored(),
                        codings(source, title, text, counting.counting())));
            }
        }
        return new MergeInput(file, counting.explanation(), sources, report);
    }

    private List<MergeInput.Coding> codings(QdaSource source, String title, ExchangeText text, Counting counting) {
        List<MergeInput.Coding> codings = new ArrayList<>();
        for (QdaSelection selection : source.selections()) {
            int start = text.toStored(selection.start(), counting);
            int end = text.toStored(selection.end(), counting);
            if (start == ExchangeText.OUTSIDE || end == ExchangeText.OUTSIDE || start >= end) {
                report.add("selection [" + selection.start() + ", " + selection.end() + ") in '" + title
                        + "' lies outside its text or is empty: its " + MergeReport.count(selection.codings().size(),
                        "coding") + " not merged");
                continue;
            }
            String shared = join(selection.description(), noteTexts(selection.noteRefs()));
            for (QdaCoding coding : selection.codings()) {
                add(codings, new Span(start, end), coding, join(shared, noteTexts(coding.noteRefs())),
                        selection.created(), selection.creatingUser(), title);
            }
        }
        for (QdaCoding coding : source.codings()) {
            if (text.storedLength() == 0) {
                report.add("a coding of the whole of '" + title + "', which has no text: not merged");
            } else {
                add(codings, new Span(0, text.storedLength()), coding, noteTexts(coding.noteRefs()), null, null, title);
            }
        }
        return codings;
    }

    private void add(List<MergeInput.Coding> codings, Span span, QdaCoding coding, String memo, Instant selectionCreated,
                     Guid selectionUser, String title) {
        MergeInput.Code code = codes.get(coding.code());
        if (code == null) {
            report.add("a coding in '" + title + "' names a code the file does not have (" + coding.code() + "): not merged");
            return;
        }
        codings.add(new MergeInput.Coding(span, code, memo,
                coding.created() != null ? coding.created() : selectionCreated, coder(coding, selectionUser)));
    }

    /** The name of the user who made a coding, as the file has it: the coding's, else its selection's, else the project's. */
    private String coder(QdaCoding coding, Guid selectionUser) {
        Guid user = coding.creatingUser() != null ? coding.creatingUser()
                : selectionUser != null ? selectionUser : model.creatingUser();
        return user == null ? "" : users.getOrDefault(user, "");
    }

    private void walk(List<QdaCode> level, List<MergeInput.Step> parents) {
        for (QdaCode code : level) {
            List<MergeInput.Step> path = new ArrayList<>(parents);
            path.add(new MergeInput.Step(CodeNames.clean(code.name(), code.guid()), code.guid().value(),
                    CodeColor.tryParse(code.color()).orElse(null)));
            codes.putIfAbsent(code.guid(), new MergeInput.Code(path));
            walk(code.children(), path);
        }
    }

    private String noteTexts(List<Guid> refs) {
        List<String> texts = new ArrayList<>();
        for (Guid ref : refs) {
            String text = notes.get(ref);
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
        }
        return String.join("\n\n", texts);
    }

    private static String join(String first, String second) {
        if (first.isBlank()) {
            return second;
        }
        return second.isBlank() ? first : first + "\n\n" + second;
    }
}
