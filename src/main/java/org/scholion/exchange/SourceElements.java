package org.scholion.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the Sources: TextSources with their PlainTextSelections and codings; PDFSources through
 * their plain-text Representation; picture, audio and video sources as their kind alone, their
 * selections counted as what Scholion cannot hold.
 */
final class SourceElements {

    private final Fields fields;
    private final XmlCursor cursor;
    private final SourceFiles files;
    private final VariableElements variables;

    SourceElements(Fields fields, SourceFiles files) {
        this.fields = fields;
        this.cursor = fields.cursor();
        this.files = files;
        this.variables = new VariableElements(fields);
    }

    /** The source elements under a Sources element. */
    List<QdaSource> sources() throws ExchangeException {
        List<QdaSource> sources = new ArrayList<>();
        cursor.children(child -> {
            switch (child) {
                case "TextSource" -> sources.add(text());
                case "PDFSource" -> sources.add(pdf());
                case "PictureSource" -> sources.add(media(QdaSourceKind.PICTURE, child, "PictureSelection"));
                case "AudioSource" -> sources.add(media(QdaSourceKind.AUDIO, child, "AudioSelection"));
                case "VideoSource" -> sources.add(media(QdaSourceKind.VIDEO, child, "VideoSelection"));
                default -> fields.unknown(child, "Sources");
            }
        });
        return sources;
    }

    private QdaSource text() throws ExchangeException {
        Draft source = new Draft("TextSource");
        source.richTextPath = fields.attr("richTextPath");
        source.readTextLike();
        source.loadText();
        if (source.richTextPath != null) {
            files.richText(source.richTextPath, source.who);
        }
        if (source.plainText == null && source.plainTextPath == null && source.richTextPath == null) {
            fields.warnings().add(source.who, "neither PlainTextContent nor plainTextPath nor richTextPath: no text");
        }
        return source.build(QdaSourceKind.TEXT);
    }

    /**
     * A PDFSource: the PDF (path) as its rich text, its Representation's text and selections as its
     * own. A PDFSelection (a region of a page) is counted as unsupported unless the Representation
     * holds a PlainTextSelection with the same GUID, as ATLAS.ti writes the text behind a region.
     */
    private QdaSource pdf() throws ExchangeException {
        Draft source = new Draft("PDFSource");
        source.richTextPath = fields.attr("path");
        List<Guid> regions = new ArrayList<>();
        boolean[] represented = {false};
        cursor.children(child -> {
            switch (child) {
                case "PDFSelection" -> regions.add(fields.guid(fields.who(child)));
                case "Representation" -> {
                    represented[0] = true;
                    source.plainTextPath = fields.attr("plainTextPath");
                    source.readChildren("Representation");
                }
                default -> source.readCommonChild(child, "PDFSource");
            }
        });
        Set<Guid> selected = new HashSet<>();
        source.selections.forEach(selection -> selected.add(selection.guid()));
        source.unsupported = (int) regions.stream().filter(guid -> !selected.contains(guid)).count();
        source.loadText();
        if (source.richTextPath != null) {
            files.richText(source.richTextPath, source.who);
        }
        if (!represented[0] && source.richTextPath == null) {
            fields.warnings().add(source.who, "neither a Representation nor a path: no text");
        }
        return source.build(QdaSourceKind.PDF);
    }

    /** A picture, audio or video source: Scholion holds text only, so its selections and transcripts are counted, not read. */
    private QdaSource media(QdaSourceKind kind, String element, String selectionElement) throws ExchangeException {
        Draft source = new Draft(element);
        int[] transcripts = {0};
        cursor.children(child -> {
            if (child.equals(selectionElement)) {
                source.unsupported++;
            } else if (child.equals("Transcript")) {
                transcripts[0]++;
                cursor.children(part -> {
                    if (part.equals("TranscriptSelection")) {
                        source.unsupported++;
                    }
                });
            } else if (!child.equals("TextDescription")) {
                source.readCommonChild(child, element);
            }
        });
        if (transcripts[0] > 0) {
            fields.warnings().add(source.who, transcripts[0] + " transcript(s) not imported");
        }
        return source.build(kind);
    }

