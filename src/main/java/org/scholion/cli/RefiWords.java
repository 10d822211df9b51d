package org.scholion.cli;

import org.scholion.exchange.WriteReport;

/** How the exchange commands say what they wrote. */
final class RefiWords {

    private RefiWords() {
    }

    static String written(WriteReport report) {
        String line = count(report.codes(), "code") + ", " + count(report.sources(), "source") + ", "
                + count(report.notes(), "memo");
        return report.replacedCharacters() == 0 ? line : line + "; " + count(report.replacedCharacters(), "character")
                + " XML cannot carry replaced by U+FFFD";
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
