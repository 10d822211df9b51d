package org.scholion.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Source metadata as a CSV table (RFC 4180, UTF-8, header row), the spreadsheet twin of the JSON
 * metadata file. Columns, any order, only {@code file} required: file, title, type, authors
 * (separated by ';'), date, language, citationKey, publication, origin.
 */
public final class MetadataCsv {

    private static final List<String> COLUMNS = List.of(
            "file", "title", "type", "authors", "date", "language", "citationkey", "publication", "origin");

    private MetadataCsv() {
    }

    /** Patches by file name; an error names the file, the line and the column. */
    public static Map<String, MetadataPatch> parse(String fileName, String content) {
        List<List<String>> rows = rows(fileName, content);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(fileName + ":1: the file is empty (expected a header row with 'file')");
        }
        List<String> header = rows.getFirst().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < header.size(); i++) {
            if (!COLUMNS.contains(header.get(i))) {
                throw new IllegalArgumentException(fileName + ":1: unknown column '" + rows.getFirst().get(i)
                        + "' (expected " + String.join(", ", COLUMNS) + ")");
            }
        }
        if (!header.contains("file")) {
            throw new IllegalArgumentException(fileName + ":1: the header has no 'file' column");
        }
        Map<String, MetadataPatch> patches = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.getFirst().isBlank()) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String value = i < row.size() ? row.get(i).strip() : "";
                cells.put(header.get(i), value.isEmpty() ? null : value);
            }
            String where = fileName + ":" + (r + 1);
            String file = cells.get("file");
            if (file == null) {
                throw new IllegalArgumentException(where + ": the row has no file name");
            }
            try {
                patches.put(file, new MetadataPatch(cells.get("title"),
                        cells.get("type") == null ? null : SourceType.fromWord(cells.get("type")),
                        cells.get("authors") == null ? null
                                : Arrays.stream(cells.get("authors").split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList(),
                        cells.get("date") == null ? null : PartialDate.parse(cells.get("date")),
                        cells.get("language"), cells.get("citationkey"), cells.get("publication"),
                        cells.get("origin") == null ? null : TextOrigin.fromWord(cells.get("origin"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return patches;
    }

    private static List<List<String>> rows(String fileName, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(fileName + ":" + line + ": a quoted cell is not closed");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
