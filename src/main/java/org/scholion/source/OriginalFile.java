package org.scholion.source;

/** The file a source was imported from, kept in the project's originals/ under its SHA-256. */
public record OriginalFile(String sha256, String fileName, String mediaType, long size) {
    public OriginalFile {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
        }
    }
}
