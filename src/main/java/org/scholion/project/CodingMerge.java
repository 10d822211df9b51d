package org.scholion.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scholion.corpus.CancellationSignal;
import org.scholion.exchange.ExchangeException;
import org.scholion.store.ProjectLayout;
import org.scholion.store.ProjectStore;

/**
 * How a second coder's work arrives for inter-coder agreement: another copy of the project, or a
 * QDPX file from a colleague, merged into this project with every coding under one coder's name.
 * Sources are matched by their text, codes by GUID or path (a missing code is created), codings
 * the coder has already are skipped. The merge is one action, undone as one step; a merge that fails
 * changes nothing and says why in one line naming the file. The other side is only read.
 */
public final class CodingMerge {

    private final ProjectStore store;
    private final MergeWriter writer;

    CodingMerge(ProjectStore store, IndexUpdates index) {
        this.store = store;
        this.writer = new MergeWriter(store, index);
    }

    /** Merges a folder as another Scholion project, a file as a REFI-QDA project (.qdpx). */
    public MergeReport from(Path other, String coder) {
        return from(other, coder, CancellationSignal.NONE);
    }

    /** The same as a long task: signalling {@code cancel} before the merge is stored stops it with nothing changed. */
    public MergeReport from(Path other, String coder, CancellationSignal cancel) {
        return from(other, coder, null, cancel);
    }

    /**
     * Merges only the codings that {@code onlyBy} made in the other project or file (all of them when
     * null or blank): for a copy that holds other coders' work besides the colleague's.
     */
    public MergeReport from(Path other, String coder, String onlyBy, CancellationSignal cancel) {
        String only = onlyBy == null || onlyBy.isBlank() ? null : onlyBy.strip();
        return Files.isDirectory(other) || Files.isDirectory(ProjectLayout.forNew(other).root())
                ? fromProject(other, coder, only, cancel) : fromQdpx(other, coder, only, cancel);
    }

    /** Merges the codings of another Scholion project (a copy of this one, coded by a colleague). */
    public MergeReport fromProject(Path folder, String coder) {
        return fromProject(folder, coder, null, CancellationSignal.NONE);
    }

    private MergeReport fromProject(Path folder, String coder, String onlyBy, CancellationSignal cancel) {
        String name = coderName(coder);
        ProjectLayout other = ProjectLayout.forExisting(folder);
        if (!Files.isRegularFile(other.database())) {
            throw new CodingMergeException("cannot merge " + folder + ": not a Scholion project (no project.db in it)");
        }
        if (same(other.root(), store.layout().root())) {
            throw new CodingMergeException("cannot merge " + folder + ": it is this project; merge another copy of it");
        }
        return write(ProjectMergeInput.read(other, folder), name, onlyBy, folder, cancel);
    }

    /** Merges the codings of a REFI-QDA project file, as NVivo, ATLAS.ti, MAXQDA or Scholion wrote it. */
    public MergeReport fromQdpx(Path qdpx, String coder) {
        return fromQdpx(qdpx, coder, null, CancellationSignal.NONE);
    }

    private MergeReport fromQdpx(Path qdpx, String coder, String onlyBy, CancellationSignal cancel) {
        String name = coderName(coder);
        if (!Files.isRegularFile(qdpx)) {
            throw new CodingMergeException("cannot merge " + qdpx + ": there is no such file");
        }
        MergeInput input;
        try {
            input = QdpxMergeInput.read(qdpx);
        } catch (ExchangeException e) {
            throw new CodingMergeException("cannot merge " + qdpx + ": " + oneLine(e.reason()
                    + (e.place().isEmpty() ? "" : " (" + e.place() + ")")), e);
        } catch (RuntimeException e) {
            throw new CodingMergeException("cannot merge " + qdpx + ": " + oneLine(e), e);
        }
        return write(input, name, onlyBy, qdpx, cancel);
    }

    private MergeReport write(MergeInput all, String coder, String onlyBy, Path file, CancellationSignal cancel) {
        MergeInput input = onlyBy == null ? all : all.onlyBy(onlyBy);
        if (cancel.isCancelled()) {
            throw new CodingMergeException("the merge of " + file + " was cancelled; nothing was changed");
        }
        try {
            return writer.write(input, coder, cancel).withCoders(all.coders(), onlyBy);
        } catch (CodingMergeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CodingMergeException("cannot merge " + file + ": " + oneLine(e) + "; nothing was changed", e);
        }
    }

    private static String coderName(String coder) {
        if (coder == null || coder.isBlank()) {
            throw new IllegalArgumentException("say under which coder's name the codings arrive (--as-coder NAME)");
        }
        return coder.strip();
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static String oneLine(Throwable e) {
        return oneLine(e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
