package org.scholion.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.scholion.reliability.ReliabilityFigures;

/**
 * Counts the inputs each fuzz property tried in this test run, for the line the build prints at the
 * end: the tries jqwik was asked for are a setting, the tries made are a figure.
 */
public final class FuzzTally {

    private static final Map<String, AtomicLong> TRIED = new ConcurrentSkipListMap<>();

    private FuzzTally() {
    }

    /** One input given to the reader named. */
    public static void tried(String reader) {
        TRIED.computeIfAbsent(reader, name -> new AtomicLong()).incrementAndGet();
    }

    /** Records what all fuzz properties of this run tried so far; each fuzz class calls it when done. */
    public static void record() {
        Map<String, Long> tried = new TreeMap<>();
        TRIED.forEach((reader, count) -> tried.put(reader, count.get()));
        long total = tried.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder each = new StringBuilder();
        tried.forEach((reader, count) -> each.append(each.isEmpty() ? "" : ", ").append(reader).append(' ').append(count));
        ReliabilityFigures.record("fuzz", "fuzzing: %d damaged or random inputs, none crashed a reader (%s)"
                .formatted(total, each));
    }
}
