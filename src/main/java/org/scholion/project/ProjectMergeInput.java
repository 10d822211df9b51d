package org.scholion.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingFilter;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.store.ProjectLayout;
import org.scholion.store.ProjectStore;

/**
 * Reads another Scholion project for a merge without touching it: its database (and write-ahead
 * log, if it has one) is copied into a private work folder and the copy is opened, so the other
 * project is neither locked, nor migrated, nor changed, even if another Scholion has it open.
 */
final class ProjectMergeInput {

    private static final String[] DATABASE_FILES = {"project.db", "project.db-wal"};

    private ProjectMergeInput() {
    }

    /**
     * @param shown the folder as the user named it, for the messages
     * @throws CodingMergeException when the project cannot be read, naming it (never the copy)
     */
    static MergeInput read(ProjectLayout other, Path shown) {
        Path work = MergeFiles.workFolder();
        Path copy = work.resolve("other" + ProjectLayout.EXTENSION);
        try {
            Files.createDirectories(copy);
            for (String name : DATABASE_FILES) {
                Path file = other.root().resolve(name);
                if (Files.isRegularFile(file)) {
                    Files.copy(file, copy.resolve(name));
                }
            }
            try (Project project = Project.open(copy)) {
                return project.store().read(() -> input(other.root().toString(), project.store()));
            }
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            throw new CodingMergeException("cannot merge " + shown + ": the project cannot be read ("
                    + reason.replace(copy.toString(), other.root().toString()).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip()
                    + ")", e);
        } finally {
            MergeFiles.deleteTree(work);
        }
    }

    private static MergeInput input(String file, ProjectStore store) {
        Codebook codebook = store.codes().codebook();
        Map<CodeId, String> guids = store.codes().guids();
        Map<CodeId, MergeInput.Code> codes = new HashMap<>();
        Map<SourceId, List<MergeInput.Coding>> bySource = new HashMap<>();
        for (Coding coding : store.codings().list(CodingFilter.ALL)) {
            MergeInput.Code code = codes.computeIfAbsent(coding.code(), id -> code(codebook, guids, id));
            bySource.computeIfAbsent(coding.source(), s -> new ArrayList<>())
                    .add(new MergeInput.Coding(coding.span(), code, coding.memo(), coding.created(),
                            coding.coder().name()));
        }
        List<MergeInput.Source> sources = new ArrayList<>();
        for (Source source : store.sources().list()) {
            sources.add(MergeInput.Source.withText(source.title(), store.sources().text(source.id()),
                    bySource.getOrDefault(source.id(), List.of())));
        }
        return new MergeInput(file, null, sources, List.of());
    }

    private static MergeInput.Code code(Codebook codebook, Map<CodeId, String> guids, CodeId id) {
        List<MergeInput.Step> path = new ArrayList<>();
        for (Code code = codebook.get(id); code != null; code = code.parent() == null ? null : codebook.get(code.parent())) {
            path.addFirst(new MergeInput.Step(code.name(), guids.get(code.id()), code.color()));
        }
        return new MergeInput.Code(path);
    }
}
