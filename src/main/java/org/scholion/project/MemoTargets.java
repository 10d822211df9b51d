package org.scholion.project;

import java.util.Optional;
import org.scholion.codebook.Codebook;
import org.scholion.coding.MemoTarget;
import org.scholion.store.ProjectStore;
import org.scholion.store.StoreException;

/**
 * Names the things memos are written about, as the project has them now: in listings (the
 * project's name, a source's title, a code's path) and in sentences ("code 'A/B'"). Reads the
 * codebook once; used inside one read or write.
 */
final class MemoTargets {

    private static final int SHORT_TITLE = 40;

    private final ProjectStore store;
    private Codebook codebook;

    MemoTargets(ProjectStore store) {
        this.store = store;
    }

    /** The target's name, or empty when it no longer exists. */
    Optional<String> name(MemoTarget target) {
        return switch (target) {
            case MemoTarget.OnProject p -> Optional.of(store.info().name());
            case MemoTarget.OnSource s -> store.sources().find(s.source()).map(source -> source.title());
            case MemoTarget.OnCode c -> codebook().find(c.code()).map(code -> codebook().pathOf(code.id()).toString());
        };
    }

    /** The target in a sentence: "the project", "source 'Title'" (a long title cut short), "code 'A/B'". */
    String phrase(MemoTarget target) {
        return switch (target) {
            case MemoTarget.OnProject p -> "the project";
            case MemoTarget.OnSource s -> "source " + name(target).map(t -> "'" + shortened(t) + "'")
                    .orElse(Long.toString(s.source().value()));
            case MemoTarget.OnCode c -> "code " + name(target).map(t -> "'" + t + "'")
                    .orElse(Long.toString(c.code().value()));
        };
    }

    /** Refuses a target that does not exist, in one line. */
    void check(MemoTarget target) {
        if (name(target).isEmpty()) {
            throw new StoreException(switch (target) {
                case MemoTarget.OnSource s -> "there is no source with id " + s.source();
                case MemoTarget.OnCode c -> "there is no code with id " + c.code();
                case MemoTarget.OnProject p -> "the project cannot be read";
            });
        }
    }

    private Codebook codebook() {
        if (codebook == null) {
            codebook = store.codes().codebook();
        }
        return codebook;
    }

    private static String shortened(String title) {
        return title.codePointCount(0, title.length()) <= SHORT_TITLE ? title
                : title.substring(0, title.offsetByCodePoints(0, SHORT_TITLE - 1)).strip() + "\u2026";
    }
}
