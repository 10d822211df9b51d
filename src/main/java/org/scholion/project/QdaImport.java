package org.scholion.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.scholion.corpus.DocumentExtractor;
import org.scholion.corpus.TikaDocumentExtractor;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaProject;
import org.scholion.store.ProjectLayout;
import org.scholion.store.ProjectStore;

/**
 * Makes a REFI-QDA project (as the reader gives it) into a new Scholion project
 * (docs/exchange-mapping.md). The project is built beside its target under a hidden temporary
 * name, in one transaction per phase (people and codes, sources, codings, notes, cases and sets),
 * indexed once at the end and only then moved into place; whatever fails, the temporary folder is
 * deleted, so no partial project is ever left, and the failure is one line.
 */
public final class QdaImport {

    private final Supplier<DocumentExtractor> extractors;
    private DocumentExtractor extractor;

    /** @param extractors makes the extractor for sources the file gives only as DOCX or PDF; asked at most once */
    public QdaImport(Supplier<DocumentExtractor> extractors) {
        this.extractors = extractors;
    }

    /** An import that reads rich-text sources with Tika, as a file import does. */
    public static QdaImport withTika() {
        return new QdaImport(TikaDocumentExtractor::new);
    }

    /** The folder and report of a finished import. */
    public record Imported(Path project, QdaImportReport report) {
    }

    public Imported intoNewProject(QdaProject model, QdaImportRequest request) {
        Path target = ProjectLayout.forNew(request.target()).root();
        refuseOccupied(target);
        String base = target.getFileName().toString();
        Path temporary = target.resolveSibling("." + base.substring(0, base.length() - ProjectLayout.EXTENSION.length())
                + ".importing-" + UUID.randomUUID().toString().substring(0, 8) + ProjectLayout.EXTENSION);
        try {
            QdaImportReport report;
            String name = model.name().isBlank() ? ProjectLayout.forNew(target).name() : QdaImportReport.oneLine(model.name());
            try (Project project = Project.create(temporary, name, request.clock())) {
                report = fill(project, model, request);
            }
            moveIntoPlace(temporary, target);
            return new Imported(target, report);
        } catch (RuntimeException | Error e) {
            deleteTree(temporary);
            if (e instanceof QdaImportException failure) {
                throw failure;
            }
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new QdaImportException("cannot import into " + target + ": "
                    + QdaImportReport.oneLine(reason.replace(temporary.toString(), target.toString())), e);
        }
    }

    private QdaImportReport fill(Project project, QdaProject model, QdaImportRequest request) {
        ProjectStore store = project.store();
        String actor = request.actor();
        QdaImportState state = new QdaImportState(store, model, actor, store.now());
        store.write(actor, () -> {
            store.describe(model.description());
            new QdaPeopleAndCodes(state).run();
        });
        checkCancelled(request);
        Map<Guid, QdaSourcesImport.Extracted> extracted =
                QdaSourcesImport.extract(state, this::extractor, request.richTextFiles(), request.cancel());
        checkCancelled(request);
        store.write(actor, () -> new QdaSourcesImport(state).run(extracted));
        checkCancelled(request);
        PositionCounting.Choice counting = PositionCounting.choose(QdaCodingsImport.samples(state), model.origin());
        store.write(actor, () -> new QdaCodingsImport(state, counting.counting()).run());
        checkCancelled(request);
        store.write(actor, () -> new QdaNotesImport(state).run());
        store.write(actor, () -> QdaCasesAndSetsImport.run(state));
        checkCancelled(request);
        if (!project.indexStatus().needsRebuild()) {
            project.search().reindex(); // a new project's index is built when first opened; this is for any other
        }
        ProjectSummary summary = project.summary();
        QdaImportReport.Counts counts = new QdaImportReport.Counts(summary.coders(), summary.codes(),
                summary.sources(), summary.codings(), store.memos().all().size(), state.codingMemos, state.attributes,
                state.cases, state.sets);
        return new QdaImportReport(counts, counting.explanation(), state.notes);
    }

    private synchronized DocumentExtractor extractor() {
        if (extractor == null) {
            extractor = extractors.get();
        }
        return extractor;
    }

    private static void checkCancelled(QdaImportRequest request) {
        if (request.cancel().isCancelled()) {
            throw new QdaImportException("the import was cancelled; no project was made");
        }
    }

    private static void refuseOccupied(Path target) {
        if (Files.isRegularFile(target)) {
            throw new QdaImportException(target + ": a file of that name exists");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new QdaImportException(target + ": the folder exists and is not empty");
                }
            } catch (IOException e) {
                throw new QdaImportException(target + ": cannot look into the folder: " + e.getMessage(), e);
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) {
        try {
            refuseOccupied(target);
            Files.deleteIfExists(target);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new QdaImportException("cannot move the imported project to " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Nothing more can be done here; the folder is hidden and named as an unfinished import.
        }
    }
}
