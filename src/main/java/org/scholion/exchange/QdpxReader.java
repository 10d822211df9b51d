package org.scholion.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Reads a REFI-QDA project exchange file (.qdpx): a ZIP holding the project XML and its source
 * files, from any tool and untrusted. The archive is checked (zip slip, zip bomb, sizes) as it is
 * read, the XML is parsed without DTDs or entities, and the files the sources name are unpacked
 * into a work folder the caller provides and later deletes. Anything refused ends in one
 * {@link ExchangeException} and leaves the work folder as it was.
 */
public final class QdpxReader {

    private final ReadLimits limits;

    public QdpxReader() {
        this(ReadLimits.defaults());
    }

    public QdpxReader(ReadLimits limits) {
        this.limits = limits;
    }

    /**
     * @param workFolder an empty or not yet existing folder to unpack the sources' files into
     */
    public QdpxContent read(Path qdpx, Path workFolder) throws ExchangeException {
        prepare(workFolder);
        try (QdpxArchive archive = QdpxArchive.open(qdpx, limits)) {
            ReadWarnings warnings = new ReadWarnings();
            ArchiveFiles files = new ArchiveFiles(archive, workFolder, warnings);
            try {
                ZipEntry projectEntry = archive.project();
                if (!projectEntry.getName().equalsIgnoreCase("project.qde")) {
                    warnings.add("Archive", "the project XML is " + projectEntry.getName() + ", not project.qde");
                }
                try (InputStream in = archive.open(projectEntry);
                     XmlCursor cursor = XmlCursor.open(in, qdpx, projectEntry.getName(), limits)) {
                    QdeReader reader = new QdeReader(cursor, files, warnings);
                    QdaProject project = reader.read();
                    return new QdpxContent(project, warnings.lines(), reader.links(), reader.graphs(),
                            files.unavailable(), files.files());
                } catch (IOException e) {
                    throw archive.damaged(projectEntry, e);
                }
            } catch (ExchangeException | RuntimeException e) {
                files.deleteUnpacked();
                throw e;
            }
        }
    }

    private static void prepare(Path workFolder) throws ExchangeException {
        try {
            Files.createDirectories(workFolder);
            try (Stream<Path> inside = Files.list(workFolder)) {
                if (inside.findAny().isPresent()) {
                    throw new IllegalArgumentException("the work folder must be empty: " + workFolder);
                }
            }
        } catch (IOException e) {
            throw new ExchangeException(workFolder, "", "cannot make the work folder (" + e.getMessage() + ")", e);
        }
    }
}
