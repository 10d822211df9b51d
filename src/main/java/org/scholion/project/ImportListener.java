package org.scholion.project;

/** Hears how an import advances: for a progress bar on the command line or in the workbench. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    /** The files found and their total size, before any is read. */
    default void started(int files, long bytes) {
    }

    /** One file is done (imported, skipped or failed); the counts include it. */
    default void fileDone(ImportOutcome outcome, int filesDone, long bytesDone) {
    }
}
