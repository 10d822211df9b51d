package org.scholion.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scholion.project.ExchangeText.Counting;

/**
 * Decides how a REFI-QDA file counted its selection positions. The standard says Unicode code
 * points, end exclusive; NVivo writes UTF-16 code units, and some tools count a CRLF as one
 * character. Each way of counting is tried on every selection of the file: the one under which the
 * most selections lie inside their text and start and end between words wins. On a tie the
 * writing tool's own habit (its origin: NVivo counts UTF-16) decides, then the standard.
 */
final class PositionCounting {

    /** The selections of one source, positions as the file wrote them. */
    record Sample(ExchangeText text, List<long[]> spans) {
    }

    /** The counting chosen and, for the import report, why. */
    record Choice(Counting counting, String explanation) {
    }

    private PositionCounting() {
    }

    static Choice choose(List<Sample> samples, String origin) {
        List<Counting> preference = preference(origin);
        int total = samples.stream().mapToInt(s -> s.spans().size()).sum();
        if (total == 0) {
            return new Choice(Counting.CODE_POINTS, Counting.CODE_POINTS.label()
                    + ", as the standard says (no text selections to check)");
        }
        Map<Counting, Integer> scores = new EnumMap<>(Counting.class);
        Map<Counting, List<Integer>> results = new EnumMap<>(Counting.class);
        for (Counting counting : Counting.values()) {
            List<Integer> converted = new ArrayList<>(total * 2);
            int score = 0;
            for (Sample sample : samples) {
                for (long[] span : sample.spans()) {
                    int start = sample.text().toStored(span[0], counting);
                    int end = sample.text().toStored(span[1], counting);
                    converted.add(start);
                    converted.add(end);
                    if (fits(sample.text(), span, start, end, counting)) {
                        score++;
                    }
                }
            }
            scores.put(counting, score);
            results.put(counting, converted);
        }
        Counting best = preference.getFirst();
        for (Counting candidate : preference) {
            if (scores.get(candidate) > scores.get(best)) {
                best = candidate;
            }
        }
        return new Choice(best, explain(best, preference, scores, results, total, origin));
    }

    private static boolean fits(ExchangeText text, long[] span, int start, int end, Counting counting) {
        return start != ExchangeText.OUTSIDE && end != ExchangeText.OUTSIDE && start < end
                && !text.splitsCharacter(span[0], counting) && !text.splitsCharacter(span[1], counting)
                && text.atWordBoundary(start) && text.atWordBoundary(end);
    }

    /** The order ties are broken in: the origin's habit first, then the standard. */
    private static List<Counting> preference(String origin) {
        if (origin != null && origin.toLowerCase(Locale.ROOT).contains("nvivo")) {
            return List.of(Counting.UTF16_UNITS, Counting.CODE_POINTS, Counting.UTF16_UNITS_CRLF_AS_ONE,
                    Counting.CODE_POINTS_CRLF_AS_ONE);
        }
        return Arrays.asList(Counting.values());
    }

    private static String explain(Counting best, List<Counting> preference, Map<Counting, Integer> scores,
                                  Map<Counting, List<Integer>> results, int total, String origin) {
        List<Counting> different = new ArrayList<>();
        for (Counting other : preference) {
            if (other != best && !results.get(other).equals(results.get(best))
                    && different.stream().noneMatch(d -> results.get(d).equals(results.get(other)))) {
                different.add(other);
            }
        }
        String why = best == preference.getFirst() && best != Counting.CODE_POINTS ? "origin " + origin.strip()
                : best == Counting.CODE_POINTS ? "as the standard says" : "fits best";
        if (different.isEmpty()) {
            return best.label() + ", " + why + " (the other countings give the same positions in these texts)";
        }
        StringBuilder out = new StringBuilder(best.label()).append(" (").append(why).append("; ")
                .append(scores.get(best)).append(" of ").append(total).append(" selections on word boundaries");
        for (Counting other : different) {
            out.append(", ").append(other.shortLabel()).append(' ').append(scores.get(other)).append(" of ").append(total);
        }
        return out.append(')').toString();
    }
}
