package org.scholion.exchange;

import java.io.IOException;

/**
 * Carries a size-limit rejection out of an {@link java.io.InputStream} (which may only throw
 * IOException) through whatever reads it (a parser, a decoder) to where it is unwrapped.
 */
final class EntryLimitException extends IOException {

    private final transient ExchangeException problem;

    EntryLimitException(ExchangeException problem) {
        super(problem.getMessage());
        this.problem = problem;
    }

    ExchangeException problem() {
        return problem;
    }
}
