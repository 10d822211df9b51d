package org.scholion.json;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * A place in a codebook file as an editor shows it: line and column, 1-based, the column counted in
 * characters (Unicode code points). Jackson, reading bytes, counts columns in bytes, which is off
 * after any non-ASCII character on the line; so the position is worked out from the byte offset.
 */
record FilePosition(int line, int column) {

    static FilePosition of(byte[] file, JsonLocation location) {
        if (location == null) {
            return new FilePosition(1, 1);
        }
        long offset = location.getByteOffset();
        if (offset < 0) {
            return new FilePosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
        }
        int end = (int) Math.min(offset, file.length);
        boolean bom = file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF;
        int line = 1;
        int column = 1;
        for (int i = bom ? 3 : 0; i < end; i++) {
            int b = file[i] & 0xFF;
            if (b == '\n' || b == '\r' && (i + 1 >= file.length || file[i + 1] != '\n')) {
                line++;
                column = 1;
            } else if (b != '\r' && (b & 0xC0) != 0x80) {
                column++; // a byte that starts a character, not a UTF-8 continuation byte
            }
        }
        return new FilePosition(line, column);
    }
}
