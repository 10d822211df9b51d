package org.scholion.export;

/**
 * The memos an export can carry besides the coding memos shown with their excerpts: the project's,
 * those on the sources the export covers, those on the codes it covers.
 */
public enum MemoKind {
    PROJECT("project"), SOURCE("source"), CODE("code");

    private final String word;

    MemoKind(String word) {
        this.word = word;
    }

    /** The word the command line and the files use: "project", "source", "code". */
    public String word() {
        return word;
    }
}
