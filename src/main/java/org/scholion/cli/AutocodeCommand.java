package org.scholion.cli;

import java.util.Map;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodePath;
import org.scholion.project.AutocodePreview;
import org.scholion.project.AutocodeScope;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "autocode", mixinStandardHelpOptions = true,
        description = "Apply a code to every hit of a query, scoped to the match, its sentence or its paragraph. "
                + "Shows what it will code first; applied as one action that 'scholion undo' reverses.")
final class AutocodeCommand extends ProjectCommand {

    @Parameters(index = "1", paramLabel = "QUERY", description = "The query (docs/search.md).")
    String query;

    @Option(names = "--code", required = true, paramLabel = "PATH", description = "The code, as \"Parent/Child\".")
    String code;

    @Option(names = "--scope", paramLabel = "SCOPE", description = "match (default), sentence or paragraph.")
    String scope = "match";

    @Option(names = "--dry-run", description = "Only show what would be coded.")
    boolean dryRun;

    @Option(names = "--coder", paramLabel = "NAME", description = "Who codes (default: your user name).")
    String coder = Project.defaultCoder();

    @Override
    int run(Project project) {
        Code target = project.codebook().snapshot().resolve(CodePath.parse(code));
        AutocodePreview preview = project.search().preview(query, target.id(),
                Choices.parse(spec, "--scope", scope, AutocodeScope.class));
        out().printf("%d segments in %d sources%s%n", preview.segments().size(), preview.perSource().size(),
                preview.alreadyCoded() == 0 ? "" : " (" + preview.alreadyCoded() + " already coded so, left out)");
        for (Map.Entry<SourceId, Integer> entry : preview.perSource().entrySet()) {
            out().printf("  source %d: %d%n", entry.getKey().value(), entry.getValue());
        }
        if (dryRun) {
            out().println("Dry run: nothing coded.");
            return ScholionCli.OK;
        }
        int made = project.search().applyAutocode(preview, target.id(), coder).size();
        out().printf("Coded %d segments as %s (one action: 'scholion undo' reverses it).%n", made, code);
        return ScholionCli.OK;
    }
}
