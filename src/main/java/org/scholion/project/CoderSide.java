package org.scholion.project;

import java.util.List;
import org.scholion.coding.Coding;

/**
 * One coder's side of a place of disagreement: the codings of the place's code by this coder that
 * overlap the place (none for a coder who did not apply it there), with their text.
 */
public record CoderSide(String coder, List<Coding> codings) {

    public CoderSide {
        codings = List.copyOf(codings);
    }

    public boolean applied() {
        return !codings.isEmpty();
    }
}
