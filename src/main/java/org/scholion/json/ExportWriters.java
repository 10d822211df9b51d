package org.scholion.json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholion.export.AtomicFile;
import org.scholion.export.BibliographyFormat;
import org.scholion.export.BibtexWriter;
import org.scholion.export.CsvWriter;
import org.scholion.export.DocxWriter;
import org.scholion.export.ExcerptWriter;
import org.scholion.export.ExportContent;
import org.scholion.export.ExportFormat;
import org.scholion.export.ExportOptions;
import org.scholion.export.HtmlWriter;
import org.scholion.export.MarkdownWriter;
import org.scholion.export.XlsxWriter;

/**
 * The writer of each export format, for the command line and the workbench alike. It lives here,
 * not in export, because the JSON writers (the JSON export, CSL-JSON) need Jackson, which export
 * must not depend on.
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
     * Writes an export to a file, atomically, and what goes beside it: for Markdown its bibliography
     * ({@link #bibliographyOf}), for CSV the project, source and code memos when there are any
     * ({@link #memosOf}); returns the files written.
     */
    public static List<Path> write(ExportContent content, ExportFormat format, ExportOptions options, Path file)
            throws IOException {
        AtomicFile.write(file, out -> of(format).write(content, options, out));
        List<Path> written = new ArrayList<>(List.of(file));
        if (format == ExportFormat.MD) {
            Path bib = bibliographyOf(file, options.bibliography());
            AtomicFile.write(bib, out -> {
                if (options.bibliography() == BibliographyFormat.CSL_JSON) {
                    CslJson.write(content.sources(), out);
                } else {
                    new BibtexWriter().write(content, options, out);
                }
            });
            written.add(bib);
        }
        if (format == ExportFormat.CSV && !content.memos().isEmpty()) {
            Path memos = memosOf(file);
            AtomicFile.write(memos, out -> new CsvWriter().writeMemos(content, out));
            written.add(memos);
        }
        return List.copyOf(written);
    }

    /** The files {@link #write} would write for this format and these options, for overwrite checks. */
    public static List<Path> filesOf(ExportFormat format, ExportOptions options, Path file, boolean withMemos) {
        List<Path> files = new ArrayList<>(List.of(file));
        if (format == ExportFormat.MD) {
            files.add(bibliographyOf(file, options.bibliography()));
        }
        if (format == ExportFormat.CSV && withMemos) {
            files.add(memosOf(file));
        }
        return List.copyOf(files);
    }

    /** chapter.md gives chapter.bib, beside it. */
    public static Path bibliographyOf(Path markdown) {
        return bibliographyOf(markdown, BibliographyFormat.BIBTEX);
    }

    /** chapter.md gives chapter.bib or chapter.json, beside it. */
    public static Path bibliographyOf(Path markdown, BibliographyFormat format) {
        return markdown.resolveSibling(stem(markdown) + format.extension());
    }

    /** excerpts.csv gives excerpts.memos.csv, beside it. */
    public static Path memosOf(Path csv) {
        return csv.resolveSibling(stem(csv) + ".memos.csv");
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
