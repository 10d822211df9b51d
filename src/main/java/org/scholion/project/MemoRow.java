package org.scholion.project;

import org.scholion.coding.Memo;

/**
 * A memo with the name of what it is written about, as listings show it: the project's name, a
 * source's title or a code's path.
 */
public record MemoRow(Memo memo, String targetName) {
}
