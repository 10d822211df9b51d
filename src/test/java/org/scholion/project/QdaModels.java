package org.scholion.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.scholion.exchange.Guid;
import org.scholion.exchange.QdaCode;
import org.scholion.exchange.QdaCoding;
import org.scholion.exchange.QdaProject;
import org.scholion.exchange.QdaSelection;
import org.scholion.exchange.QdaSource;
import org.scholion.exchange.QdaSourceKind;
import org.scholion.exchange.QdaUser;
import org.scholion.project.ExchangeText.Counting;

/**
 * Hand-made exchange models, as another tool's file would give them, for the import tests: a text
 * and the passages coded in it, positions counted in whichever way a test names.
 */
final class QdaModels {

    static final Instant CREATED = Instant.parse("2025-06-01T12:00:00Z");
    static final QdaUser CP = new QdaUser(guid(1), "cp", "");
    static final QdaCode CODE = new QdaCode(guid(2), "peace", true, "#FF0000", "", List.of(), List.of());

    private QdaModels() {
    }

    static Guid guid(int n) {
        return new Guid(String.format("00000000-0000-4000-8000-%012d", n));
    }

    /** Where a passage lies in a text as a tool counting this way writes it: [start, end). */
    static long[] positions(String text, String passage, Counting counting) {
        String counted = switch (counting) {
            case CODE_POINTS, UTF16_UNITS -> text;
            case CODE_POINTS_CRLF_AS_ONE, UTF16_UNITS_CRLF_AS_ONE -> text.replace("\r\n", "\n");
        };
        int at = counted.indexOf(passage);
        if (at < 0) {
            throw new IllegalArgumentException("'" + passage + "' is not in the text");
        }
        return switch (counting) {
            case UTF16_UNITS, UTF16_UNITS_CRLF_AS_ONE -> new long[] {at, at + passage.length()};
            case CODE_POINTS, CODE_POINTS_CRLF_AS_ONE -> new long[] {counted.codePointCount(0, at),
                    counted.codePointCount(0, at + passage.length())};
        };
    }

    /** A selection with one coding of {@link #CODE} by {@link #CP}. */
    static QdaSelection selection(int guid, long start, long end) {
        return new QdaSelection(guid(guid), "", start, end, "", List.of(new QdaCoding(guid(guid + 1), CODE.guid(),
                CP.guid(), CREATED, List.of())), List.of(), CP.guid(), CREATED, null);
    }

    /** A source whose passages are selected as a tool counting this way writes them. */
    static QdaSource source(int guid, String name, String text, Counting counting, String... passages) {
        List<QdaSelection> selections = new ArrayList<>();
        int n = guid * 1000;
        for (String passage : passages) {
            long[] at = positions(text, passage, counting);
            selections.add(selection(n += 2, at[0], at[1]));
        }
        return textSource(guid, name, text, selections);
    }

    static QdaSource textSource(int guid, String name, String text, List<QdaSelection> selections) {
        return new QdaSource(guid(guid), name, QdaSourceKind.TEXT, "", text, null, null, selections, List.of(),
                List.of(), List.of(), CP.guid(), CREATED, null, 0);
    }

    static QdaProject project(String origin, List<QdaSource> sources) {
        return project(origin, List.of(CODE), sources);
    }

    static QdaProject project(String origin, List<QdaCode> codes, List<QdaSource> sources) {
        return new QdaProject("Hand-made", origin, "", CP.guid(), CREATED, null, List.of(CP), codes, List.of(),
                List.of(), sources, List.of(), List.of(), List.of());
    }
}
