package org.scholion.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The private work folder a merge reads the other side in, always deleted afterwards. */
final class MergeFiles {

    private MergeFiles() {
    }

    static Path workFolder() {
        try {
            return Files.createTempDirectory("scholion-merge-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a work folder for the merge: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // What is left in the system's temporary folder is only a copy of the other side.
        }
    }
}
