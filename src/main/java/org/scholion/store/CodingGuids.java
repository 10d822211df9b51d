package org.scholion.store;

/**
 * The exchange identities of a coding: its own GUID and the GUID of the selection (the coded
 * stretch of text) it belongs to, null where Scholion made the coding and derives the selection's.
 * Null for either in a new coding: the database makes its own GUID, and the selection stays derived.
 */
public record CodingGuids(String guid, String selection) {
    public static final CodingGuids NEW = new CodingGuids(null, null);
}
