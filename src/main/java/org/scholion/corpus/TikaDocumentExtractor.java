package org.scholion.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.scholion.source.PageMap;
import org.scholion.source.PartialDate;
import org.scholion.source.TextOffsets;

/**
 * Extracts documents with Apache Tika: plain text in any common encoding (Tika detects it), PDF,
 * DOCX, DOC, ODT, RTF, HTML, EPUB and Markdown. Cheap refusals (missing, empty, too large, not a
 * document, broken UTF-8) come first, before any parser runs; the parse itself runs in a worker
 * thread under a time limit; then the text is normalised and its language guessed.
 *
 * <p>Thread-safe: one instance can serve many extractions at once.
 */
public final class TikaDocumentExtractor implements DocumentExtractor {

    private static final String ZIP_BOMB = "the file looks like a ZIP bomb (it would expand far beyond its size)";
    private static final Pattern TIKA_NESTING = Pattern.compile("(\\d+) levels of xml element nesting");
    private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final Detector detector;
    private final Parser parser;
    private final Formats formats;
    private final TextNormaliser normaliser = new TextNormaliser();

    public TikaDocumentExtractor() {
        // The language model and Tika's parsers load side by side: on two cores that takes a
        // second off the first import. A model that fails to load fails the first guess instead.
        Thread.ofPlatform().daemon().name("scholion-language-model").start(LanguageGuesser::preload);
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
        this.formats = new Formats(config.getMediaTypeRegistry());
    }

    @Override
    public ExtractedDocument extract(Path file, ExtractionOptions options, CancellationSignal cancel) throws ExtractionException {
        try {
            return extractOrFail(file, options, cancel);
        } catch (IOException e) {
            throw new ExtractionException(file, "the file could not be read (" + oneLine(e) + ")", e);
        }
    }

