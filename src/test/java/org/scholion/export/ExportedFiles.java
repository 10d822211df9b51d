package org.scholion.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Runs a writer into memory, as the tests read it back. */
final class ExportedFiles {

    private ExportedFiles() {
    }

    static byte[] bytes(ExcerptWriter writer, ExportContent content, ExportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(content, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String text(ExcerptWriter writer, ExportContent content, ExportOptions options) {
        return new String(bytes(writer, content, options), StandardCharsets.UTF_8);
    }

    static String codebook(ExcerptWriter writer, ExportContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.writeCodebook(content, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
