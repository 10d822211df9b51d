package org.scholion.project;

/** A merge that could not be made, in one line naming the file and the problem; the project is unchanged. */
public final class CodingMergeException extends RuntimeException {

    public CodingMergeException(String message) {
        super(message);
    }

    public CodingMergeException(String message, Throwable cause) {
        super(message, cause);
    }
}
