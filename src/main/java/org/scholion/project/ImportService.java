package org.scholion.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
 * originals/, and indexed. A bad file is reported and passed over; it never stops the batch and
 * never touches what was already imported.
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
            for (Path file : files) {
                if (cancel.isCancelled()) {
                    return;
                }
                ImportOutcome outcome = importOne(file, request, actor, cancel);
                outcomes.add(outcome);
                bytesDoneSoFar[0] += sizeOf(file);
                listener.fileDone(outcome, outcomes.size(), bytesDoneSoFar[0]);
            }
        });
        return new ImportReport(outcomes, cancel.isCancelled());
    }

    private ImportOutcome importOne(Path file, ImportRequest request, String actor, CancellationSignal cancel) {
        try {
            String sha256 = sha256(file);
            var existing = store.sources().findByFileSha256(sha256);
            if (existing.isPresent()) {
                return new ImportOutcome(file, ImportOutcome.Status.DUPLICATE, existing.get().id(),
                        "already imported as source " + existing.get().id() + " ('" + existing.get().title() + "'), skipped");
            }
            MetadataPatch patch = request.patchFor(file);
            ExtractedDocument document = extractor().extract(file, optionsFor(patch, request.options()), cancel);
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
        } catch (ExtractionException e) {
            return new ImportOutcome(file, ImportOutcome.Status.FAILED, null, e.reason());
        } catch (IOException e) {
            return new ImportOutcome(file, ImportOutcome.Status.FAILED, null, "cannot read the file: " + e.getMessage());
        } catch (RuntimeException e) {
            return new ImportOutcome(file, ImportOutcome.Status.FAILED, null, String.valueOf(e.getMessage()));
        }
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
        Path target = store.layout().originals().resolve(sha256);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".import-", ".tmp");
        try {
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
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
