package org.scholion.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scholion.analysis.Collocate;
import org.scholion.analysis.Collocates;
import org.scholion.analysis.ReportRequest;
import org.scholion.analysis.WordCount;
import org.scholion.analysis.WordFrequencies;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.CodePath;
import org.scholion.json.ReportJson;
import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "words", mixinStandardHelpOptions = true,
        description = "The most frequent words in the segments of a code, stop words left out, or the words near a "
                + "given word there (docs/analysis.md).")
final class WordsCommand extends ProjectCommand {

    @Option(names = "--code", required = true, paramLabel = "PATH", description = "The code, as \"Parent/Child\".")
    String code;

    @Option(names = "--collocates", paramLabel = "WORD", description = "List the words near WORD instead.")
    String word;

    @Option(names = "--window", paramLabel = "N", description = "With --collocates: how many words either side (default 5).")
    int window = 5;

    @Option(names = "--limit", paramLabel = "N", description = "At most N words (default 30; 0 for all).")
    int limit = 30;

    @Option(names = "--json", description = "Print JSON (documented in docs/cli.md).")
    boolean json;

    @Mixin
    ReportOptions report;

    @Override
    int run(Project project) {
        CodeId id = project.codebook().snapshot().resolve(CodePath.parse(code)).id();
        ReportRequest request = report.request(spec);
        if (word != null) {
            Collocates found = project.analysis().collocates(request, id, word, window, limit);
            if (json) {
                printJson(out -> ReportJson.collocates(found, out));
                return ScholionCli.OK;
            }
            out().printf(Locale.ROOT, "Words within %d of '%s' (%d occurrences) in %s%n", found.window(), found.word(),
                    found.occurrences(), found.code());
            List<List<String>> lines = new ArrayList<>();
            lines.add(List.of("Word", "Together", "Occurrences", "logDice"));
            for (Collocate c : found.collocates()) {
                lines.add(List.of(c.word(), Long.toString(c.together()), Long.toString(c.frequency()),
                        String.format(Locale.ROOT, "%.2f", c.logDice())));
            }
            TableText.printAligned(lines, out());
            return ScholionCli.OK;
        }
        WordFrequencies words = project.analysis().words(request, id, limit);
        if (json) {
            printJson(out -> ReportJson.words(words, out));
            return ScholionCli.OK;
        }
        out().printf(Locale.ROOT, "Words in %s (%d words in %d passages)%n", words.code(), words.tokens(), words.passages());
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("Word", "Occurrences", "Passages"));
        for (WordCount w : words.words()) {
            lines.add(List.of(w.word(), Long.toString(w.occurrences()), Long.toString(w.passages())));
        }
        TableText.printAligned(lines, out());
        return ScholionCli.OK;
    }
}
