package org.scholion.codebook;

/**
 * What happens to the codings of a code being deleted. Deletion is refused while codings exist
 * unless the user chose one of the other policies: codings never vanish silently.
 */
public sealed interface DeletePolicy {

    /** Delete only if no coding uses the code or its sub-codes. */
    record RefuseIfCoded() implements DeletePolicy {
    }

    /** Delete the codings with the code; the action log keeps each of them in full. */
    record DeleteCodings() implements DeletePolicy {
    }

    /** Move the codings to another code first. */
    record ReassignTo(CodeId target) implements DeletePolicy {
    }

    static DeletePolicy refuseIfCoded() {
        return new RefuseIfCoded();
    }
}
