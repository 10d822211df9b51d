package org.scholion.json;

import org.scholion.export.CsvWriter;
import org.scholion.export.DocxWriter;
import org.scholion.export.ExcerptWriter;
import org.scholion.export.ExportFormat;
import org.scholion.export.HtmlWriter;
import org.scholion.export.MarkdownWriter;
import org.scholion.export.XlsxWriter;

/**
 * The writer of each export format, for the command line and the workbench alike. It lives here,
 * not in export, because the JSON writer needs Jackson, which export must not depend on.
 */
public final class ExportWriters {

    private ExportWriters() {
    }

    public static ExcerptWriter of(ExportFormat format) {
        return switch (format) {
            case MD -> new MarkdownWriter();
            case HTML -> new HtmlWriter();
            case CSV -> new CsvWriter();
            case JSON -> new ExcerptJson();
            case DOCX -> new DocxWriter();
            case XLSX -> new XlsxWriter();
        };
    }

    /**
     * Writes an export to a file, atomically, and for Markdown its bibliography beside it
     * ({@link #bibliographyOf}); returns the files written.
     */
    public static java.util.List<java.nio.file.Path> write(org.scholion.export.ExportContent content, ExportFormat format,
            org.scholion.export.ExportOptions options, java.nio.file.Path file) throws java.io.IOException {
        org.scholion.export.AtomicFile.write(file, out -> of(format).write(content, options, out));
        if (format != ExportFormat.MD) {
            return java.util.List.of(file);
        }
        java.nio.file.Path bib = bibliographyOf(file);
        org.scholion.export.AtomicFile.write(bib, out -> new org.scholion.export.BibtexWriter().write(content, options, out));
        return java.util.List.of(file, bib);
    }

    /** chapter.md gives chapter.bib, beside it. */
    public static java.nio.file.Path bibliographyOf(java.nio.file.Path markdown) {
        String name = markdown.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return markdown.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".bib");
    }
}
