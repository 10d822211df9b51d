package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.scholion.analysis.AgreementReport;
import org.scholion.analysis.AgreementResult;
import org.scholion.analysis.CodeAgreement;

/**
 * The agreement table for a thesis appendix, as CSV in the dialect of {@link CountTableCsv}: one
 * row per code and one for all codes; the units behind the figures, what each coder marked, each
 * statistic to three decimals (empty where undefined) and, last, why a statistic is undefined.
 */
public final class AgreementCsv {

    private AgreementCsv() {
    }

    public static void write(AgreementReport report, OutputStream out) throws IOException {
        CountTableCsv.write(rows(report), out);
    }

    static List<List<String>> rows(AgreementReport report) {
        List<CodeAgreement> lines = new ArrayList<>(report.perCode());
        lines.add(report.overall());
        List<String> header = new ArrayList<>(List.of("Code", "Units (" + report.request().unit().word() + ")"));
        for (String coder : report.request().coders()) {
            header.add("Marked by " + coder);
        }
        report.overall().statistics().forEach(statistic -> header.add(statistic.statistic()));
        header.add("Undefined because");
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (CodeAgreement line : lines) {
            List<String> row = new ArrayList<>();
            row.add(line.label());
            row.add(line.statistics().isEmpty() ? "0" : Integer.toString(line.statistics().getFirst().units()));
            line.marked().forEach(marked -> row.add(Long.toString(marked)));
            Set<String> reasons = new LinkedHashSet<>();
            for (AgreementResult result : line.statistics()) {
                if (result.isDefined()) {
                    row.add(String.format(Locale.ROOT, "%.3f", result.value().getAsDouble()));
                } else {
                    row.add("");
                    reasons.add(result.statistic() + ": " + result.undefinedReason());
                }
            }
            row.add(String.join("; ", reasons));
            rows.add(row);
        }
        return rows;
    }
}
