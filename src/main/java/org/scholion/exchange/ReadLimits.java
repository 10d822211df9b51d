package org.scholion.exchange;

/**
 * How much an untrusted QDPX or QDC file may make the reader inflate, hold and nest. Sizes are
 * counted as bytes are actually inflated, never taken from a ZIP header.
 *
 * @param maxTotalBytes inflated bytes read from one archive, all entries together
 * @param maxEntryBytes inflated bytes of one entry (the project XML or one source file)
 * @param maxEntries entries an archive may list
 * @param maxCompressionRatio inflated bytes per compressed byte an entry may reach once it is past
 *                            {@link #RATIO_GRACE_BYTES}: deflate on real text and XML gives 3-20,
 *                            a zip bomb hundreds to a thousand
 * @param maxElementDepth nesting of XML elements (code trees are the deepest real part)
 * @param maxAttributes attributes on one XML element (REFI-QDA's elements have at most 13)
 * @param maxTextChars characters of one XML text (a PlainTextContent) or one decoded text file
 */
public record ReadLimits(long maxTotalBytes, long maxEntryBytes, int maxEntries, int maxCompressionRatio,
                         int maxElementDepth, int maxAttributes, long maxTextChars) {

    public static final long DEFAULT_MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    /** Larger than any text source Scholion extracts (corpus limits files to 100 MB). */
    public static final long DEFAULT_MAX_ENTRY_BYTES = 1024L * 1024 * 1024;
    /** Two entries per source (plain text and DOCX/PDF) for 25,000 sources. */
    public static final int DEFAULT_MAX_ENTRIES = 50_000;
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;
    /** Project, CodeBook, Codes and a code tree 60 levels deep. */
    public static final int DEFAULT_MAX_ELEMENT_DEPTH = 64;
    public static final int DEFAULT_MAX_ATTRIBUTES = 64;
    /** 64 Mi characters: a thousand doctoral theses in one text. */
    public static final long DEFAULT_MAX_TEXT_CHARS = 64L * 1024 * 1024;
    /** Small entries may compress extremely (a file of blank lines); the ratio is judged past this. */
    public static final long RATIO_GRACE_BYTES = 1024L * 1024;

    public ReadLimits {
        if (maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0
                || maxElementDepth <= 0 || maxAttributes <= 0 || maxTextChars <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_ENTRIES,
                DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_ELEMENT_DEPTH, DEFAULT_MAX_ATTRIBUTES,
                DEFAULT_MAX_TEXT_CHARS);
    }

    public ReadLimits withMaxTotalBytes(long bytes) {
        return new ReadLimits(bytes, maxEntryBytes, maxEntries, maxCompressionRatio, maxElementDepth, maxAttributes, maxTextChars);
    }

    public ReadLimits withMaxEntryBytes(long bytes) {
        return new ReadLimits(maxTotalBytes, bytes, maxEntries, maxCompressionRatio, maxElementDepth, maxAttributes, maxTextChars);
    }

    public ReadLimits withMaxEntries(int entries) {
        return new ReadLimits(maxTotalBytes, maxEntryBytes, entries, maxCompressionRatio, maxElementDepth, maxAttributes, maxTextChars);
    }

    public ReadLimits withMaxCompressionRatio(int ratio) {
        return new ReadLimits(maxTotalBytes, maxEntryBytes, maxEntries, ratio, maxElementDepth, maxAttributes, maxTextChars);
    }

    public ReadLimits withMaxElementDepth(int depth) {
        return new ReadLimits(maxTotalBytes, maxEntryBytes, maxEntries, maxCompressionRatio, depth, maxAttributes, maxTextChars);
    }

    public ReadLimits withMaxAttributes(int attributes) {
        return new ReadLimits(maxTotalBytes, maxEntryBytes, maxEntries, maxCompressionRatio, maxElementDepth, attributes, maxTextChars);
    }

    public ReadLimits withMaxTextChars(long chars) {
        return new ReadLimits(maxTotalBytes, maxEntryBytes, maxEntries, maxCompressionRatio, maxElementDepth, maxAttributes, chars);
    }
}
