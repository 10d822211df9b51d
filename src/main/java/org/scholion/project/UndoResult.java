package org.scholion.project;

/** What an undo or redo reversed: the log group (the action, or for a redo the undo) and a sentence for the user. */
public record UndoResult(long group, String description) {
}
