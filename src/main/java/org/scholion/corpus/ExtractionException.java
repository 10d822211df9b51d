package org.scholion.corpus;

import java.nio.file.Path;

/**
 * A file that could not be made into a source, with one line saying why, in words a researcher
 * understands: "report.pdf: the PDF is encrypted (password protected)".
 */
public final class ExtractionException extends Exception {

    private final transient Path file;
    private final String reason;

    public ExtractionException(Path file, String reason) {
        this(file, reason, null);
    }

    public ExtractionException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The reason alone, without the file name. */
    public String reason() {
        return reason;
    }
}
