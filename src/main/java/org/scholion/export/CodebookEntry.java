package org.scholion.export;

/**
 * A code as the codebook appendix of a thesis shows it, with how much it was used.
 *
 * @param depth 0 for a top-level code, 1 for its sub-codes, ...
 * @param segments the codings made with this code (not its sub-codes)
 * @param sources the sources with at least one such coding
 */
public record CodebookEntry(String path, String name, int depth, String color, String definition, String whenToUse,
                            String whenNotToUse, String example, int segments, int sources) {
}
