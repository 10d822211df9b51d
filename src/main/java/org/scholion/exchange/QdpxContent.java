package org.scholion.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link QdpxReader} read from a .qdpx: the project, and what the import report must list.
 *
 * @param project the project as the file has it (positions as written)
 * @param warnings one line per thing worked around: "Code 'Security' (…): isCodable missing; taken as true"
 * @param links Link elements, which Scholion does not represent
 * @param graphs Graph elements, which Scholion does not represent
 * @param unavailablePaths one line per file path not read: outside the archive (relative://,
 *                         absolute://, file://, an absolute path) or missing from it
 * @param files the unpacked copies of the files the sources name (plain text, DOCX, PDF), in the
 *              caller's work folder, by the path as the XML wrote it
 */
public record QdpxContent(QdaProject project, List<String> warnings, int links, int graphs,
                          List<String> unavailablePaths, Map<String, Path> files) {

    public QdpxContent {
        warnings = List.copyOf(warnings);
        unavailablePaths = List.copyOf(unavailablePaths);
        files = Map.copyOf(files);
    }

    /**
     * The unpacked file a source names ({@code richTextPath}, {@code plainTextPath}), by the path
     * exactly as the source record holds it; empty when it was not in the archive.
     */
    public Optional<Path> file(String writtenPath) {
        return writtenPath == null ? Optional.empty() : Optional.ofNullable(files.get(writtenPath.strip()));
    }

    /** Selections of kinds Scholion cannot hold (picture and PDF regions, audio, video, transcripts), over all sources. */
    public int unsupportedSelections() {
        return project.sources().stream().mapToInt(QdaSource::unsupportedSelections).sum();
    }
}
