package org.scholion.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scholion.store.ProjectLayout;

/**
 * The file beside the index saying the index may have fallen behind the store; unlike a flag it
 * survives the process. It is put down before a change reaches the store and taken away only once
 * the index has committed the change, so a process that dies anywhere in between (after the store's
 * commit but before the index heard of it, say) leaves it behind, and the next opening rebuilds the
 * index from the store.
 */
final class StaleIndexMarker {

    private final Path file;

    StaleIndexMarker(ProjectLayout layout) {
        this.file = layout.staleIndexMarker();
    }

    boolean isSet() {
        return Files.exists(file);
    }

    /** Puts the marker down (if it is not there yet); false if the folder will not take it. */
    boolean set(String reason) {
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, reason);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    void clear() throws IOException {
        Files.deleteIfExists(file);
    }
}
