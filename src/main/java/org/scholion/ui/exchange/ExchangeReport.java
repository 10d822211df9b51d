package org.scholion.ui.exchange;

import java.util.List;

/** What an import brought in and left out, as the report dialog shows it: a title and one line per item. */
public record ExchangeReport(String title, List<String> lines) {

    public ExchangeReport {
        lines = List.copyOf(lines);
    }

    /** The lines as one text, for a read-only text area the user can copy from. */
    public String text() {
        return String.join("\n", lines);
    }
}
