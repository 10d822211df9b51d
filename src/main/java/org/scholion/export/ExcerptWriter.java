package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an export in one format. Every format (Markdown, HTML, CSV, JSON, DOCX, XLSX) implements
 * this, so the command line and the workbench pick a writer by {@link ExportFormat} and never know
 * its details. A writer writes to the stream and does not close it; the caller owns the file.
 */
public interface ExcerptWriter {

    /** The excerpts of {@code content} in their order, with the codebook appendix when {@code options} ask for it. */
    void write(ExportContent content, ExportOptions options, OutputStream out) throws IOException;

    /**
     * The codebook alone ({@code content.codebook()}), as {@code scholion export-codebook} writes it.
     * Formats that have no codebook-only form keep this default, which refuses with a one-line reason.
     */
    default void writeCodebook(ExportContent content, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("this format cannot export the codebook alone");
    }
}
