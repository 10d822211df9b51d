package org.scholion.reliability;

/**
 * The text of a file {@link CrashWorkload} imports: paragraphs that name their marker word, so a
 * source can be told whole and found by search, with Cyrillic, Georgian and characters outside the
 * Basic Multilingual Plane, so random code-point spans cut across surrogate pairs.
 */
final class ImportedText {

    private ImportedText() {
    }

    static String of(String marker) {
        return "Opening of " + marker + ": Russia keeps troops in the region.\n\n"
                + "Middle of " + marker + ": the talks on the border stalled again (\u0410\u0431\u0445\u0430\u0437\u0438\u044f, "
                + "\u10d0\u10e4\u10ee\u10d0\u10d6\u10d4\u10d7\u10d8, \uD835\uDD38\uD83C\uDDF7\uD83C\uDDFA).\n\n"
                + "End of " + marker + ".\n";
    }

    /** Whether a stored text is the whole of what was imported for this marker. */
    static boolean isWhole(String stored, String marker) {
        return stored.contains("Opening of " + marker + ":") && stored.contains("Middle of " + marker + ":")
                && stored.contains("End of " + marker + ".");
    }
}
