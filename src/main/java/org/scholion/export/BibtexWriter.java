package org.scholion.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The bibliography of an export: one BibTeX entry per cited source ({@link ExportContent#sources()}),
 * keyed by its citation key so the Markdown's "[@kuzio2021, p. 3]" resolves. UTF-8 (biber and
 * Pandoc's citeproc read it as is); the characters special to LaTeX are escaped, and titles are
 * double-braced so their capitals survive.
 */
public final class BibtexWriter implements ExcerptWriter {

    @Override
    public void write(ExportContent content, ExportOptions options, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (CitedSource s : content.sources()) {
            w.write("@" + entryType(s) + "{" + s.key() + ",\n");
            if (!s.authors().isEmpty()) {
                field(w, "author", String.join(" and ", s.authors().stream().map(BibtexWriter::escape).toList()));
            }
            field(w, "title", "{" + escape(s.title()) + "}");
            if (s.publication() != null && !s.publication().isBlank()) {
                field(w, switch (s.type()) {
                    case ARTICLE, NEWS -> "journal";
                    case THESIS -> "school";
                    default -> "howpublished";
                }, escape(s.publication()));
            }
            if (s.year() != null) {
                field(w, "year", s.year().toString());
            }
            if (s.date() != null) {
                field(w, "date", escape(s.date()));
            }
            w.write("}\n\n");
        }
        w.flush();
    }

    private static String entryType(CitedSource s) {
        return switch (s.type()) {
            case ARTICLE, NEWS -> s.publication() == null || s.publication().isBlank() ? "misc" : "article";
            case THESIS -> "phdthesis";
            default -> "misc";
        };
    }

    private static void field(Writer w, String name, String value) throws IOException {
        w.write("  " + name + " = {" + value + "},\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