    private Optional<QdaSelection> selection() throws ExchangeException {
        String who = fields.who("PlainTextSelection");
        Guid guid = fields.guid(who);
        OptionalLong start = fields.position(who, "startPosition");
        OptionalLong end = fields.position(who, "endPosition");
        String name = fields.attr("name");
        Guid user = fields.optionalGuid(who, "creatingUser");
        Instant created = fields.instant(who, "creationDateTime");
        Instant modified = fields.instant(who, "modifiedDateTime");
        StringBuilder description = new StringBuilder();
        List<QdaCoding> codings = new ArrayList<>();
        List<Guid> noteRefs = new ArrayList<>();
        cursor.children(child -> {
            switch (child) {
                case "Description" -> description.append(cursor.text());
                case "Coding" -> coding().ifPresent(codings::add);
                case "NoteRef" -> fields.ref(who, child, "targetGUID").ifPresent(noteRefs::add);
                default -> fields.unknown(child, "PlainTextSelection");
            }
        });
        if (start.isEmpty() || end.isEmpty()) {
            fields.warnings().add(who, "left out with its " + codings.size() + " coding(s): no valid position");
            return Optional.empty();
        }
        return Optional.of(new QdaSelection(guid, name, start.getAsLong(), end.getAsLong(), description.toString(),
                codings, noteRefs, user, created, modified));
    }

    private Optional<QdaCoding> coding() throws ExchangeException {
        String who = ReadWarnings.who("Coding", null, fields.attr("guid"));
        Guid guid = fields.guid(who);
        Guid user = fields.optionalGuid(who, "creatingUser");
        Instant created = fields.instant(who, "creationDateTime");
        Guid[] code = {null};
        List<Guid> noteRefs = new ArrayList<>();
        cursor.children(child -> {
            switch (child) {
                case "CodeRef" -> code[0] = fields.ref(who, child, "targetGUID").orElse(null);
                case "NoteRef" -> fields.ref(who, child, "targetGUID").ifPresent(noteRefs::add);
                default -> fields.unknown(child, "Coding");
            }
        });
        if (code[0] == null) {
            fields.warnings().add(who, "no valid CodeRef: the coding is left out");
            return Optional.empty();
        }
        return Optional.of(new QdaCoding(guid, code[0], user, created, noteRefs));
    }

    /** A source being read: the attributes all source elements share, then what its children add. */
    private final class Draft {
        final String who;
        final Guid guid;
        final String name;
        final Guid creatingUser;
        final Instant created;
        final Instant modified;
        final StringBuilder description = new StringBuilder();
        final List<QdaSelection> selections = new ArrayList<>();
        final List<QdaCoding> codings = new ArrayList<>();
        final List<Guid> noteRefs = new ArrayList<>();
        final List<QdaVariableValue> values = new ArrayList<>();
        String content;
        String plainTextPath;
        String richTextPath;
        String plainText;
        int unsupported;

        Draft(String element) {
            who = fields.who(element);
            guid = fields.guid(who);
            name = fields.attr("name");
            creatingUser = fields.optionalGuid(who, "creatingUser");
            created = fields.instant(who, "creationDateTime");
            modified = fields.instant(who, "modifiedDateTime");
        }

        /** The attributes and children of a TextSource-shaped element (a TextSource, a PDF's Representation). */
        void readTextLike() throws ExchangeException {
            plainTextPath = fields.attr("plainTextPath");
            readChildren("TextSource");
        }

        void readChildren(String element) throws ExchangeException {
            cursor.children(child -> readCommonChild(child, element));
        }

        void readCommonChild(String child, String element) throws ExchangeException {
            switch (child) {
                case "Description" -> description.append(cursor.text());
                case "PlainTextContent" -> content = cursor.text();
                case "PlainTextSelection" -> selection().ifPresent(selections::add);
                case "Coding" -> coding().ifPresent(codings::add);
                case "NoteRef" -> fields.ref(who, child, "targetGUID").ifPresent(noteRefs::add);
                case "VariableValue" -> variables.value(who).ifPresent(values::add);
                default -> fields.unknown(child, element);
            }
        }

        /** PlainTextContent when written, else the plainTextPath file. */
        void loadText() throws ExchangeException {
            if (content != null) {
                plainText = content;
            } else if (plainTextPath != null) {
                plainText = files.plainText(plainTextPath, who).orElse(null);
            }
        }

        QdaSource build(QdaSourceKind kind) {
            return new QdaSource(guid, name, kind, description.toString(), plainText, plainTextPath, richTextPath,
                    selections, codings, noteRefs, values, creatingUser, created, modified, unsupported);
        }
    }
}
