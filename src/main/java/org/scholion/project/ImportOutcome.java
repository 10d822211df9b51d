package org.scholion.project;

import java.nio.file.Path;
import org.scholion.source.SourceId;

/** What became of one file: imported as a source, skipped as a duplicate, or failed (with why). */
public record ImportOutcome(Path file, Status status, SourceId source, String message) {

    public enum Status { IMPORTED, DUPLICATE, FAILED }

    /** One line for the user: "file: imported as source 3 (...)". */
    public String line() {
        return file + ": " + message;
    }
}
