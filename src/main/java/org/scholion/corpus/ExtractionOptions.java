package org.scholion.corpus;

import java.time.Duration;
import java.util.Set;

/**
 * How to extract: the limits that keep a hostile or huge file from taking the machine, the
 * normalisation steps, and whether a plain text file is known to come from a PDF.
 *
 * @param maxFileBytes files larger than this are refused before they are read
 * @param maxCharacters extraction stops with an error once the text grows past this
 * @param maxParseTime the parse runs in a worker thread and is abandoned after this long
 * @param steps the normalisation steps to run; null means the defaults for the detected format
 * @param pdfText a plain text file is text extracted from a PDF: it gets the PDF steps by default
 *     even when it does not look hard-wrapped
 */
public record ExtractionOptions(long maxFileBytes, long maxCharacters, Duration maxParseTime,
        Set<NormalisationStep> steps, boolean pdfText) {

    public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;
    public static final long DEFAULT_MAX_CHARACTERS = 20_000_000L;
    public static final Duration DEFAULT_MAX_PARSE_TIME = Duration.ofSeconds(60);

    public ExtractionOptions {
        if (maxFileBytes <= 0 || maxCharacters <= 0 || maxParseTime == null || maxParseTime.isNegative() || maxParseTime.isZero()) {
            throw new IllegalArgumentException("extraction limits must be positive");
        }
        steps = steps == null ? null : Set.copyOf(steps);
    }

    public static ExtractionOptions defaults() {
        return new ExtractionOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_PARSE_TIME, null, false);
    }

    public ExtractionOptions withMaxFileBytes(long bytes) {
        return new ExtractionOptions(bytes, maxCharacters, maxParseTime, steps, pdfText);
    }

    public ExtractionOptions withMaxCharacters(long characters) {
        return new ExtractionOptions(maxFileBytes, characters, maxParseTime, steps, pdfText);
    }

    public ExtractionOptions withMaxParseTime(Duration time) {
        return new ExtractionOptions(maxFileBytes, maxCharacters, time, steps, pdfText);
    }

    public ExtractionOptions withSteps(Set<NormalisationStep> chosen) {
        return new ExtractionOptions(maxFileBytes, maxCharacters, maxParseTime, chosen, pdfText);
    }

    public ExtractionOptions asPdfText() {
        return new ExtractionOptions(maxFileBytes, maxCharacters, maxParseTime, steps, true);
    }
}