    private ExtractedDocument extractOrFail(Path file, ExtractionOptions options, CancellationSignal cancel)
            throws ExtractionException, IOException {
        if (!Files.exists(file)) {
            throw new ExtractionException(file, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ExtractionException(file, "not a file");
        }
        long bytes = Files.size(file);
        if (bytes == 0) {
            throw new ExtractionException(file, "the file is empty");
        }
        if (bytes > options.maxFileBytes()) {
            throw new ExtractionException(file, "the file is too large (" + megabytes(bytes) + "; the limit is "
                    + megabytes(options.maxFileBytes()) + ")");
        }
        checkCancelled(file, cancel);
        MediaType type = detect(file);
        checkSupported(file, type);
        if (FileChecks.isZipBomb(file)) {
            throw new ExtractionException(file, ZIP_BOMB);
        }
        String sha256 = FileChecks.sha256(file);

        TikaParse.Raw raw = parse(file, type, options, cancel);
        TextKind kind = formats.isPdf(type) ? TextKind.PDF
                : formats.isHtml(type) ? TextKind.WEB
                : !formats.isPlainText(type) ? TextKind.PLAIN
                : options.pdfText() ? TextKind.PDF
                : TextNormaliser.guessKind(raw.text());
        Set<NormalisationStep> steps = options.steps() != null ? options.steps() : TextNormaliser.defaultsFor(kind);
        NormalisedText normalised = normaliser.normalise(raw.text(), pageMap(raw), steps);
        if (normalised.text().isBlank()) {
            throw new ExtractionException(file, formats.isPdf(type)
                    ? "no text found (a scanned PDF needs OCR first)" : "no text found in the document");
        }
        ExtractedMetadata metadata = metadata(raw.metadata(), normalised.text());
        List<String> applied = normalised.appliedSteps().stream().map(NormalisationStep::id).toList();
        return new ExtractedDocument(normalised.text(), normalised.pages(), metadata, type.getBaseType().toString(),
                sha256, bytes, applied);
    }

    private MediaType detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return detector.detect(in, metadata);
        }
    }

    private void checkSupported(Path file, MediaType type) throws ExtractionException, IOException {
        String name = file.getFileName().toString();
        if (formats.isPlainText(type) && FileChecks.looksBinary(file)) {
            type = MediaType.OCTET_STREAM;
        }
        if (!formats.isSupported(type)) {
            throw new ExtractionException(file, (Formats.namedAsText(name) ? "not a text document" : "not a supported document format")
                    + " (detected " + type.getBaseType() + ")");
        }
        if (formats.isPlainText(type)) {
            long broken = FileChecks.brokenUtf8At(file);
            if (broken >= 0) {
                throw new ExtractionException(file, "not valid UTF-8 (a malformed byte sequence at byte " + broken + ")");
            }
        }
    }

    private TikaParse.Raw parse(Path file, MediaType type, ExtractionOptions options, CancellationSignal cancel)
            throws ExtractionException {
        try {
            return TikaParse.run(parser, file, options.maxParseTime(), options.maxCharacters(), cancel);
        } catch (TikaParse.Abandoned e) {
            throw new ExtractionException(file, e.cancelled ? "extraction cancelled"
                    : "reading took longer than the limit of " + options.maxParseTime().toMillis() + " ms", e);
        } catch (Exception e) {
            PagedTextHandler.Stop stop = stopIn(e);
            if (stop == null) {
                throw new ExtractionException(file, describeFailure(type, e), e);
            }
            throw new ExtractionException(file, switch (stop.why) {
                case TOO_LONG -> "the text is longer than the limit of " + String.format("%,d", options.maxCharacters()) + " characters";
                case TOO_DEEP -> "the document is nested too deeply (more than " + String.format("%,d", PagedTextHandler.MAX_DEPTH) + " levels)";
                case CANCELLED -> "extraction cancelled";
            }, e);
        } catch (OutOfMemoryError e) {
            throw new ExtractionException(file, "the document is too large to read in the memory available", e);
        }
    }

    /** The handler's own stop, however deeply a parser wrapped it. */
    private static PagedTextHandler.Stop stopIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PagedTextHandler.Stop stop) {
                return stop;
            }
        }
        return null;
    }

    /** A parser's failure in the researcher's words. */
    private String describeFailure(MediaType type, Throwable failure) {
        String what = formats.isPdf(type) ? "the PDF" : "the document";
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return what + " is encrypted (password protected)";
            }
            if (t instanceof ZeroByteFileException) {
                return "the file is empty";
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            Matcher nesting = TIKA_NESTING.matcher(message);
            if (nesting.find()) {
                // Tika's SecureContentHandler calls deep nesting a "suspected zip bomb", even in a plain HTML file.
                return "the document is nested too deeply (more than " + String.format("%,d", Long.parseLong(nesting.group(1)))
                        + " levels)";
            }
            if (t.getClass().getSimpleName().contains("ZipBomb") || message.contains("zip bomb")) {
                return ZIP_BOMB;
            }
            if (message.contains("password") || message.contains("encrypt")) {
                return what + " is encrypted (password protected)";
            }
        }
        return what + " is damaged or truncated (" + oneLine(rootCause(failure)) + ")";
    }

    private PageMap pageMap(TikaParse.Raw raw) {
        if (raw.pageStarts().length == 0) {
            return PageMap.NONE;
        }
        TextOffsets offsets = TextOffsets.of(raw.text());
        List<PageMap.PageStart> pages = new ArrayList<>();
        int[] starts = raw.pageStarts();
        for (int i = 0; i < starts.length; i++) {
            pages.add(new PageMap.PageStart(Integer.toString(i + 1), offsets.toCodePoint(starts[i])));
        }
        return PageMap.of(pages);
    }

    private static ExtractedMetadata metadata(Metadata metadata, String text) {
        String title = blankToNull(metadata.get(TikaCoreProperties.TITLE));
        List<String> authors = Arrays.stream(metadata.getValues(TikaCoreProperties.CREATOR))
                .map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        PartialDate date = date(metadata.get(TikaCoreProperties.CREATED));
        String language = LanguageGuesser.guess(text);
        if (language == null) {
            language = LanguageGuesser.toIso6391(metadata.get(TikaCoreProperties.LANGUAGE));
        }
        return new ExtractedMetadata(title, authors, date, language);
    }

    private static PartialDate date(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = DATE.matcher(value.strip());
        if (!m.find()) {
            return null;
        }
        try {
            return PartialDate.parse(m.group());
        } catch (IllegalArgumentException invalid) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void checkCancelled(Path file, CancellationSignal cancel) throws ExtractionException {
        if (cancel.isCancelled()) {
            throw new ExtractionException(file, "extraction cancelled");
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 120 ? message.substring(0, 117) + "..." : message;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : String.format("%,d bytes", bytes);
    }
}
