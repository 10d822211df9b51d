package org.scholion.corpus;

import java.util.EnumSet;
import java.util.Set;

/**
 * The named, switchable steps that turn extracted text into the text Scholion stores, in the order
 * they run. Every step keeps the page map right: positions are mapped through each edit.
 */
public enum NormalisationStep {
    /** A leading byte-order mark is an encoding artefact, not text. */
    REMOVE_BOM("remove-bom"),
    /** CRLF and CR (and the Unicode line and paragraph separators) become LF: one line ending everywhere. */
    NORMALISE_LINE_ENDINGS("normalise-line-endings"),
    /**
     * Control characters other than newline and tab, and lone surrogates, become U+FFFD; form
     * feeds and vertical tabs (page breaks in text exports) become newlines.
     */
    REPLACE_CONTROL_CHARACTERS("replace-control-characters"),
    /** Unicode NFC, so that "é" typed and "é" decomposed are one character to search and code. */
    UNICODE_NFC("unicode-nfc"),
    /** Web pages: navigation at the top, cookie and privacy notices, teasers and comment forms at the end. */
    TRIM_WEB_BOILERPLATE("trim-web-boilerplate"),
    /** PDF text: running heads and bare page numbers. */
    DROP_PAGE_FURNITURE("drop-page-furniture"),
    /** PDF text: "peace-\nkeeping" becomes "peacekeeping", but "power-\npolitical" stays "power-political". */
    JOIN_HYPHENATED_WORDS("join-hyphenated-words"),
    /** PDF text: the lines of a paragraph become one line; paragraphs are separated by a blank line. */
    UNWRAP_LINES("unwrap-lines"),
    /** Trailing and leading blanks on lines, runs of blank lines, blanks at the start and end of the text. */
    TIDY_WHITESPACE("tidy-whitespace");

    private final String id;

    NormalisationStep(String id) {
        this.id = id;
    }

    /** The step's stable name, as reported in {@link ExtractedDocument#appliedSteps()}. */
    public String id() {
        return id;
    }

    /** Steps every text gets. */
    public static Set<NormalisationStep> basic() {
        return EnumSet.of(REMOVE_BOM, NORMALISE_LINE_ENDINGS, REPLACE_CONTROL_CHARACTERS, UNICODE_NFC, TIDY_WHITESPACE);
    }

    /** Steps for PDFs and text extracted from them. */
    public static Set<NormalisationStep> forPdfText() {
        Set<NormalisationStep> steps = basic();
        steps.addAll(EnumSet.of(DROP_PAGE_FURNITURE, JOIN_HYPHENATED_WORDS, UNWRAP_LINES));
        return steps;
    }

    /** Steps for web pages and text saved from them. */
    public static Set<NormalisationStep> forWebText() {
        Set<NormalisationStep> steps = basic();
        steps.add(TRIM_WEB_BOILERPLATE);
        return steps;
    }
}
