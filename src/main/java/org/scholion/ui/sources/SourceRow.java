package org.scholion.ui.sources;

import java.util.Comparator;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.ui.workbench.Folding;

/** One source as the sources table shows it; {@code length} in code points. */
public record SourceRow(SourceId id, String title, SourceType type, String authors, Integer year, String language,
                        int length, int codings) {

    static SourceRow of(Source source, int codings) {
        SourceMetadata m = source.metadata();
        return new SourceRow(source.id(), m.title(), m.type(), String.join("; ", m.authors()),
                m.date() == null ? null : m.date().year(), m.language() == null ? "" : m.language(),
                source.textLength(), codings);
    }

    /** True if the filter text occurs in the title, the authors, the type or the year (ignoring case and accents). */
    public boolean matches(String filter) {
        return Folding.contains(title, filter) || Folding.contains(authors, filter) || Folding.contains(type.word(), filter)
                || year != null && Folding.contains(Integer.toString(year), filter);
    }

    public String yearText() {
        return year == null ? "" : Integer.toString(year);
    }

    /** The table's columns and the order each sorts by; sources without a year sort first. */
    public enum Column {
        TITLE("Title", Comparator.comparing((SourceRow r) -> Folding.fold(r.title()))),
        TYPE("Type", Comparator.comparing(SourceRow::type)),
        YEAR("Year", Comparator.comparing(SourceRow::year, Comparator.nullsFirst(Comparator.naturalOrder()))),
        LANGUAGE("Lang.", Comparator.comparing(SourceRow::language)),
        LENGTH("Chars", Comparator.comparingInt(SourceRow::length)),
        CODINGS("Codings", Comparator.comparingInt(SourceRow::codings));

        private final String header;
        private final Comparator<SourceRow> order;

        Column(String header, Comparator<SourceRow> order) {
            this.header = header;
            this.order = order.thenComparing(r -> r.id().value());
        }

        public String header() {
            return header;
        }

        public Comparator<SourceRow> order() {
            return order;
        }

        /** The cell's text. */
        public String text(SourceRow row) {
            return switch (this) {
                case TITLE -> row.title();
                case TYPE -> row.type().word();
                case YEAR -> row.yearText();
                case LANGUAGE -> row.language();
                case LENGTH -> String.format("%,d", row.length());
                case CODINGS -> Integer.toString(row.codings());
            };
        }
    }
}
