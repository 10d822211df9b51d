package org.scholion.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.scholion.store.ProjectLayout;

/**
 * The imported files kept under originals/, named by their SHA-256. A copy is written beside its
 * place, forced to disk and then moved there in one step, so a file under its hash is always whole;
 * a copy a crash left half done keeps its temporary name and is removed when the project opens.
 */
final class OriginalCopies {

    private static final String PREFIX = ".import-";
    private static final String SUFFIX = ".tmp";

    private OriginalCopies() {
    }

    /** Keeps a copy of {@code file} under its hash, unless one is there already. */
    static void keep(ProjectLayout layout, Path file, String sha256) throws IOException {
        Path target = layout.originals().resolve(sha256);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), PREFIX, SUFFIX);
        try {
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            // On disk before the source that names it is committed: a power cut cannot leave the
            // store pointing at an empty copy.
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Removes copies a killed process left half done. Called with the project's lock held. */
    static void removeLeftovers(ProjectLayout layout) {
        if (!Files.isDirectory(layout.originals())) {
            return;
        }
        try (DirectoryStream<Path> left = Files.newDirectoryStream(layout.originals(), PREFIX + "*" + SUFFIX)) {
            for (Path file : left) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a leftover costs disk space, nothing else; the next opening tries again
        }
    }
}
