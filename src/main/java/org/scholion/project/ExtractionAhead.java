package org.scholion.project;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.DocumentExtractor;
import org.scholion.corpus.ExtractedDocument;
import org.scholion.corpus.ExtractionException;
import org.scholion.corpus.ExtractionOptions;

/**
 * Files extracted on a few threads ahead of the one thread that stores them, handed back in the
 * order they were given. Reading a PDF is most of an import's time and uses one core; storing and
 * indexing must stay on one thread, in order, so that source ids, progress and the log come out
 * as the files were listed. At most a window of files is ahead at once, counted in files and in
 * input bytes, so memory stays bounded however long the batch.
 */
final class ExtractionAhead implements AutoCloseable {

    /** Input bytes ahead of the store at most (the file being stored is not counted: one is always let through). */
    static final long MAX_BYTES_AHEAD = 64L * 1024 * 1024;
    static final String THREAD_NAME = "scholion-import-";

    /** What a worker made of a file: the document, or the one line saying why not. */
    record Extraction(ExtractedDocument document, String failure) {
    }

    private record Ahead(long bytes, Future<Extraction> extraction) {
    }

    private final ExecutorService workers;
    private final int window;
    private final Deque<Ahead> ahead = new ArrayDeque<>();
    private long bytesAhead;

    ExtractionAhead(int threads) {
        this.window = 2 * threads;
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    /** Threads for this machine: one per core, as pdftotext in a shell loop on each core would use. */
    static int threadsForThisMachine() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    boolean full() {
        return ahead.size() >= window || (!ahead.isEmpty() && bytesAhead >= MAX_BYTES_AHEAD);
    }

    /** Starts extracting a file; its result comes from {@link #next} after every file started before it. */
    void start(DocumentExtractor extractor, Path file, long bytes, ExtractionOptions options, CancellationSignal cancel) {
        ahead.addLast(new Ahead(bytes, workers.submit(() -> extract(extractor, file, options, cancel))));
        bytesAhead += bytes;
    }

    /** The oldest file's extraction, waiting for it if need be. */
    Extraction next() {
        Ahead oldest = ahead.removeFirst();
        bytesAhead -= oldest.bytes();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return oldest.extraction().get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (CancellationException e) {
                    return new Extraction(null, "extraction cancelled");
                } catch (ExecutionException e) {
                    return new Extraction(null, String.valueOf(e.getCause()));
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Runs on a worker. Every failure becomes the file's one line, whatever it is, so that one
     * hostile file fails alone: a stack overflow from a deeply nested document included.
     */
    private static Extraction extract(DocumentExtractor extractor, Path file, ExtractionOptions options,
                                      CancellationSignal cancel) {
        try {
            return new Extraction(extractor.extract(file, options, cancel), null);
        } catch (ExtractionException e) {
            return new Extraction(null, e.reason());
        } catch (RuntimeException e) {
            return new Extraction(null, String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            return new Extraction(null, "the document is nested too deeply to read");
        }
    }

    /** Abandons what is still ahead (the extractor sees the import's cancel signal) and ends the threads. */
    @Override
    public void close() {
        for (Ahead left : ahead) {
            left.extraction().cancel(true);
        }
        ahead.clear();
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return work -> Thread.ofPlatform().daemon().name(THREAD_NAME + count.incrementAndGet()).unstarted(work);
    }
}
