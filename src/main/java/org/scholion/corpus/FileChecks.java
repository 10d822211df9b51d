package org.scholion.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks that read a file as bytes, streaming, never holding it in memory. */
final class FileChecks {

    private static final int BUFFER = 64 * 1024;

    private FileChecks() {
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Whether the first bytes look binary: a NUL byte, or more than 10% control bytes other than
     * tab, newline, carriage return and form feed. UTF-16 text (which is full of NULs) must be
     * recognised by its byte-order mark before this is asked.
     */
    static boolean looksBinary(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control > head.length / 10;
    }

    /**
     * Where a file that is meant as UTF-8 breaks it: the byte offset of the first malformed
     * sequence, or -1. A file is taken as meant for UTF-8 when its well-formed multi-byte sequences
     * outnumber the malformed ones four to one; otherwise it is a single-byte encoding
     * (ISO-8859-1, windows-1252, windows-1251), where any byte is valid and the odd pair of bytes
     * that happens to form UTF-8 ("Её" in windows-1251) means nothing.
     */
    static long brokenUtf8At(Path file) throws IOException {
        long firstBad = -1;
        long wellFormed = 0;
        long malformed = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long offset = 0;
            int pending = 0; // continuation bytes still expected
            long sequenceStart = 0;
            for (int n; (n = in.read(buffer)) > 0; offset += n) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (pending > 0) {
                        if ((b & 0xC0) == 0x80) {
                            if (--pending == 0) {
                                wellFormed++;
                            }
                            continue;
                        }
                        pending = 0;
                        malformed++;
                        if (firstBad < 0) {
                            firstBad = sequenceStart;
                        }
                    }
                    if (b < 0x80) {
                        continue;
                    }
                    sequenceStart = offset + i;
                    if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                    } else {
                        malformed++;
                        if (firstBad < 0) {
                            firstBad = sequenceStart;
                        }
                    }
                }
            }
            if (pending > 0) {
                malformed++;
                firstBad = firstBad < 0 ? sequenceStart : firstBad;
            }
        }
        return malformed > 0 && wellFormed >= 4 * malformed ? firstBad : -1;
    }

    /** An entry may inflate to at most this many times its compressed size, once past {@link #ZIP_GRACE} bytes. */
    private static final long ZIP_MAX_RATIO = 100;
    private static final long ZIP_GRACE = 10L * 1024 * 1024;

    /**
     * Whether a ZIP-based file (DOCX, ODT, EPUB) is a ZIP bomb: an entry that inflates past 10 MB
     * and to more than 100 times its compressed size. Each entry is inflated and counted, not
     * trusted by its declared size (which a bomb can fake), and counting stops as soon as the limit
     * is passed, so the check costs little time and no memory. The parsers' own checks come too
     * late: a single huge text run is read whole into memory before they look.
     */
    static boolean isZipBomb(Path file) throws IOException {
        try (InputStream head = Files.newInputStream(file)) {
            byte[] magic = head.readNBytes(4);
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                return false;
            }
        }
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            byte[] buffer = new byte[BUFFER];
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                long compressed = Math.max(1, entry.getCompressedSize());
                long limit = Math.max(ZIP_GRACE, compressed * ZIP_MAX_RATIO);
                long inflated = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        inflated += n;
                        if (inflated > limit) {
                            return true;
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException damaged) {
            return false; // not a readable ZIP: the parser will say what is wrong with it
        }
        return false;
    }
}
