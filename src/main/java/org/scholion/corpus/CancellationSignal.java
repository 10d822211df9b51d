package org.scholion.corpus;

import java.util.concurrent.atomic.AtomicBoolean;

/** Lets the caller (a progress dialog, a batch import) stop an extraction that is under way. */
@FunctionalInterface
public interface CancellationSignal {

    /** A signal that is never raised. */
    CancellationSignal NONE = () -> false;

    boolean isCancelled();

    /** A signal raised by calling {@link Flag#cancel()}, from any thread. */
    static Flag flag() {
        return new Flag();
    }

    final class Flag implements CancellationSignal {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        private Flag() {
        }

        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
