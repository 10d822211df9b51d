package org.scholion.cli;

import java.nio.file.Path;
import org.scholion.export.ExcerptWriter;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportFormat;
import org.scholion.export.AtomicFile;
import org.scholion.json.ExportWriters;
import org.scholion.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export-codebook", mixinStandardHelpOptions = true,
        description = "Export the codebook as a table: code, definition, when to use, when not to use, example, segments and sources coded.")
final class ExportCodebookCommand extends ProjectCommand {

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx, md, csv or json (html also works).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path outFile;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    int run(Project project) throws Exception {
        ExportFormat exportFormat = ExportOptionWords.format(format, spec);
        if (exportFormat == ExportFormat.XLSX) {
            throw new UnsupportedOperationException("the codebook cannot be exported as xlsx; use docx, md, csv or json");
        }
        ExcerptWriter writer = ExportWriters.of(exportFormat);
        ExportOptionWords.checkOverwrite(outFile, force);
        ExportContent content = project.exports().codebookContent();
        AtomicFile.write(outFile, out -> writer.writeCodebook(content, out));
        out().printf("exported %d code%s to %s%n", content.codebook().size(), content.codebook().size() == 1 ? "" : "s", outFile);
        return ScholionCli.OK;
    }
}
