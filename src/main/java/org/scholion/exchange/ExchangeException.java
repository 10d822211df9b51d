package org.scholion.exchange;

import java.nio.file.Path;

/**
 * A REFI-QDA file that cannot be read, with one line saying which file, where in it and why:
 * "study.qdpx: project.qde line 2:10: a DOCTYPE is not allowed". Thrown for files that are not
 * ZIP or XML, are not REFI-QDA, or are hostile (zip slip, zip bomb, entities) or over a size limit;
 * quirks a reader can work around become warnings instead.
 */
public final class ExchangeException extends Exception {

    private final transient Path file;
    private final String place;
    private final String reason;

    /**
     * @param place where in the file: an entry name, "project.qde line 3:14", or "" for the whole file
     */
    public ExchangeException(Path file, String place, String reason) {
        this(file, place, reason, null);
    }

    public ExchangeException(Path file, String place, String reason, Throwable cause) {
        super(line(file, place, reason), cause);
        this.file = file;
        this.place = place == null ? "" : place;
        this.reason = reason;
    }

    private static String line(Path file, String place, String reason) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String where = place == null || place.isEmpty() ? "" : place + ": ";
        return (name + ": " + where + reason).replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    public Path file() {
        return file;
    }

    /** Where in the file the problem is, "" when it concerns the file as a whole. */
    public String place() {
        return place;
    }

    /** The reason alone, without file and place. */
    public String reason() {
        return reason;
    }
}
