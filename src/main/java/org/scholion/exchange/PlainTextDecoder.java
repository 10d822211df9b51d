package org.scholion.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decodes a source's plain-text file as REFI-QDA wants it (UTF-8), accepting what tools write
 * instead: a UTF-8 byte-order mark (removed), UTF-16 with its mark (decoded, the mark removed),
 * stray bytes that are not UTF-8 (replaced by U+FFFD, told). Line ends are kept exactly as they
 * are: converting CRLF, and the positions counted over it, is the importer's job.
 */
final class PlainTextDecoder {

    /** The text, and what was done to read it ("" when nothing unusual). */
    record Decoded(String text, String note) {
    }

    private PlainTextDecoder() {
    }

    /**
     * @throws TextTooLongException when the text has more than {@code maxChars} characters
     */
    static Decoded decode(Path file, long maxChars) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        Charset charset = StandardCharsets.UTF_8;
        int mark = 0;
        String note = "";
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            mark = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            mark = 2;
            note = "UTF-16 (big-endian) rather than UTF-8; decoded as such";
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            mark = 2;
            note = "UTF-16 (little-endian) rather than UTF-8; decoded as such";
        }
        try {
            return new Decoded(read(file, charset, mark, CodingErrorAction.REPORT, maxChars), note);
        } catch (CharacterCodingException malformed) {
            String text = read(file, charset, mark, CodingErrorAction.REPLACE, maxChars);
            return new Decoded(text, "not valid " + charset.name() + "; undecodable bytes replaced by U+FFFD,"
                    + " which may shift positions after them");
        }
    }

    private static String read(Path file, Charset charset, int skip, CodingErrorAction onError, long maxChars)
            throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            Reader reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(onError).onUnmappableCharacter(onError));
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[64 * 1024];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
                if (text.length() > maxChars) {
                    throw new TextTooLongException(maxChars);
                }
            }
            return text.toString();
        }
    }

    /** A text over the character limit. */
    static final class TextTooLongException extends IOException {
        TextTooLongException(long maxChars) {
            super("a text of more than " + maxChars + " characters, over the limit");
        }
    }
}
