package org.scholion.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scholion.source.PageMap;
import org.scholion.source.TextOffsets;

/**
 * Runs the chosen {@link NormalisationStep}s over a text, in the enum's order, carrying the page
 * map through every edit. Independent of Tika, so that text from any source (a pasted passage, a
 * text file) is cleaned the same way.
 */
public final class TextNormaliser {

    /** Normalises {@code text}; {@code pages} are code-point offsets into {@code text}. */
    public NormalisedText normalise(String text, PageMap pages, Set<NormalisationStep> steps) {
        TextOffsets before = TextOffsets.of(text);
        int[] starts = pages.pages().stream().mapToInt(p -> before.toCharIndex(Math.min(p.start(), before.codePointLength()))).toArray();
        String current = text;
        List<NormalisationStep> applied = new ArrayList<>();
        for (NormalisationStep step : NormalisationStep.values()) {
            if (!steps.contains(step)) {
                continue;
            }
            Edited edited = apply(step, current, starts);
            starts = edited.map(starts);
            current = edited.text();
            applied.add(step);
        }
        TextOffsets after = TextOffsets.of(current);
        List<PageMap.PageStart> mapped = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            mapped.add(new PageMap.PageStart(pages.pages().get(i).label(), after.toCodePoint(starts[i])));
        }
        return new NormalisedText(current, PageMap.of(mapped), applied);
    }

    /** The default steps for a format: PDF text, web text, or neither. */
    public static Set<NormalisationStep> defaultsFor(TextKind kind) {
        return switch (kind) {
            case PDF -> NormalisationStep.forPdfText();
            case WEB -> NormalisationStep.forWebText();
            case PLAIN -> NormalisationStep.basic();
        };
    }

    /**
     * Guesses the kind of a plain text that does not say where it came from: hard-wrapped text
     * is PDF text, text with web furniture at its top or end is web text (see {@link TextProfile}).
     */
    public static TextKind guessKind(String text) {
        if (TextProfile.isHardWrapped(text)) {
            return TextKind.PDF;
        }
        return WebBoilerplate.looksLikeWebText(text) ? TextKind.WEB : TextKind.PLAIN;
    }

    private static Edited apply(NormalisationStep step, String text, int[] pageStarts) {
        return switch (step) {
            case REMOVE_BOM -> CharacterSteps.removeBom(text);
            case NORMALISE_LINE_ENDINGS -> CharacterSteps.normaliseLineEndings(text);
            case REPLACE_CONTROL_CHARACTERS -> CharacterSteps.replaceControlCharacters(text);
            case UNICODE_NFC -> CharacterSteps.nfc(text);
            case TRIM_WEB_BOILERPLATE -> WebBoilerplate.trim(text);
            case DROP_PAGE_FURNITURE -> PageFurniture.drop(text, pageStarts);
            case JOIN_HYPHENATED_WORDS -> HyphenJoiner.join(text);
            case UNWRAP_LINES -> LineUnwrapper.unwrap(text);
            case TIDY_WHITESPACE -> TidyWhitespace.tidy(text);
        };
    }
}
