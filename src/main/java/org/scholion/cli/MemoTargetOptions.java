package org.scholion.cli;

import java.util.Optional;
import org.scholion.codebook.CodePath;
import org.scholion.coding.MemoTarget;
import org.scholion.project.Project;
import org.scholion.source.SourceId;
import picocli.CommandLine.Option;

/** What a memo is about: --project, --source ID or --code PATH (at most one). */
final class MemoTargetOptions {

    @Option(names = "--project", required = true, description = "The project as a whole.")
    boolean project;

    @Option(names = "--source", required = true, paramLabel = "ID", description = "A source, by its id (see 'scholion sources').")
    Long source;

    @Option(names = "--code", required = true, paramLabel = "PATH", description = "A code, as \"Parent/Child\".")
    String code;

    /** The target named, checked against the project; empty when none was given. */
    static Optional<MemoTarget> of(MemoTargetOptions options, Project project) {
        if (options == null) {
            return Optional.empty();
        }
        if (options.source != null) {
            return Optional.of(new MemoTarget.OnSource(new SourceId(options.source)));
        }
        if (options.code != null) {
            return Optional.of(new MemoTarget.OnCode(project.codebook().snapshot().resolve(CodePath.parse(options.code)).id()));
        }
        return Optional.of(MemoTarget.project());
    }
}
