package org.scholion.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholion.export.BibliographyFormat;
import org.scholion.export.CitationStyle;
import org.scholion.export.ExcerptOrder;
import org.scholion.export.ExportFormat;
import org.scholion.export.MemoKind;
import org.scholion.source.SourceType;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The export commands' option values read as the user typed them; a malformed one is bad usage (exit 2). */
final class ExportOptionWords {

    static final int MAX_CONTEXT = 100;
    private static final Pattern YEARS = Pattern.compile("(\\d{4})?\\s*(-)?\\s*(\\d{4})?");

    private ExportOptionWords() {
    }

    static ExportFormat format(String word, CommandSpec spec) {
        try {
            return ExportFormat.fromWord(word);
        } catch (IllegalArgumentException e) {
            throw usage(spec, "--format", e.getMessage());
        }
    }

    static SourceType type(String word, CommandSpec spec) {
        try {
            return SourceType.fromWord(word);
        } catch (IllegalArgumentException e) {
            throw usage(spec, "--type", e.getMessage());
        }
    }

    static CitationStyle citation(String word, CommandSpec spec) {
        return Choices.parse(spec, "--citation", word, CitationStyle.class);
    }

    static ExcerptOrder order(String word, CommandSpec spec) {
        return switch (word.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "code" -> ExcerptOrder.CODE_THEN_SOURCE;
            case "source" -> ExcerptOrder.SOURCE;
            default -> throw usage(spec, "--order", "'" + word + "' is not one of code, source");
        };
    }

    static BibliographyFormat bibliography(String word, CommandSpec spec) {
        return switch (word.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "bibtex", "bib" -> BibliographyFormat.BIBTEX;
            case "csl-json", "csl" -> BibliographyFormat.CSL_JSON;
            default -> throw usage(spec, "--bibliography", "'" + word + "' is not one of bibtex, csl-json");
        };
    }

    /** "project,source,code", "all" or "none": the memos exported besides the coding memos. */
    static Set<MemoKind> memoKinds(String words, CommandSpec spec) {
        Set<MemoKind> kinds = EnumSet.noneOf(MemoKind.class);
        for (String word : words.split(",")) {
            String w = word.strip().toLowerCase(java.util.Locale.ROOT);
            switch (w) {
                case "all" -> kinds.addAll(EnumSet.allOf(MemoKind.class));
                case "none", "" -> { }
                case "project" -> kinds.add(MemoKind.PROJECT);
                case "source", "sources" -> kinds.add(MemoKind.SOURCE);
                case "code", "codes" -> kinds.add(MemoKind.CODE);
                default -> throw usage(spec, "--memos", "'" + word.strip() + "' is not one of project, source, code, all, none");
            }
        }
        return kinds;
    }

    static int context(int words, CommandSpec spec) {
        if (words < 0 || words > MAX_CONTEXT) {
            throw usage(spec, "--context", words + " is not between 0 and " + MAX_CONTEXT);
        }
        return words;
    }

    static Integer fromYear(String years, CommandSpec spec) {
        return years == null ? null : yearsOf(years, spec)[0];
    }

    static Integer toYear(String years, CommandSpec spec) {
        return years == null ? null : yearsOf(years, spec)[1];
    }

    /** "2015-2021", "2015-", "-2021", or "2020" for one year. */
    private static Integer[] yearsOf(String years, CommandSpec spec) {
        Matcher m = YEARS.matcher(years.strip());
        if (!m.matches() || m.group(1) == null && m.group(3) == null || m.group(2) == null && m.group(3) != null) {
            throw usage(spec, "--years", "'" + years + "' is not a year range such as 2015-2021, 2015-, -2021 or 2020");
        }
        Integer from = m.group(1) == null ? null : Integer.valueOf(m.group(1));
        Integer to = m.group(2) == null ? from : m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (from != null && to != null && from > to) {
            throw usage(spec, "--years", "the range " + years + " is empty");
        }
        return new Integer[] {from, to};
    }


    /** An existing file is replaced only when asked for: an export may be a chapter's only copy of edits. */
    static void checkOverwrite(Path file, boolean force) {
        if (Files.exists(file) && !force) {
            throw new IllegalStateException(file + " exists; use --force to replace it");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalStateException(file + " is a folder, not a file");
        }
    }

    private static CommandLine.ParameterException usage(CommandSpec spec, String option, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + message);
    }
}
