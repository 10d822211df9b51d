package org.scholion.coding;

/** Where a memo hangs, with its title and text: what merging or deleting a code changes of it. */
public record MemoPlacement(long memo, MemoTarget target, String title, String text) {

    public static MemoPlacement of(Memo memo) {
        return new MemoPlacement(memo.id(), memo.target(), memo.title(), memo.text());
    }
}
