package org.scholion.exchange;

import java.nio.charset.StandardCharsets;

/**
 * Where a written project keeps a source's text: {@code sources/<guid>.txt} in the archive, named
 * in the QDE as {@code internal://<guid>.txt}, UTF-8 without a byte-order mark.
 */
final class WrittenSourceFiles {

    static final String FOLDER = "sources/";
    private static final char BOM = '\uFEFF';
    /** WORD JOINER: what U+FEFF means inside a text, now that U+FEFF is only a byte-order mark. */
    private static final int WORD_JOINER = 0x2060;

    private WrittenSourceFiles() {
    }

    static String entryName(Guid source) {
        return FOLDER + source.value() + ".txt";
    }

    static String plainTextPath(Guid source) {
        return "internal://" + source.value() + ".txt";
    }

    /**
     * The file's bytes. Characters XML cannot carry are replaced as in the XML (one rule for all the
     * text Scholion writes; UTF-8 could not hold an unpaired surrogate anyway), and a text that
     * starts with U+FEFF gets U+2060 there instead: readers take a leading U+FEFF for a byte-order
     * mark and drop it, which would shift every position by one.
     */
    static byte[] bytes(String text, XmlSafeText safe) {
        String clean = safe.clean(text);
        if (!clean.isEmpty() && clean.charAt(0) == BOM) {
            clean = new StringBuilder().appendCodePoint(WORD_JOINER).append(clean, 1, clean.length()).toString();
            safe.countReplacement();
        }
        return clean.getBytes(StandardCharsets.UTF_8);
    }
}
