package org.scholion.cli;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholion.analysis.AgreementReport;
import org.scholion.analysis.AgreementResult;
import org.scholion.analysis.AgreementUnit;
import org.scholion.analysis.CodeAgreement;
import org.scholion.analysis.Disagreement;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;
import org.scholion.codebook.Codebook;
import org.scholion.export.AgreementCsv;
import org.scholion.export.AtomicFile;
import org.scholion.json.AgreementJson;
import org.scholion.project.DisagreementRow;
import org.scholion.project.Project;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = "Inter-coder agreement per code and overall: percent agreement, Cohen's kappa (two coders), "
                + "Fleiss' kappa and Krippendorff's alpha on sentences or paragraphs, or Krippendorff's unitized "
                + "alpha character by character; then the places where the coders differ.")
final class AgreementCommand extends ProjectCommand {

    @Option(names = "--coders", required = true, split = ",", paramLabel = "A,B[,C]",
            description = "The coders to compare (two or more, as `codings` shows them).")
    List<String> coders;

    @Option(names = "--unit", paramLabel = "UNIT", description = "sentence (default), paragraph or character.")
    String unit = "sentence";

    @Option(names = "--code", paramLabel = "PATH", description = "Only this code; may be repeated (default: every code the coders used).")
    List<String> codes = List.of();

    @Option(names = "--disagreements", paramLabel = "N",
            description = "How many places of disagreement to list (default: 20; 0 for none). JSON lists all.")
    int shown = 20;

    @Option(names = "--json", description = "Print JSON (documented in docs/cli.md).")
    boolean json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table to FILE as CSV (for an appendix).")
    java.nio.file.Path csv;

    @Option(names = "--force", description = "With --csv: replace FILE if it exists.")
    boolean force;

    @Override
    int run(Project project) throws java.io.IOException {
        AgreementUnit chosen = Choices.parse(spec, "--unit", unit, AgreementUnit.class);
        Codebook codebook = project.codebook().snapshot();
        Set<CodeId> scope = new LinkedHashSet<>();
        for (String path : codes) {
            scope.add(codebook.resolve(CodePath.parse(path)).id());
        }
        if (csv != null) {
            ExportOptionWords.checkOverwrite(csv, force);
        }
        AgreementReport report = project.agreement().compare(coders, chosen, scope);
        if (csv != null) {
            AtomicFile.write(csv, out -> AgreementCsv.write(report, out));
        }
        Map<SourceId, String> titles = new HashMap<>();
        for (Source source : project.sources().list()) {
            titles.put(source.id(), source.title());
        }
        Map<Long, String> labels = new HashMap<>();
        for (Code code : codebook.depthFirst()) {
            labels.put(code.id().value(), codebook.pathOf(code.id()).toString());
        }
        if (json) {
            printJson(out -> AgreementJson.write(report, titles, labels, out));
            return ScholionCli.OK;
        }
        new AgreementTable(out(), report).print();
        printDisagreements(project, report);
        return ScholionCli.OK;
    }

    private void printDisagreements(Project project, AgreementReport report) {
        List<Disagreement> all = report.disagreements();
        int count = Math.min(Math.max(shown, 0), all.size());
        out().printf("%n%d places where the coders differ%s%n", all.size(),
                count == 0 ? "" : (all.size() > count ? " (the first " + count + ")" : "") + ":");
        for (DisagreementRow row : project.agreement().describe(all.subList(0, count))) {
            Disagreement place = row.place();
            out().printf("  %s%s [%d, %d) %s: %s marked, %s did not%n    \"%s\"%n", row.sourceTitle(),
                    row.pages().isEmpty() ? "" : ", p. " + row.pages(), place.span().start(), place.span().end(),
                    row.codePath(), String.join(", ", place.marked()), String.join(", ", place.omitted()), row.quote());
        }
    }

    /** Why a statistic has no value, for the footnotes under the table. */
    static String reason(AgreementResult result) {
        return result.statistic() + ": " + result.undefinedReason();
    }

    /** Code lines of the report, overall last. */
    static List<CodeAgreement> lines(AgreementReport report) {
        List<CodeAgreement> lines = new java.util.ArrayList<>(report.perCode());
        lines.add(report.overall());
        return lines;
    }
}
