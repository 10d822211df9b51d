package org.scholion.cli;

import org.scholion.codebook.Code;
import org.scholion.codebook.CodePath;
import org.scholion.coding.Coding;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import org.scholion.source.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code a passage: apply a code to the text of a source from --start to --end "
                + "(Unicode code points, end exclusive).")
final class CodeCommand extends ProjectCommand {

    @Option(names = "--source", required = true, paramLabel = "ID", description = "The source's id (see 'scholion info').")
    long source;

    @Option(names = "--start", required = true, paramLabel = "N", description = "First code point of the passage.")
    int start;

    @Option(names = "--end", required = true, paramLabel = "M", description = "Code point just after the passage.")
    int end;

    @Option(names = "--code", required = true, paramLabel = "PATH", description = "The code, as \"Parent/Child\".")
    String code;

    @Option(names = "--memo", paramLabel = "TEXT", description = "A memo on the coding.")
    String memo = "";

    @Option(names = "--coder", paramLabel = "NAME", description = "Who codes (default: your user name).")
    String coder = Project.defaultCoder();

    @Override
    int run(Project project) {
        Code target = project.codebook().snapshot().resolve(CodePath.parse(code));
        Coding coding = project.codings().code(new SourceId(source), new Span(start, end), target.id(), coder, memo);
        out().printf("Coded %d: source %d [%d, %d) as %s by %s: \u201c%s\u201d%n", coding.id().value(), source,
                start, end, code, coder, abbreviate(coding.anchor().quote()));
        return ScholionCli.OK;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.codePointCount(0, flat.length()) <= 80 ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, 77)) + "...";
    }
}
