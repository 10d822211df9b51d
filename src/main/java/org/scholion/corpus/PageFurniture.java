package org.scholion.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops page furniture from PDF text: bare page numbers and running heads.
 *
 * <p>Heuristics, from safest to boldest:
 * <ol>
 * <li>A <em>bare page number</em> (1 to 3 digits, optionally "Page 12" or "- 12 -") standing alone
 *     between blank lines, or among the first or last two lines of a page, is furniture. Four
 *     digits are left alone: they are years far more often than page numbers.</li>
 * <li>When the page structure is known (a real PDF with at least three pages), a short line
 *     (at most 80 characters) among the first or last two lines of a page whose form, digits
 *     ignored, recurs there on at least three pages and on 30% of them is a running head or foot.</li>
 * <li>Without page structure (text that came out of a PDF), a running head can only be recognised
 *     by its look: a short line in capitals (no lower-case letter, no sentence end) standing
 *     alone. Such a line is dropped when it recurs at least three times, or when it sits next to a
 *     bare page number (within two non-blank lines), where the page furniture of one page break
 *     clusters ("ARTICLES", "102", "CAUCASUS STRATEGIC PERSPECTIVES" in the Miholjcic article).
 *     Mixed-case short lines are never dropped this way: they are headings and table cells.</li>
 * </ol>
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page\\s+)?[-–—]?\\s*\\d{1,3}\\s*[-–—]?(?:\\s+of\\s+\\d{1,4})?");
    private static final int SHORT = 80;
    private static final int CAPITALS_SHORT = 60;

    private PageFurniture() {
    }

    static Edited drop(String text, int[] pageStarts) {
        List<Lines.Line> lines = Lines.of(text);
        boolean[] furniture = new boolean[lines.size()];
        markIsolatedPageNumbers(lines, furniture);
        if (pageStarts.length >= 3) {
            markPageEdges(lines, pageStarts, furniture);
        }
        markCapitalHeads(lines, furniture);
        Edited.Builder edit = new Edited.Builder(text);
        for (int i = 0; i < lines.size(); i++) {
            if (furniture[i]) {
                Lines.Line line = lines.get(i);
                edit.delete(line.start(), line.end()); // the line's newline stays, so blank lines keep their meaning
            }
        }
        return edit.build();
    }

    static boolean isPageNumber(String trimmed) {
        return !trimmed.isEmpty() && PAGE_NUMBER.matcher(trimmed).matches();
    }

    private static boolean blankAt(List<Lines.Line> lines, int i) {
        return i < 0 || i >= lines.size() || lines.get(i).blank();
    }

    private static void markIsolatedPageNumbers(List<Lines.Line> lines, boolean[] furniture) {
        for (int i = 0; i < lines.size(); i++) {
            if (isPageNumber(lines.get(i).trimmed()) && blankAt(lines, i - 1) && blankAt(lines, i + 1)) {
                furniture[i] = true;
            }
        }
    }

    /** Rule 2: lines at the top and bottom of pages that recur across pages. */
    private static void markPageEdges(List<Lines.Line> lines, int[] pageStarts, boolean[] furniture) {
        Map<String, Integer> pagesWithForm = new HashMap<>();
        int[][] edges = new int[pageStarts.length][];
        int lineIndex = 0;
        for (int page = 0; page < pageStarts.length; page++) {
            int pageEnd = page + 1 < pageStarts.length ? pageStarts[page + 1] : Integer.MAX_VALUE;
            while (lineIndex < lines.size() && lines.get(lineIndex).end() < pageStarts[page]) {
                lineIndex++;
            }
            int first = lineIndex;
            int last = first;
            while (last < lines.size() && lines.get(last).start() < pageEnd) {
                last++;
            }
            edges[page] = edgeLines(lines, first, last);
            for (String form : java.util.Set.copyOf(forms(lines, edges[page]))) {
                pagesWithForm.merge(form, 1, Integer::sum);
            }
        }
        int needed = Math.max(3, (int) Math.ceil(pageStarts.length * 0.3));
        for (int[] pageEdges : edges) {
            for (int i : pageEdges) {
                String trimmed = lines.get(i).trimmed();
                if (isPageNumber(trimmed) || pagesWithForm.getOrDefault(form(trimmed), 0) >= needed) {
                    furniture[i] = true;
                }
            }
        }
    }

    /** The first two and last two non-blank short lines of a page (indices into lines). */
    private static int[] edgeLines(List<Lines.Line> lines, int from, int to) {
        int[] picked = new int[4];
        int count = 0;
        for (int i = from, seen = 0; i < to && seen < 2; i++) {
            if (!lines.get(i).blank()) {
                seen++;
                if (lines.get(i).trimmed().length() <= SHORT) {
                    picked[count++] = i;
                }
            }
        }
        for (int i = to - 1, seen = 0; i >= from && seen < 2; i--) {
            if (!lines.get(i).blank()) {
                seen++;
                boolean already = false;
                for (int k = 0; k < count; k++) {
                    already |= picked[k] == i;
                }
                if (!already && lines.get(i).trimmed().length() <= SHORT) {
                    picked[count++] = i;
                }
            }
        }
        return java.util.Arrays.copyOf(picked, count);
    }

    private static List<String> forms(List<Lines.Line> lines, int[] indices) {
        return java.util.Arrays.stream(indices).mapToObj(i -> form(lines.get(i).trimmed())).toList();
    }

    /** A line's form: digits stand for any digits, so "Journal 12 (2020)" matches on every page. */
    private static String form(String trimmed) {
        return trimmed.replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    /** Rule 3: capitals-only short lines that recur, or that stand next to a bare page number. */
    private static void markCapitalHeads(List<Lines.Line> lines, boolean[] furniture) {
        Map<String, Integer> recurrences = new HashMap<>();
        for (Lines.Line line : lines) {
            if (isCapitalHead(line.trimmed())) {
                recurrences.merge(line.trimmed(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String trimmed = lines.get(i).trimmed();
            if (!isCapitalHead(trimmed) || !blankAt(lines, i - 1) || !blankAt(lines, i + 1)) {
                continue;
            }
            if (recurrences.get(trimmed) >= 3 || nearPageNumber(lines, i, furniture)) {
                furniture[i] = true;
            }
        }
    }

    private static boolean isCapitalHead(String trimmed) {
        if (trimmed.isEmpty() || trimmed.length() > CAPITALS_SHORT || Lines.endsSentence(trimmed)) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && trimmed.codePoints().filter(Character::isLetter).count() >= 3;
    }

    private static boolean nearPageNumber(List<Lines.Line> lines, int at, boolean[] furniture) {
        for (int direction = -1; direction <= 1; direction += 2) {
            int nonBlank = 0;
            for (int i = at + direction; i >= 0 && i < lines.size() && nonBlank < 2; i += direction) {
                if (lines.get(i).blank()) {
                    continue;
                }
                nonBlank++;
                if (furniture[i] && isPageNumber(lines.get(i).trimmed())) {
                    return true;
                }
            }
        }
        return false;
    }
}
