package org.scholion.exchange;

import java.time.Instant;
import java.util.List;

/**
 * A source. For a TextSource, {@code plainText} is its text as the file holds it (from
 * PlainTextContent or the plainTextPath file, decoded, a byte-order mark removed, line ends as they
 * were), or null when the file gives only a rich-text document ({@code richTextPath}, DOCX or PDF),
 * whose text the importer extracts. For a PDFSource the same fields come from its Representation.
 *
 * @param richTextPath the path as written ("internal://x.docx"), or null
 * @param plainTextPath the same for the plain text, or null
 * @param selections the plain-text selections, positions as written
 * @param codings codings of the whole source (not of a selection)
 * @param unsupportedSelections how many selections of a kind Scholion cannot hold (picture, PDF
 *                              region, audio, video), for the import report
 */
public record QdaSource(Guid guid, String name, QdaSourceKind kind, String description, String plainText,
                        String plainTextPath, String richTextPath, List<QdaSelection> selections,
                        List<QdaCoding> codings, List<Guid> noteRefs, List<QdaVariableValue> values,
                        Guid creatingUser, Instant created, Instant modified, int unsupportedSelections) {
    public QdaSource {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        selections = List.copyOf(selections);
        codings = List.copyOf(codings);
        noteRefs = List.copyOf(noteRefs);
        values = List.copyOf(values);
    }
}
