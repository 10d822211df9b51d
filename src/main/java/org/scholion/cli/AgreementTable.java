package org.scholion.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scholion.analysis.AgreementReport;
import org.scholion.analysis.AgreementResult;
import org.scholion.analysis.CodeAgreement;

/**
 * The agreement report as an aligned table: one line per code and one for all codes, the units
 * behind each line, how much each coder marked, and every statistic; "n/a" where a statistic is
 * undefined, with the reason listed under the table instead of a NaN in it.
 */
final class AgreementTable {

    private static final int MAX_LABEL = 72;

    private final PrintWriter out;
    private final AgreementReport report;

    AgreementTable(PrintWriter out, AgreementReport report) {
        this.out = out;
        this.report = report;
    }

    void print() {
        List<String> coders = report.request().coders();
        out.printf("Agreement between %s, %s as units%n%n", String.join(", ", coders), unitWords());
        List<CodeAgreement> lines = AgreementCommand.lines(report);
        int labelWidth = Math.min(MAX_LABEL, lines.stream().mapToInt(line -> line.label().length()).max().orElse(4));
        List<String> statistics = lines.getFirst().statistics().stream().map(AgreementResult::statistic).toList();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-" + labelWidth + "s %9s", "code", "units"));
        for (String coder : coders) {
            header.append(String.format(Locale.ROOT, " %10s", shorten(coder, 10)));
        }
        for (String statistic : statistics) {
            header.append(String.format(Locale.ROOT, " %10s", shortName(statistic)));
        }
        out.println(header);
        Set<String> reasons = new LinkedHashSet<>();
        for (CodeAgreement line : lines) {
            if (line == report.overall()) {
                out.println();
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-" + labelWidth + "s %9d",
                    shorten(line.label(), labelWidth), line.statistics().getFirst().units()));
            for (long marked : line.marked()) {
                row.append(String.format(Locale.ROOT, " %10d", marked));
            }
            for (AgreementResult result : line.statistics()) {
                if (result.isDefined()) {
                    row.append(String.format(Locale.ROOT, " %10.3f", result.value().getAsDouble()));
                } else {
                    row.append(String.format(Locale.ROOT, " %10s", "n/a"));
                    reasons.add(AgreementCommand.reason(result));
                }
            }
            out.println(row);
        }
        out.printf("%nunits: %s behind the first statistic; marked: %s each coder marked with the code%n",
                unitWords(), report.request().unit().word().equals("character") ? "characters" : unitWords());
        if (!reasons.isEmpty()) {
            out.println("n/a:");
            reasons.forEach(reason -> out.println("  " + reason));
        }
        if (!report.notes().isEmpty()) {
            out.println("Notes:");
            report.notes().forEach(note -> out.println("  " + note));
        }
    }

    private String unitWords() {
        return switch (report.request().unit()) {
            case SENTENCE -> "sentences";
            case PARAGRAPH -> "paragraphs";
            case CHARACTER -> "sources (characters along each)";
        };
    }

    private static String shortName(String statistic) {
        return switch (statistic) {
            case "percent agreement" -> "agreement";
            case "Cohen's kappa" -> "Cohen k";
            case "Fleiss' kappa" -> "Fleiss k";
            case "Krippendorff's alpha (nominal)" -> "alpha";
            case "Krippendorff's unitized alpha (|uα)" -> "|u-alpha";
            default -> shorten(statistic, 10);
        };
    }

    static String shorten(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        List<String> parts = new ArrayList<>(List.of(text.split("/")));
        String last = parts.getLast();
        return last.length() + 2 <= width ? "…/" + last : text.substring(0, width - 1) + "…";
    }
}
