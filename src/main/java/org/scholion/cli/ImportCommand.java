package org.scholion.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.json.SourceMetadataJson;
import org.scholion.project.ImportListener;
import org.scholion.project.ImportOutcome;
import org.scholion.project.ImportReport;
import org.scholion.project.ImportRequest;
import org.scholion.project.Project;
import org.scholion.source.MetadataCsv;
import org.scholion.source.MetadataPatch;
import org.scholion.source.PartialDate;
import org.scholion.source.SourceType;
import org.scholion.source.TextOrigin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import files and folders (recursively): PDF, DOCX, DOC, ODT, RTF, HTML, EPUB, Markdown, "
                + "plain text. A file already in the project is skipped. Exit 3 when some files failed and the "
                + "rest were imported.")
final class ImportCommand extends ProjectCommand {

    static final int SOME_FAILED = 3;

    @Parameters(index = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--metadata", paramLabel = "FILE",
            description = "Metadata by file name, JSON (docs/metadata-format.md) or CSV; overrides what the files say.")
    Path metadata;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title (for every file imported).")
    String title;

    @Option(names = "--type", paramLabel = "TYPE", description = "thesis, article, news, interview or other.")
    String type;

    @Option(names = "--author", paramLabel = "NAME", description = "An author; may be repeated.")
    List<String> authors;

    @Option(names = "--date", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD.")
    String date;

    @Option(names = "--language", paramLabel = "CODE", description = "ISO 639-1 code, e.g. en, ru (default: detected).")
    String language;

    @Option(names = "--citation-key", paramLabel = "KEY", description = "Citation key (default: author and year).")
    String citationKey;

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "pdf or web: where a plain text came from, for cleaning.")
    String origin;

    @Option(names = "--max-file-mb", paramLabel = "MB", description = "Refuse files larger than this (default: 100).")
    long maxFileMb = ExtractionOptions.DEFAULT_MAX_FILE_BYTES / (1024 * 1024);

    @Option(names = "--coder", paramLabel = "NAME", description = "Who imports (default: your user name).")
    String coder = Project.defaultCoder();

    @Override
    int run(Project project) {
        project.imports().prepare();
        Map<String, MetadataPatch> byFile = metadata == null ? Map.of() : readMetadata(metadata);
        MetadataPatch forAll = new MetadataPatch(title, type == null ? null : SourceType.fromWord(type), authors,
                date == null ? null : PartialDate.parse(date), language, citationKey, null,
                origin == null ? null : TextOrigin.fromWord(origin));
        ImportRequest request = new ImportRequest(byFile, forAll,
                ExtractionOptions.defaults().withMaxFileBytes(maxFileMb * 1024 * 1024),
                metadata == null ? Set.of() : Set.of(metadata));
        ImportReport report = project.imports().importPaths(paths, request, coder, new Progress(out(), err()),
                CancellationSignal.NONE);
        out().println(report.summary());
        boolean anyFailed = !report.with(ImportOutcome.Status.FAILED).isEmpty();
        boolean anyDone = !report.with(ImportOutcome.Status.IMPORTED).isEmpty()
                || !report.with(ImportOutcome.Status.DUPLICATE).isEmpty();
        return !anyFailed ? ScholionCli.OK : anyDone ? SOME_FAILED : ScholionCli.FAILURE;
    }

    static Map<String, MetadataPatch> readMetadata(Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            try {
                return MetadataCsv.parse(file.toString(), java.nio.file.Files.readString(file));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(file + ": cannot read the file: " + e.getMessage(), e);
            }
        }
        return SourceMetadataJson.read(file);
    }

    /**
     * One line per file on stdout and failures on stderr; when stderr is a terminal, also a progress
     * bar there, redrawn in place.
     */
    private static final class Progress implements ImportListener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean bar = System.console() != null;
        private int files;
        private long bytes;

        Progress(PrintWriter out, PrintWriter err) {
            this.out = out;
            this.err = err;
        }

        @Override
        public void started(int files, long bytes) {
            this.files = files;
            this.bytes = bytes;
        }

        @Override
        public void fileDone(ImportOutcome outcome, int filesDone, long bytesDone) {
            if (bar) {
                err.print("\r\033[K");
            }
            if (outcome.status() == ImportOutcome.Status.FAILED) {
                err.println("scholion import: " + outcome.line());
            } else {
                out.println(outcome.line());
                out.flush();
            }
            if (bar) {
                int width = 30;
                int filled = files == 0 ? width : (int) ((long) width * filesDone / files);
                err.printf("[%s%s] %d/%d files, %.1f/%.1f MB", "#".repeat(filled), " ".repeat(width - filled),
                        filesDone, files, bytesDone / 1e6, bytes / 1e6);
                if (filesDone == files) {
                    err.println();
                }
            }
            err.flush();
        }
    }
}
