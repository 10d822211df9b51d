package org.scholion.export;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What every format writes of a memo besides its text: who wrote it, and when it was last changed. */
public final class ExportedMemos {

    /** The columns of the memo table (CSV beside the excerpts, XLSX sheet "Memos"). */
    public static final List<String> COLUMNS = List.of("kind", "about", "title", "text", "author", "modified");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private ExportedMemos() {
    }

    /** "Anna Petrova, 2026-11-20", or the date alone when the author is unknown. */
    public static String byline(ExportedMemo memo) {
        String day = memo.modified() == null ? "" : DAY.format(memo.modified());
        if (memo.author().isBlank()) {
            return day;
        }
        return day.isEmpty() ? memo.author() : memo.author() + ", " + day;
    }

    /** A memo as the cells of one row of {@link #COLUMNS}. */
    public static List<String> cells(ExportedMemo memo) {
        return List.of(memo.kind().word(), memo.about(), memo.title(), memo.text(), memo.author(),
                memo.modified() == null ? "" : memo.modified().toString());
    }
}
