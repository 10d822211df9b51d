package org.scholion.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * The language of a document, by OpenNLP's detector (its model ships inside the Tika module; it
 * is loaded once per JVM), from a sample of the text: 20,000 characters from a tenth of the way
 * in, past title pages and front matter, which is plenty for a confident guess and keeps the cost
 * flat for a 700 KB thesis.
 */
final class LanguageGuesser {

    private static final int SAMPLE = 20_000;
    private static final int MIN_LETTERS = 20;

    private LanguageGuesser() {
    }

    /**
     * Loads OpenNLP's model (a second of a cold start) now, so that the first guess does not wait
     * for it. The model loads in the detector's class initialiser, which the JVM runs once, and
     * any thread that needs it meanwhile waits for it.
     */
    static void preload() {
        new OpenNLPDetector();
    }

    /** ISO 639-1 code, or null when the text is too short or the detector is unsure. */
    static String guess(String text) {
        int from = text.length() > SAMPLE ? Math.min(text.length() / 10, text.length() - SAMPLE) : 0;
        String sample = text.substring(from, Math.min(text.length(), from + SAMPLE));
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        OpenNLPDetector detector = new OpenNLPDetector();
        try {
            detector.loadModels();
        } catch (IOException e) {
            throw new UncheckedIOException("OpenNLP's language model did not load", e);
        }
        detector.addText(sample);
        List<LanguageResult> results = detector.detectAll();
        // OpenNLP spreads its scores over 100+ languages, so even a clear winner scores low in
        // absolute terms; what shows confidence is a lead: twice the score of the runner-up.
        if (results.isEmpty()
                || (results.size() > 1 && results.getFirst().getRawScore() < 2 * results.get(1).getRawScore())) {
            return null;
        }
        return toIso6391(results.getFirst().getLanguage());
    }

    /** "en", "en-US", "eng" all become "en"; null when there is no two-letter code. */
    static String toIso6391(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String base = code.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        if (base.length() == 2) {
            return base;
        }
        for (String iso : Locale.getISOLanguages()) {
            if (Locale.of(iso).getISO3Language().equals(base)) {
                return iso;
            }
        }
        return null;
    }
}
