package org.scholion.export;

import java.util.Locale;

/** The formats excerpts are exported in, with the file extension each writes. */
public enum ExportFormat {
    DOCX("docx"),
    MD("md"),
    HTML("html"),
    CSV("csv"),
    XLSX("xlsx"),
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** "docx", "DOCX", "markdown" ... as typed on the command line. */
    public static ExportFormat fromWord(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension.equals(w)) {
                return format;
            }
        }
        if (w.equals("markdown")) {
            return MD;
        }
        throw new IllegalArgumentException("unknown export format '" + word + "'; use docx, md, html, csv, xlsx or json");
    }
}
