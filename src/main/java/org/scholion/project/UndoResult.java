package org.scholion.project;

/** What an undo reversed: the action group and a sentence for the user. */
public record UndoResult(long group, String description) {
}
