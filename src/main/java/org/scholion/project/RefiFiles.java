package org.scholion.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.scholion.corpus.CancellationSignal;
import org.scholion.exchange.ExchangeException;
import org.scholion.exchange.QdcContent;
import org.scholion.exchange.QdcReader;
import org.scholion.exchange.QdcWriter;
import org.scholion.exchange.QdpxContent;
import org.scholion.exchange.QdpxReader;
import org.scholion.exchange.QdpxWriter;
import org.scholion.exchange.WriteReport;

/**
 * REFI-QDA files in and out, for the command line and the workbench alike: a QDPX made into a new
 * project (read from its archive into a private work folder that is always deleted afterwards, then
 * mapped by {@link QdaImport}), a project written as QDPX, a QDC codebook added to a project or
 * written from it. What the reader skipped or changed joins the import report.
 */
public final class RefiFiles {

    private RefiFiles() {
    }

    /**
     * Makes {@code qdpx} into a new project at {@code target}.
     *
     * @throws ExchangeException when the file is not a readable REFI-QDA project (nothing is created)
     * @throws QdaImportException when the project cannot be made (nothing is left behind)
     */
    public static QdaImport.Imported importProject(Path qdpx, Path target, String actor, CancellationSignal cancel)
            throws ExchangeException {
        Path work = temporaryFolder();
        try {
            QdpxContent content = new QdpxReader().read(qdpx, work);
            QdaImport.Imported imported = QdaImport.withTika().intoNewProject(content.project(),
                    new QdaImportRequest(target, actor, content::file, null, cancel));
            return new QdaImport.Imported(imported.project(), imported.report().withReaderWarnings(readerLines(content)));
        } finally {
            deleteTree(work);
        }
    }

    /** What the reader left out or changed, one line each, for the import report. */
    static List<String> readerLines(QdpxContent content) {
        List<String> lines = new ArrayList<>(content.warnings());
        if (content.links() > 0) {
            lines.add(content.links() + " link" + (content.links() == 1 ? "" : "s")
                    + " between items not imported: Scholion does not hold links yet");
        }
        if (content.graphs() > 0) {
            lines.add(content.graphs() + " graph" + (content.graphs() == 1 ? "" : "s")
                    + " not imported: Scholion does not hold graphs");
        }
        content.unavailablePaths().forEach(path -> lines.add("not read: " + path));
        return lines;
    }

    /** Writes the whole project as a QDPX archive (atomically). */
    public static WriteReport exportProject(Project project, Path qdpx) throws IOException {
        return new QdpxWriter().write(project.exchange().exportProject(null), qdpx);
    }

    /**
     * Adds a QDC codebook's codes to the project as one undoable action; the reader's warnings
     * come first in the returned lines.
     */
    public static CodebookImport importCodebook(Project project, Path qdc, String actor) throws ExchangeException {
        QdcContent content = new QdcReader().read(qdc);
        return new CodebookImport(project.exchange().importCodebook(content.codebook(), actor), content.warnings());
    }

    /** A QDC import's report and what the reader had to say about the file. */
    public record CodebookImport(QdaCodebookImportReport report, List<String> readerWarnings) {
        public CodebookImport {
            readerWarnings = List.copyOf(readerWarnings);
        }

        public List<String> lines() {
            List<String> lines = new ArrayList<>(report.lines());
            readerWarnings.forEach(w -> lines.add("- " + w));
            return lines;
        }
    }

    /** Writes the project's codebook as a QDC file (atomically). */
    public static WriteReport exportCodebook(Project project, Path qdc) throws IOException {
        return new QdcWriter().write(project.exchange().exportCodebook(null), qdc);
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("scholion-qdpx-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a work folder for the import: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A work folder left in the system's temporary folder holds only copies of the archive's files.
        }
    }
}
