package org.scholion.corpus;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * One parse, run in a worker thread so that a parser stuck in a hostile file can be abandoned: on
 * timeout or cancellation the caller stops waiting at once, and the worker is interrupted and
 * stops at its next SAX event (a parser that never emits one is left to finish on its own daemon
 * thread; it cannot be killed safely in a JVM).
 */
final class TikaParse {

    /** What the parser produced: raw text, page starts (UTF-16 indices) and the file's metadata. */
    record Raw(String text, int[] pageStarts, Metadata metadata) {
    }

    /** The parse did not finish in time, or was cancelled; the reason is said by the caller. */
    static final class Abandoned extends Exception {
        final boolean cancelled;

        Abandoned(boolean cancelled) {
            super(cancelled ? "cancelled" : "timed out");
            this.cancelled = cancelled;
        }
    }

    private static final long POLL_MILLIS = 50;

    private TikaParse() {
    }

    static Raw run(Parser parser, Path file, Duration limit, long maxCharacters, CancellationSignal cancel)
            throws Exception {
        AtomicBoolean abandoned = new AtomicBoolean();
        CancellationSignal stop = () -> abandoned.get() || cancel.isCancelled();
        FutureTask<Raw> task = new FutureTask<>(() -> parse(parser, file, maxCharacters, stop));
        Thread worker = Thread.ofPlatform().daemon().name("scholion-extract-" + file.getFileName()).unstarted(task);
        worker.start();
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (true) {
                if (cancel.isCancelled()) {
                    throw new Abandoned(true);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new Abandoned(false);
                }
                try {
                    return task.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS);
                } catch (TimeoutException stillRunning) {
                    // poll the cancellation signal again
                } catch (ExecutionException failed) {
                    for (Throwable t = failed.getCause(); t != null; t = t.getCause()) {
                        if (t instanceof PagedTextHandler.Stop s && s.why == PagedTextHandler.Stop.Why.CANCELLED) {
                            throw new Abandoned(true);
                        }
                    }
                    throw failed.getCause() instanceof Exception e ? e : new ExecutionException(failed.getCause());
                }
            }
        } catch (Abandoned e) {
            abandoned.set(true);
            task.cancel(true);
            throw e;
        }
    }

    private static Raw parse(Parser parser, Path file, long maxCharacters, CancellationSignal stop)
            throws Exception {
        PagedTextHandler handler = new PagedTextHandler(maxCharacters, stop);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        ParseContext context = new ParseContext();
        // Attachments and embedded objects (images, OLE objects) are not the document's text.
        context.set(Parser.class, new EmptyParser());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (StackOverflowError deep) {
            throw new PagedTextHandler.Stop(PagedTextHandler.Stop.Why.TOO_DEEP);
        }
        return new Raw(handler.text(), handler.pageStarts(), metadata);
    }
}
