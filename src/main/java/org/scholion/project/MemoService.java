package org.scholion.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scholion.coding.Memo;
import org.scholion.coding.MemoPlacement;
import org.scholion.coding.MemoTarget;
import org.scholion.store.ProjectStore;

/**
 * The researcher's memos on the project, its sources and its codes. Writing, editing and deleting
 * one is a user action: one transaction with its log entries, so undo and redo reverse it (a memo
 * written disappears on undo; a deleted one comes back with its id, author and creation time).
 *
 * <p>Each target has at most one <em>own</em> memo: its first memo without a title, the one the
 * workbench shows and edits in place ({@link #memoText}, {@link #setMemoText}). Memos with a title
 * (written so on the command line, or moved from a merged or deleted code) are notes beside it.
 */
public final class MemoService {

    private final ProjectStore store;

    MemoService(ProjectStore store) {
        this.store = store;
    }

    /** Every memo in the project, oldest first, with the names of their targets. */
    public List<MemoRow> rows() {
        return store.read(() -> rows(store.memos().all()));
    }

    /** The memos on one target, oldest first; refused if the target does not exist. */
    public List<MemoRow> rows(MemoTarget target) {
        return store.read(() -> {
            new MemoTargets(store).check(target);
            return rows(store.memos().on(target));
        });
    }

    public List<Memo> list() {
        return store.read(() -> store.memos().all());
    }

    public List<Memo> on(MemoTarget target) {
        return store.read(() -> {
            new MemoTargets(store).check(target);
            return store.memos().on(target);
        });
    }

    public Memo get(long id) {
        return store.read(() -> store.memos().get(id));
    }

    /** The name of a target (project name, source title, code path), or empty if it no longer exists. */
    public Optional<String> targetName(MemoTarget target) {
        return store.read(() -> new MemoTargets(store).name(target));
    }

    /** Writes a new memo on a target, under the actor's name as its author. */
    public Memo add(MemoTarget target, String title, String text, String actor) {
        String titled = orEmpty(title);
        String written = orEmpty(text);
        refuseEmpty(titled, written);
        return store.write(actor, () -> {
            new MemoTargets(store).check(target);
            Memo memo = store.memos().add(target, titled, written, store.coders().ensure(actor, store.now()), store.now());
            store.log().memoWritten(memo);
            return memo;
        });
    }

    /**
     * Changes a memo's title and text (null keeps either as it is); its author and creation time
     * stay. Nothing is written, and nothing logged, when neither changes.
     */
    public Memo edit(long id, String title, String text, String actor) {
        return store.write(actor, () -> {
            Memo memo = store.memos().get(id);
            String titled = title == null ? memo.title() : title;
            String written = text == null ? memo.text() : text;
            if (titled.equals(memo.title()) && written.equals(memo.text())) {
                return memo;
            }
            refuseEmpty(titled, written);
            store.memos().edit(id, titled, written, store.now());
            store.log().memoMoved(MemoPlacement.of(memo), new MemoPlacement(id, memo.target(), titled, written));
            return store.memos().get(id);
        });
    }

    /** Deletes a memo; undo brings it back. Returns it as it was. */
    public Memo delete(long id, String actor) {
        return store.write(actor, () -> {
            Memo memo = store.memos().get(id);
            store.memos().delete(id);
            store.log().memoDeleted(memo);
            return memo;
        });
    }

    /** The text of a target's own memo; empty when there is none. Refused if the target does not exist. */
    public String memoText(MemoTarget target) {
        return store.read(() -> {
            new MemoTargets(store).check(target);
            return own(target).map(Memo::text).orElse("");
        });
    }

    /**
     * Replaces the text of a target's own memo: writes the memo if there is none, deletes it when
     * the text is blank, and does nothing (logs nothing) when the text is unchanged. Returns the
     * text now stored.
     */
    public String setMemoText(MemoTarget target, String text, String actor) {
        String written = orEmpty(text);
        return store.write(actor, () -> {
            new MemoTargets(store).check(target);
            Optional<Memo> own = own(target);
            if (own.isEmpty()) {
                if (!written.isBlank()) {
                    store.log().memoWritten(store.memos().add(target, "", written,
                            store.coders().ensure(actor, store.now()), store.now()));
                }
                return written.isBlank() ? "" : written;
            }
            Memo memo = own.get();
            if (written.isBlank()) {
                store.memos().delete(memo.id());
                store.log().memoDeleted(memo);
                return "";
            }
            if (!Objects.equals(written, memo.text())) {
                store.memos().edit(memo.id(), memo.title(), written, store.now());
                store.log().memoMoved(MemoPlacement.of(memo), new MemoPlacement(memo.id(), target, memo.title(), written));
            }
            return written;
        });
    }

    private Optional<Memo> own(MemoTarget target) {
        return store.memos().on(target).stream().filter(m -> m.title().isEmpty()).findFirst();
    }

    private List<MemoRow> rows(List<Memo> memos) {
        MemoTargets targets = new MemoTargets(store);
        return memos.stream().map(m -> new MemoRow(m, targets.name(m.target()).orElse(""))).toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void refuseEmpty(String title, String text) {
        if (title.isBlank() && text.isBlank()) {
            throw new IllegalArgumentException("a memo needs a title or some text");
        }
    }
}
