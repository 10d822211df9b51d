package org.scholion.codebook;

/** A codebook operation that would break one of the codebook's rules; nothing was changed. */
public class CodebookException extends RuntimeException {
    public CodebookException(String message) {
        super(message);
    }
}
