package org.scholion.export;

import java.util.List;

/**
 * How an excerpt's source is cited: the author part ("Kuzio", "Smith and Jones", "Smith et al.",
 * or the title when there is no author), the year, and the citation key for Pandoc and BibTeX.
 *
 * @param key the source's citation key (e.g. kuzio2021), never blank
 * @param authors the author part of an author-date citation
 * @param year the year, or null when the source has no date
 */
public record Citation(String key, String authors, Integer year) {

    public Citation {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a citation needs a key");
        }
    }

    /** The author part from a source's authors (family names as stored) or, without any, its title. */
    public static String authorPart(List<String> authors, String title) {
        List<String> names = authors == null ? List.of() : authors.stream().map(Citation::familyName).toList();
        return switch (names.size()) {
            case 0 -> shortTitle(title);
            case 1 -> names.getFirst();
            case 2 -> names.get(0) + " and " + names.get(1);
            default -> names.getFirst() + " et al.";
        };
    }

    /**
     * What an author-date citation shows for a source without authors, as the Chicago and APA
     * styles do: its title, short, in quotation marks. The title is cut at a subtitle (after a
     * colon or an opening parenthesis) and after five words.
     */
    public static String shortTitle(String title) {
        String main = title == null ? "" : title.strip();
        for (String cut : new String[] {":", " (", " – ", " - "}) {
            int at = main.indexOf(cut);
            if (at > 0) {
                main = main.substring(0, at).strip();
            }
        }
        String[] words = main.split("\\s+");
        if (words.length > 5) {
            main = String.join(" ", java.util.Arrays.copyOf(words, 5)) + "…";
        }
        return "“" + main + "”";
    }

    /** "Taras Kuzio" gives "Kuzio"; "Kuzio, Taras" gives "Kuzio". */
    static String familyName(String author) {
        String name = author.strip();
        int comma = name.indexOf(',');
        if (comma > 0) {
            return name.substring(0, comma).strip();
        }
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /** "(Kuzio 2021)", "(Kuzio 2021, p. 3)", "(Miholjcic 2022, pp. 12–13)", "(Kuzio n.d.)". */
    public String inline(String pages) {
        return "(" + authors + " " + (year == null ? "n.d." : year) + locator(pages, ", ") + ")";
    }

    /** Pandoc's citation: "[@kuzio2021]", "[@kuzio2021, p. 3]". */
    public String pandoc(String pages) {
        return "[@" + key + locator(pages, ", ") + "]";
    }

    /** ", p. 3" for one page, ", pp. 12–13" for a range, "" without pages. */
    static String locator(String pages, String separator) {
        if (pages == null || pages.isBlank()) {
            return "";
        }
        boolean range = pages.contains("\u2013") || pages.contains("-");
        return separator + (range ? "pp. " : "p. ") + pages.replace('-', '\u2013');
    }
}
