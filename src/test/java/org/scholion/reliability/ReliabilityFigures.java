package org.scholion.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the reliability tests leave their figures (kills survived, files tried, fuzz tries) for the
 * build to print at the end of the run: one line per file in the folder the build names.
 */
public final class ReliabilityFigures {

    private ReliabilityFigures() {
    }

    /** Records one line under a name; a later record under the same name replaces it. */
    public static void record(String name, String line) {
        String folder = System.getProperty("scholion.reliability.dir");
        if (folder == null) {
            return; // run outside the build (an IDE): the test's own assertions are what counts
        }
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            Files.writeString(dir.resolve(name + ".txt"), line + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the figures of " + name, e);
        }
    }
}
