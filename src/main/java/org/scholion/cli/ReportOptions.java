package org.scholion.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.scholion.analysis.ReportRequest;
import org.scholion.source.SourceType;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What a report covers, as the report commands (stats, cooccurrence, words) take it. */
final class ReportOptions {

    @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's codings; may be repeated.")
    List<String> coders = List.of();

    @Option(names = "--type", paramLabel = "T", description = "Only sources of this type (thesis, article, news, interview, other); may be repeated.")
    List<String> types = List.of();

    @Option(names = "--sub-codes", description = "A code also counts its sub-codes' codings (a segment or source once per code).")
    boolean subCodes;

    ReportRequest request(CommandLine.Model.CommandSpec spec) {
        Set<SourceType> kinds = new LinkedHashSet<>();
        for (String type : types) {
            kinds.add(Choices.parse(spec, "--type", type, SourceType.class));
        }
        return new ReportRequest(Set.copyOf(coders), kinds, subCodes);
    }
}
