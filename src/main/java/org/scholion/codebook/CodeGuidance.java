package org.scholion.codebook;

/**
 * What tells coders how to apply a code: its definition, the rules for when to use it and when
 * not to, and an anchor example from the corpus. Empty strings where a part is not written.
 */
public record CodeGuidance(String definition, String whenToUse, String whenNotToUse, String example) {

    public static final CodeGuidance NONE = new CodeGuidance("", "", "", "");

    public CodeGuidance {
        definition = definition == null ? "" : definition;
        whenToUse = whenToUse == null ? "" : whenToUse;
        whenNotToUse = whenNotToUse == null ? "" : whenNotToUse;
        example = example == null ? "" : example;
    }
}
