package org.scholion.cli;

import org.scholion.export.CsvWriter;
import org.scholion.export.DocxWriter;
import org.scholion.export.ExcerptWriter;
import org.scholion.export.ExportFormat;
import org.scholion.export.HtmlWriter;
import org.scholion.export.MarkdownWriter;
import org.scholion.export.XlsxWriter;
import org.scholion.json.ExcerptJson;

/**
 * The writer of each export format. It lives here, not in export, because the JSON writer is in
 * json (Jackson), which export must not depend on.
 */
final class ExportWriters {

    private ExportWriters() {
    }

    static ExcerptWriter of(ExportFormat format) {
        return switch (format) {
            case MD -> new MarkdownWriter();
            case HTML -> new HtmlWriter();
            case CSV -> new CsvWriter();
            case JSON -> new ExcerptJson();
            case DOCX -> new DocxWriter();
            case XLSX -> new XlsxWriter();
        };
    }
}
