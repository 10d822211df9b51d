package org.scholion.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.scholion.corpus.CancellationSignal;
import org.scholion.corpus.DocumentExtractor;
import org.scholion.corpus.ExtractedDocument;
import org.scholion.corpus.ExtractionException;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.corpus.NormalisationStep;
import org.scholion.source.MetadataPatch;
import org.scholion.source.NewSource;
import org.scholion.source.OriginalFile;
import org.scholion.source.Source;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.TextOrigin;
import org.scholion.store.ProjectStore;

/**
 * Brings files into the project: each file is hashed (a file already imported is skipped), read by
 * the extractor, stored as a source in its own transaction with its original kept under
 * originals/, and indexed. Files are read on one worker per core a few files ahead
 * ({@link ExtractionAhead}) and stored on the calling thread in the order given, so ids, progress
 * and outcomes come in that order. A bad file is reported and passed over; it never stops the
 * batch and never touches what was already imported.
 */
public final class ImportService {

    private final ProjectStore store;
    private final Supplier<DocumentExtractor> extractorFactory;
    private final IndexUpdates index;
    private DocumentExtractor extractor;
    private FutureTask<DocumentExtractor> loading;

    ImportService(ProjectStore store, Supplier<DocumentExtractor> extractorFactory, IndexUpdates index) {
        this.store = store;
        this.extractorFactory = extractorFactory;
        this.index = index;
    }

    /**
     * Starts loading the extractor (Tika's parsers and the language model, two seconds of a cold
     * start) in the background, so that it is ready when the first file comes. For callers that
     * know an import is coming and have other work to do first: creating a project, reading a
     * codebook, listing a folder. The first import waits for it, or loads it itself if this was
     * never called.
     */
    public synchronized void prepare() {
        if (extractor == null && loading == null) {
            loading = new FutureTask<>(extractorFactory::get);
            Thread.ofPlatform().daemon().name("scholion-extractor-loader").start(loading);
        }
    }

    private synchronized DocumentExtractor extractor() {
        if (extractor == null) {
            extractor = loading == null ? extractorFactory.get() : loaded(loading);
            loading = null;
        }
        return extractor;
    }

