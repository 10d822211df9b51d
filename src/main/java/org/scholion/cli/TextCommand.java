package org.scholion.cli;

import org.scholion.project.Project;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.TextOffsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Print a source's stored text, or the slice from --from to --to (code points, end exclusive).")
final class TextCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "SOURCE", description = "The source's id (see 'scholion sources').")
    long source;

    @Option(names = "--from", paramLabel = "N", description = "First code point (default: 0).")
    int from;

    @Option(names = "--to", paramLabel = "M", description = "Code point just after the slice (default: the end).")
    Integer to;

    @Override
    int run(Project project) {
        Source s = project.sources().get(new SourceId(source));
        int end = to == null ? s.textLength() : to;
        if (from < 0 || end > s.textLength() || from > end) {
            throw new IllegalArgumentException("--from " + from + " --to " + end + " is outside source " + source
                    + ", which has " + s.textLength() + " code points");
        }
        out().print(TextOffsets.of(project.sources().text(s.id())).slice(from, end));
        out().flush();
        return ScholionCli.OK;
    }
}
