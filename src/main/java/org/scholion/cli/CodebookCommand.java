package org.scholion.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.codebook.CodebookSpec;
import org.scholion.json.CodebookJson;
import org.scholion.project.CodebookImportReport;
import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = "Import, export or list a project's codebook.",
        subcommands = {CodebookCommand.Import.class, CodebookCommand.Export.class, CodebookCommand.List.class})
final class CodebookCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the codes of a codebook file (docs/codebook-format.md) to the project; codes are "
                    + "matched by key and updated, none is deleted. A malformed file changes nothing.")
    static final class Import extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE", description = "The codebook JSON file.")
        Path file;

        @Option(names = "--coder", paramLabel = "NAME", description = "Who makes the change (default: your user name).")
        String coder = Project.defaultCoder();

        @Override
        int run(Project project) {
            CodebookSpec spec = CodebookJson.read(file);
            CodebookImportReport report = project.codebook().importSpec(spec, coder);
            out().println("Imported " + file + ": " + report.summary());
            return ScholionCli.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the project's codebook as a codebook file ('-' for standard output).")
    static final class Export extends ProjectCommand {
        @Parameters(index = "1", paramLabel = "FILE", description = "Where to write it.")
        Path file;

        @Override
        int run(Project project) throws IOException {
            byte[] json = CodebookJson.toBytes(project.codebook().exportSpec());
            if (file.toString().equals("-")) {
                printJson(out -> {
                    try {
                        out.write(json);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                return ScholionCli.OK;
            }
            Path target = file.toAbsolutePath();
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temporary, json);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            out().println("Wrote " + project.codebook().snapshot().size() + " codes to " + file);
            return ScholionCli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show the code tree with coding counts.")
    static final class List extends ProjectCommand {
        @Override
        int run(Project project) {
            Codebook codebook = project.codebook().snapshot();
            Map<CodeId, Integer> counts = project.codebook().codingCounts();
            for (Code code : codebook.depthFirst()) {
                out().printf("%s%s  %s  (%d)%n", "  ".repeat(codebook.depth(code.id())), code.name(),
                        code.color().hex(), counts.getOrDefault(code.id(), 0));
            }
            return ScholionCli.OK;
        }
    }
}