    private static DocumentExtractor loaded(FutureTask<DocumentExtractor> loading) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return loading.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            // The same failure the caller would have seen loading it itself.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the document extractor did not load", e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public ImportReport importPaths(List<Path> paths, ImportRequest request, String actor, ImportListener listener,
                                    CancellationSignal cancel) {
        List<Path> files = new ArrayList<>();
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (Path path : paths) {
            collect(path, request, files, outcomes);
        }
        long totalBytes = files.stream().mapToLong(ImportService::sizeOf).sum();
        listener.started(files.size() + outcomes.size(), totalBytes);
        for (ImportOutcome missing : outcomes) {
            listener.fileDone(missing, outcomes.indexOf(missing) + 1, 0);
        }
        long[] bytesDoneSoFar = {0};
        index.inBatch(() -> {
            try (ExtractionAhead ahead = new ExtractionAhead(ExtractionAhead.threadsForThisMachine())) {
                Batch batch = new Batch(files, request, cancel, ahead);
                while (!cancel.isCancelled()) {
                    batch.startMore();
                    Pending pending = batch.pending.pollFirst();
                    if (pending == null) {
                        return;
                    }
                    ImportOutcome outcome = finish(pending, batch, actor);
                    outcomes.add(outcome);
                    bytesDoneSoFar[0] += pending.bytes();
                    listener.fileDone(outcome, outcomes.size(), bytesDoneSoFar[0]);
                }
            }
        });
        return new ImportReport(outcomes, cancel.isCancelled());
    }

    /**
     * A file between its start and its outcome: already decided (a duplicate, unreadable), the
     * same as an earlier file of this batch (decided when that one is stored), or being extracted.
     */
    private record Pending(Path file, long bytes, String sha256, ImportOutcome decided, boolean sameAsEarlier) {
    }

    /**
     * The files of one import call, started in order: hashed and checked against the project on
     * the storing thread (the store has one connection), then extracted ahead on the workers.
     */
    private final class Batch {
        final Deque<Pending> pending = new ArrayDeque<>();
        private final Iterator<Path> files;
        private final ImportRequest request;
        private final CancellationSignal cancel;
        private final ExtractionAhead ahead;
        private final Set<String> started = new HashSet<>();
        private final int lookahead;

        Batch(List<Path> files, ImportRequest request, CancellationSignal cancel, ExtractionAhead ahead) {
            this.files = files.iterator();
            this.request = request;
            this.cancel = cancel;
            this.ahead = ahead;
            // Duplicates and unreadable files take no worker; they still wait their turn, so a
            // folder imported again reports progress file by file rather than after hashing all.
            this.lookahead = 4 * ExtractionAhead.threadsForThisMachine();
        }

        void startMore() {
            while (files.hasNext() && !ahead.full() && pending.size() < lookahead && !cancel.isCancelled()) {
                pending.addLast(start(files.next()));
            }
        }

        private Pending start(Path file) {
            long bytes = sizeOf(file);
            try {
                String sha256 = sha256(file);
                var existing = store.sources().findByFileSha256(sha256);
                if (existing.isPresent()) {
                    return new Pending(file, bytes, sha256, duplicate(file, existing.get()), false);
                }
                if (!started.add(sha256)) {
                    return new Pending(file, bytes, sha256, null, true);
                }
                ahead.start(extractor(), file, bytes, optionsFor(request.patchFor(file), request.options()), cancel);
                return new Pending(file, bytes, sha256, null, false);
            } catch (IOException e) {
                return new Pending(file, bytes, null, failed(file, "cannot read the file: " + e.getMessage()), false);
            } catch (RuntimeException e) {
                return new Pending(file, bytes, null, failed(file, String.valueOf(e.getMessage())), false);
            }
        }
    }

    private ImportOutcome finish(Pending pending, Batch batch, String actor) {
        if (pending.decided() != null) {
            return pending.decided();
        }
        Path file = pending.file();
        ExtractionAhead.Extraction extraction;
        if (pending.sameAsEarlier()) {
            var earlier = store.sources().findByFileSha256(pending.sha256());
            if (earlier.isPresent()) {
                return duplicate(file, earlier.get());
            }
            // The earlier copy failed; this one is read now, as it would have been on its own.
            extraction = extractHere(file, batch);
        } else {
            extraction = batch.ahead.next();
        }
        if (extraction.failure() != null) {
            return failed(file, extraction.failure());
        }
        return store(file, extraction.document(), batch.request.patchFor(file), actor);
    }

    private ExtractionAhead.Extraction extractHere(Path file, Batch batch) {
        try {
            return new ExtractionAhead.Extraction(extractor().extract(file,
                    optionsFor(batch.request.patchFor(file), batch.request.options()), batch.cancel), null);
        } catch (ExtractionException e) {
            return new ExtractionAhead.Extraction(null, e.reason());
        } catch (RuntimeException e) {
            return new ExtractionAhead.Extraction(null, String.valueOf(e.getMessage()));
        }
    }

    private ImportOutcome store(Path file, ExtractedDocument document, MetadataPatch patch, String actor) {
        try {
            SourceMetadata metadata = metadataOf(file, document, patch);
            keepOriginal(file, document.sha256());
            Source source = store.write(actor, () -> {
                SourceMetadata keyed = metadata.withCitationKey(CitationKeys.unique(metadata, store.sources()::citationKeyTaken));
                Source added = store.sources().add(new NewSource(keyed, document.text(), document.pages(),
                        new OriginalFile(document.sha256(), file.getFileName().toString(), document.mediaType(),
                                document.bytes())), store.now());
                index.sourceAdded(added.id());
                return added;
            });
            return new ImportOutcome(file, ImportOutcome.Status.IMPORTED, source.id(), "imported as source "
                    + source.id() + " ('" + source.title() + "', " + source.textLength() + " characters"
                    + (source.pageCount() > 0 ? ", " + source.pageCount() + " pages" : "") + ")");
        } catch (IOException e) {
            return failed(file, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            return failed(file, String.valueOf(e.getMessage()));
        }
    }

    private static ImportOutcome duplicate(Path file, Source existing) {
        return new ImportOutcome(file, ImportOutcome.Status.DUPLICATE, existing.id(),
                "already imported as source " + existing.id() + " ('" + existing.title() + "'), skipped");
    }

    private static ImportOutcome failed(Path file, String reason) {
        return new ImportOutcome(file, ImportOutcome.Status.FAILED, null, reason);
    }

    private static ExtractionOptions optionsFor(MetadataPatch patch, ExtractionOptions options) {
        if (patch.origin() == TextOrigin.PDF) {
            return options.asPdfText();
        }
        if (patch.origin() == TextOrigin.WEB && options.steps() == null) {
            return options.withSteps(NormalisationStep.forWebText());
        }
        return options;
    }

    private static SourceMetadata metadataOf(Path file, ExtractedDocument document, MetadataPatch patch) {
        var found = document.metadata();
        String name = file.getFileName().toString();
        String title = found.title() == null || found.title().isBlank()
                ? (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name) : found.title();
        return patch.applyTo(new SourceMetadata(title, SourceType.OTHER, found.authors(), found.date(),
                found.language(), null, null));
    }

    private void keepOriginal(Path file, String sha256) throws IOException {
        OriginalCopies.keep(store.layout(), file, sha256);
    }

    /** Regular files under a path, in name order, leaving out hidden files and the request's skips. */
    private static void collect(Path path, ImportRequest request, List<Path> files, List<ImportOutcome> missing) {
        if (!Files.exists(path)) {
            missing.add(new ImportOutcome(path, ImportOutcome.Status.FAILED, null, "there is no such file or folder"));
            return;
        }
        if (Files.isRegularFile(path)) {
            files.add(path);
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !request.skip().contains(p.toAbsolutePath().normalize()))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            missing.add(new ImportOutcome(path, ImportOutcome.Status.FAILED, null, "cannot list the folder: " + e.getMessage()));
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
