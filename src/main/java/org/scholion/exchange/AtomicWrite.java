package org.scholion.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file that is either complete or not there: into a temporary file beside the target,
 * then moved over it. (export has the same helper; exchange keeps its own, depending on the JDK alone.)
 */
final class AtomicWrite {

    /** Writes into a stream; may throw. */
    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    static <T> T write(Path target, Content<T> content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder of " + target + " does not exist");
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                result = content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
