package org.scholion.source;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A stored text cut into paragraphs and sentences, each a {@link Span} in code points. The index
 * makes one passage of each paragraph; auto-coding scopes a hit to its sentence or paragraph.
 *
 * <p>Paragraphs are separated by blank lines; a text without any blank line (hard line breaks
 * only) has one paragraph per line. One exception, because the corpus has it: a PDF extraction
 * that puts a blank line after every printed line (the thesis: nearly every blank-separated block
 * is a single line of printed width) would otherwise give one "paragraph" per printed line, cutting
 * phrases and hyphenated words ("peace-\n\nkeeping") in two. Such a <em>line-spaced</em> text is
 * joined back into paragraphs: one ends at two or more blank lines, or after a line clearly shorter
 * than the text's usual line (the last line of a printed paragraph), unless that line ends with a
 * hyphen. Paragraph spans are trimmed of surrounding white space.
 *
 * <p>Sentences come from {@link BreakIterator} within each paragraph, with line breaks read as
 * spaces, and re-joined where the iterator breaks after an abbreviation ("U.S.", "e.g.", "No. 5").
 */
public final class TextSegments {

    /** Abbreviations after which a full stop does not end a sentence (compared in lower case). */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "gen.", "col.", "lt.", "gov.", "sen.",
            "rep.", "pres.", "e.g.", "i.e.", "cf.", "etc.", "vs.", "viz.", "al.", "ibid.", "op.", "cit.",
            "p.", "pp.", "vol.", "vols.", "no.", "nos.", "ch.", "fig.", "ed.", "eds.", "trans.", "approx.",
            "inc.", "ltd.", "co.", "corp.", "jan.", "feb.", "mar.", "apr.", "aug.", "sep.", "sept.", "oct.",
            "nov.", "dec.", "art.", "para.", "sec.");
    /** Initials and dotted acronyms: "U.S.", "U.N.", "J." */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+");
    private static final int MIN_BLOCKS_FOR_LINE_SPACING = 8;
    private static final int MAX_PRINTED_LINE = 120;

    private final String text;
    private final Locale locale;
    private final TextOffsets offsets;
    private final List<Span> paragraphs;
    private List<Span> sentences;

    private TextSegments(String text, Locale locale) {
        this.text = text;
        this.locale = locale;
        this.offsets = TextOffsets.of(text);
        this.paragraphs = Collections.unmodifiableList(findParagraphs());
    }

    public static TextSegments of(String text) {
        return new TextSegments(text, Locale.ENGLISH);
    }

    /** Sentences follow the rules of the given language (java.text knows few; English is the default). */
    public static TextSegments of(String text, Locale locale) {
        return new TextSegments(text, locale);
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public synchronized List<Span> sentences() {
        if (sentences == null) {
            List<Span> found = new ArrayList<>();
            for (Span paragraph : paragraphs) {
                found.addAll(sentencesOf(paragraph));
            }
            sentences = Collections.unmodifiableList(found);
        }
        return sentences;
    }

    /** The paragraph containing a code-point offset; empty between paragraphs. */
    public Optional<Span> paragraphAt(int offset) {
        return containing(paragraphs, offset);
    }

    /** The sentence containing a code-point offset; empty between sentences. */
    public Optional<Span> sentenceAt(int offset) {
        return containing(sentences(), offset);
    }

    private static Optional<Span> containing(List<Span> spans, int offset) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span span = spans.get(mid);
            if (span.end() <= offset) {
                low = mid + 1;
            } else if (span.start() > offset) {
                high = mid - 1;
            } else {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }

    /** A line of the text in char indices, without its terminator. */
    private record Line(int start, int end, boolean blank) {
    }

    private List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(line(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(line(start, text.length()));
        return lines;
    }

    private Line line(int start, int end) {
        return new Line(start, end, text.substring(start, end).isBlank());
    }

    private List<Span> findParagraphs() {
        List<Line> lines = lines();
        List<List<Line>> blocks = blocks(lines);
        List<Span> found = new ArrayList<>();
        if (blocks.size() < 2) {
            // No blank line between two lines of text: each line is a paragraph.
            lines.stream().filter(line -> !line.blank()).forEach(line -> addTrimmed(found, line.start(), line.end()));
        } else if (isLineSpaced(lines, blocks)) {
            joinLineSpaced(lines, found);
        } else {
            for (List<Line> block : blocks) {
                addTrimmed(found, block.getFirst().start(), block.getLast().end());
            }
        }
        return found;
    }

    /** Runs of non-blank lines. */
    private static List<List<Line>> blocks(List<Line> lines) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines) {
            if (line.blank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private boolean isLineSpaced(List<Line> lines, List<List<Line>> blocks) {
        if (blocks.size() < MIN_BLOCKS_FOR_LINE_SPACING) {
            return false;
        }
        long single = blocks.stream().filter(block -> block.size() == 1).count();
        return single * 4 >= blocks.size() * 3L && medianLength(lines) <= MAX_PRINTED_LINE;
    }

    private int medianLength(List<Line> lines) {
        int[] lengths = lines.stream().filter(line -> !line.blank()).mapToInt(this::strippedLength).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[lengths.length / 2];
    }

    private int strippedLength(Line line) {
        return text.substring(line.start(), line.end()).strip().length();
    }

    private void joinLineSpaced(List<Line> lines, List<Span> found) {
        int shortLine = medianLength(lines) * 3 / 4;
        int paragraphStart = -1;
        int lastEnd = -1;
        int blankRun = 0;
        for (Line line : lines) {
            if (line.blank()) {
                blankRun++;
                continue;
            }
            if (paragraphStart >= 0 && blankRun >= 2) {
                addTrimmed(found, paragraphStart, lastEnd);
                paragraphStart = -1;
            }
            blankRun = 0;
            if (paragraphStart < 0) {
                paragraphStart = line.start();
            }
            lastEnd = line.end();
            String stripped = text.substring(line.start(), line.end()).strip();
            if (stripped.length() < shortLine && !stripped.endsWith("-")) {
                addTrimmed(found, paragraphStart, lastEnd);
                paragraphStart = -1;
            }
        }
        if (paragraphStart >= 0) {
            addTrimmed(found, paragraphStart, lastEnd);
        }
    }

    /** Adds the span of text[start, end) without leading and trailing white space, if any is left. */
    private void addTrimmed(List<Span> found, int start, int end) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            found.add(offsets.toCodePoints(start, end));
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private List<Span> sentencesOf(Span paragraph) {
        int from = offsets.toCharIndex(paragraph.start());
        int to = offsets.toCharIndex(paragraph.end());
        // Hard line breaks inside a paragraph are wrapping, not sentence ends: read them as spaces
        // (same length, so the iterator's indices stay indices into the text).
        String flat = text.substring(from, to).replace('\n', ' ').replace('\r', ' ');
        BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
        iterator.setText(flat);
        List<Span> found = new ArrayList<>();
        int start = iterator.first();
        int pendingStart = start;
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            if (end < flat.length() && endsWithAbbreviation(flat, pendingStart, end)) {
                continue;
            }
            addTrimmed(found, from + pendingStart, from + end);
            pendingStart = end;
        }
        if (pendingStart < flat.length()) {
            addTrimmed(found, from + pendingStart, from + flat.length());
        }
        return found;
    }

    /** Whether flat[start, end) ends (before trailing space) with an abbreviation or initials. */
    private boolean endsWithAbbreviation(String flat, int start, int end) {
        int last = end;
        while (last > start && isSpace(flat.charAt(last - 1))) {
            last--;
        }
        if (last == start || flat.charAt(last - 1) != '.') {
            return false;
        }
        int wordStart = last;
        while (wordStart > start && !isSpace(flat.charAt(wordStart - 1)) && flat.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = flat.substring(wordStart, last);
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || INITIALS.matcher(word).matches();
    }
}
