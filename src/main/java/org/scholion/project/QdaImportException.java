package org.scholion.project;

/** An exchange import that could not be done, in one line; it leaves nothing behind. */
public final class QdaImportException extends RuntimeException {

    public QdaImportException(String message) {
        super(message);
    }

    public QdaImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
