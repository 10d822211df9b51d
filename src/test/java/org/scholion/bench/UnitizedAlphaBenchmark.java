package org.scholion.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.scholion.analysis.AgreementResult;
import org.scholion.analysis.CodedInterval;
import org.scholion.analysis.Continuum;
import org.scholion.analysis.UnitizedAlpha;
import org.scholion.analysis.UnitizedData;

/**
 * Unitized alpha on its own, without the store: two coders with CODINGS codings each over TEXTS
 * texts of LENGTH code points in all (default 20,000 codings over 10 texts of 1,000,000). Coder A
 * marks stretches of 50 to 400 code points with one of five codes, about every 500 code points;
 * coder B moves each boundary by up to 20, gives one in ten another code and skips one in twenty.
 * Prints the median and max seconds of each coefficient over the runs after a warm-up. A program,
 * not a test.
 *
 * <pre>bench/unitized-alpha [RUNS [CODINGS [TEXTS [LENGTH]]]]</pre>
 */
public final class UnitizedAlphaBenchmark {

    private static final String[] CODES = {"Energy", "NATO", "Turkey", "Security", "Trade"};

    private UnitizedAlphaBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int codings = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int texts = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int length = args.length > 3 ? Integer.parseInt(args[3]) : 10_000_000;
        UnitizedData data = synthetic(codings, texts, length, new Random(42));
        int marks = data.continua().stream().mapToInt(c -> c.intervals().size()).sum();
        System.out.printf(Locale.ROOT, "%,d codings by two coders over %d texts, %,d code points in all%n",
                marks, texts, (long) length);
        time("uα (overall)", runs, () -> UnitizedAlpha.overall(data));
        time("|uα (coded vs. uncoded)", runs, () -> UnitizedAlpha.binary(data));
        time("|uα for one code", runs, () -> UnitizedAlpha.of(data, "NATO"));
        time("cuα (coding)", runs, () -> UnitizedAlpha.coding(data));
        time("pooled over the five codes", runs, () -> UnitizedAlpha.pooled(data));
        time("perValue: each of the five", runs, () -> UnitizedAlpha.perValue(data).get("Trade"));
    }

    private static void time(String what, int runs, Supplier<AgreementResult> coefficient) {
        AgreementResult result = coefficient.get(); // warm-up
        double[] seconds = new double[runs];
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            result = coefficient.get();
            seconds[run] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "%-28s %s  median %.3f s, max %.3f s%n", what,
                result.isDefined() ? String.format(Locale.ROOT, "%.3f", result.value().getAsDouble())
                        : result.undefinedReason(), seconds[runs / 2], seconds[runs - 1]);
    }

    static UnitizedData synthetic(int codings, int texts, int length, Random random) {
        int perText = length / texts;
        int codingsPerText = codings / texts;
        int spacing = perText / codingsPerText;
        List<Continuum> continua = new ArrayList<>();
        for (int text = 0; text < texts; text++) {
            List<CodedInterval> marks = new ArrayList<>();
            int previousB = 0;
            for (int i = 0; i < codingsPerText; i++) {
                int start = i * spacing + random.nextInt(Math.max(1, spacing / 4));
                int end = Math.min(perText, start + 50 + random.nextInt(Math.min(351, Math.max(1, spacing - spacing / 4 - 50))));
                String code = CODES[random.nextInt(CODES.length)];
                marks.add(new CodedInterval(0, start, end, code));
                if (random.nextInt(20) == 0) {
                    continue;
                }
                int startB = Math.max(previousB, start + random.nextInt(41) - 20);
                int endB = Math.min(perText, Math.max(startB + 1, end + random.nextInt(41) - 20));
                String codeB = random.nextInt(10) == 0 ? CODES[random.nextInt(CODES.length)] : code;
                marks.add(new CodedInterval(1, startB, endB, codeB));
                previousB = endB;
            }
            continua.add(new Continuum("text " + (text + 1), perText, marks));
        }
        return new UnitizedData(List.of("ana", "ben"), continua);
    }
}
