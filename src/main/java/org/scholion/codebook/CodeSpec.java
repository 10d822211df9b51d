package org.scholion.codebook;

/**
 * One code as a codebook file describes it: identified by its key, placed under the code whose key
 * is {@code parentKey} (null at the top level).
 */
public record CodeSpec(String key, String parentKey, String name, CodeColor color, CodeGuidance guidance) {
    public CodeSpec {
        guidance = guidance == null ? CodeGuidance.NONE : guidance;
    }
}
