package org.scholion.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines a benchmark program run in its own JVM prints for the suite: {@code RESULT name v1 v2 ...},
 * every run's value of one figure, among its other output.
 */
final class ChildResult {

    static final String PREFIX = "RESULT ";

    private ChildResult() {
    }

    static String line(String name, List<Double> values) {
        return PREFIX + name + " " + values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v))
                .collect(Collectors.joining(" "));
    }

    /** Every figure the output holds, by name; lines that are not results are passed over. */
    static Map<String, List<Double>> parse(String output) {
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        for (String line : output.lines().toList()) {
            if (!line.startsWith(PREFIX)) {
                continue;
            }
            String[] parts = line.substring(PREFIX.length()).strip().split("\\s+");
            List<Double> values = new ArrayList<>();
            try {
                for (int i = 1; i < parts.length; i++) {
                    values.add(Double.parseDouble(parts[i]));
                }
            } catch (NumberFormatException e) {
                continue;
            }
            if (!parts[0].isEmpty() && !values.isEmpty()) {
                figures.put(parts[0], values);
            }
        }
        return figures;
    }
}
