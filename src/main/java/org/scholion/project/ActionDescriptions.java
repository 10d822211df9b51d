package org.scholion.project;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingAction;
import org.scholion.coding.CodingAction.Kind;
import org.scholion.coding.MemoChange;
import org.scholion.coding.MemoPlacement;
import org.scholion.coding.MemoTarget;

/**
 * A user action in a few words, read from its log entries, for the Edit menu and the command line:
 * "coded 42 characters with 'Security interests'", "wrote a memo on the project". A codebook action
 * says what its own entry says.
 */
final class ActionDescriptions {

    private ActionDescriptions() {
    }

    /**
     * @param memoTargets names a memo's target in a sentence ("code 'A/B'")
     */
    static String describe(List<CodingAction> actions, Codebook codebook, Function<MemoTarget, String> memoTargets) {
        var codebookEntry = actions.stream().filter(a -> a.kind() == Kind.CODEBOOK).findFirst();
        if (codebookEntry.isPresent()) {
            return codebookEntry.get().detail();
        }
        List<Coding> added = codings(actions, Kind.ADD);
        List<Coding> removed = codings(actions, Kind.REMOVE);
        List<Coding> before = codings(actions, Kind.BEFORE);
        List<Coding> after = codings(actions, Kind.AFTER);
        int total = added.size() + removed.size() + before.size();
        List<MemoChange> memos = MemoChange.in(actions);
        if (total == 0 && !memos.isEmpty()) {
            return memos.size() == 1 ? memo(memos.getFirst(), memoTargets) : "changed " + memos.size() + " memos";
        }
        if (total == added.size() && total == 1) {
            Coding coding = added.getFirst();
            return "coded " + characters(coding) + " with " + path(codebook, coding.code());
        }
        if (total == added.size() && total > 1) {
            boolean oneCode = added.stream().map(Coding::code).distinct().count() == 1;
            return "coded " + total + " passages" + (oneCode ? " with " + path(codebook, added.getFirst().code()) : "");
        }
        if (total == removed.size() && total == 1) {
            Coding coding = removed.getFirst();
            return "removed a coding of " + characters(coding) + " with " + path(codebook, coding.code());
        }
        if (total == before.size() && total == 1 && after.size() == 1) {
            return changed(before.getFirst(), after.getFirst(), codebook);
        }
        return total == 0 ? "an empty action" : "changed " + total + " codings";
    }

    private static String changed(Coding before, Coding after, Codebook codebook) {
        if (!before.code().equals(after.code())) {
            return "recoded a passage from " + path(codebook, before.code()) + " to " + path(codebook, after.code());
        }
        if (!before.span().equals(after.span())) {
            return "resized a coding with " + path(codebook, after.code()) + " from " + characters(before)
                    + " to " + characters(after);
        }
        if (!Objects.equals(before.memo(), after.memo())) {
            return "edited the memo of a coding with " + path(codebook, after.code());
        }
        return "changed a coding with " + path(codebook, after.code());
    }

    private static String memo(MemoChange change, Function<MemoTarget, String> targets) {
        if (change.written()) {
            return "wrote " + memoNamed(change.after().memo(), "a memo") + " on " + targets.apply(change.after().memo().target());
        }
        MemoPlacement was = change.before().memo();
        if (change.deleted()) {
            return "deleted " + memoNamed(was, "a memo") + " on " + targets.apply(was.target());
        }
        MemoPlacement now = change.after().memo();
        if (!was.target().equals(now.target())) {
            return "moved " + memoNamed(now, "a memo") + " from " + targets.apply(was.target()) + " to "
                    + targets.apply(now.target());
        }
        return "edited " + memoNamed(now, "the memo") + " on " + targets.apply(now.target());
    }

    /** "the memo 'Title'", or the words given for a memo without a title. */
    private static String memoNamed(MemoPlacement memo, String untitled) {
        return memo.title().isBlank() ? untitled : "the memo '" + memo.title() + "'";
    }

    private static List<Coding> codings(List<CodingAction> actions, Kind kind) {
        return actions.stream().filter(a -> a.kind() == kind).map(CodingAction::coding).toList();
    }

    private static String characters(Coding coding) {
        int length = coding.end() - coding.start();
        return length + (length == 1 ? " character" : " characters");
    }

    /** The code's path as it is now; a code since deleted is named by its id. */
    private static String path(Codebook codebook, CodeId code) {
        return codebook.find(code).map(c -> "'" + codebook.pathOf(c.id()) + "'").orElse("code " + code.value());
    }
}
