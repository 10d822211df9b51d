package org.scholion.export;

import java.time.Instant;

/**
 * A memo as it leaves Scholion.
 *
 * @param about what it is written about: "" for the project, a source's title, a code's path
 * @param title the memo's title, "" when it has none
 * @param author the coder who wrote it, "" when unknown
 */
public record ExportedMemo(MemoKind kind, String about, String title, String text, String author, Instant modified) {

    public ExportedMemo {
        about = about == null ? "" : about;
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        author = author == null ? "" : author;
    }

    /** A heading for the memo: "Project", "Source: Kuzio 2021", "Code: Security interests". */
    public String heading() {
        String subject = switch (kind) {
            case PROJECT -> "Project";
            case SOURCE -> "Source: " + about;
            case CODE -> "Code: " + about;
        };
        return title.isBlank() ? subject : subject + " \u2014 " + title;
    }
}
