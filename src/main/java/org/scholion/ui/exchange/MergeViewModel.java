package org.scholion.ui.exchange;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.scholion.ui.workbench.Session;

/**
 * The form of File > Merge Codings from Project or QDPX: what to merge (a project folder or a .qdpx
 * file), the coder its codings arrive under, and optionally the one coder there whose codings to take. It says in one line what is missing, and hands the
 * merge to {@link ExchangeViewModel#mergeCodings}, which runs it as a long task and shows its report.
 */
public final class MergeViewModel {

    private final Session session;
    /** Runs a merge: what, under which coder, only whose codings there (blank: all). */
    @FunctionalInterface
    public interface Merge {
        void run(Path other, String coder, String onlyBy);
    }

    private final Merge merge;
    private final StringProperty other = new SimpleStringProperty("");
    private final StringProperty coder = new SimpleStringProperty("");
    private final StringProperty onlyBy = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding ready;

    /** @param merge runs the merge; in the workbench ExchangeViewModel::mergeCodings */
    public MergeViewModel(Session session, Merge merge) {
        this.session = session;
        this.merge = merge;
        this.problem = Bindings.createStringBinding(this::whatIsMissing, other, coder, session.projectProperty());
        this.ready = problem.isEmpty();
    }

    /** The project folder or .qdpx file, as typed or chosen. */
    public StringProperty otherProperty() {
        return other;
    }

    /** The name the merged codings are recorded under. */
    public StringProperty coderProperty() {
        return coder;
    }

    /** The one coder of the other side whose codings are merged; blank for all of them. */
    public StringProperty onlyByProperty() {
        return onlyBy;
    }

    /** What keeps the merge from starting, in one line; empty when it can start. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding readyProperty() {
        return ready;
    }

    /** Starts the merge if the form is complete; returns whether it started. */
    public boolean merge() {
        if (!ready.get()) {
            return false;
        }
        merge.run(Path.of(other.get().strip()), coder.get().strip(), onlyBy.get() == null ? "" : onlyBy.get().strip());
        return true;
    }

    private String whatIsMissing() {
        if (session.project() == null) {
            return "Open the project to merge into first.";
        }
        String path = other.get() == null ? "" : other.get().strip();
        if (path.isEmpty()) {
            return "Choose a project folder or a .qdpx file.";
        }
        try {
            Path.of(path);
        } catch (InvalidPathException e) {
            return "Not a path: " + path;
        }
        if (coder.get() == null || coder.get().isBlank()) {
            return "Name the coder whose codings these are.";
        }
        return "";
    }
}
