package org.scholion.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholion.index.HitOrder;
import org.scholion.project.Project;

/**
 * Query latency on an existing project, as the suite measures it ({@code search(query, 20, SCORE)},
 * warm-up runs, then timed runs; median and 95th percentile), for comparing two builds on one
 * project back to back. A program, not a test.
 *
 * <pre>bench/query-latency PROJECT_FOLDER [--runs N] [QUERY ...]</pre>
 * Without queries, the suite's five: term, phrase, proximity, boolean, wildcard.
 */
public final class QueryLatency {

    private static final int WARM_UP = 30;

    private QueryLatency() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: bench/query-latency PROJECT_FOLDER [--runs N] [QUERY ...]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        int runs = 100;
        List<String> queries = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = BenchArgs.positive(BenchArgs.value(args, ++i, "--runs"), "--runs");
            } else {
                queries.add(args[i]);
            }
        }
        if (queries.isEmpty()) {
            for (ComparisonQuery query : ComparisonQuery.ALL) {
                queries.add(query.scholion());
            }
        }
        try (Project project = Project.open(folder)) {
            System.out.printf("%-40s %10s %10s %10s%n", "query", "matches", "p50 ms", "p95 ms");
            for (String query : queries) {
                for (int i = 0; i < WARM_UP; i++) {
                    project.search().search(query, 20, HitOrder.SCORE);
                }
                List<Double> millis = new ArrayList<>();
                int matches = 0;
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    matches = project.search().search(query, 20, HitOrder.SCORE).totalMatches();
                    millis.add((System.nanoTime() - t) / 1e6);
                }
                System.out.printf("%-40s %,10d %10s %10s%n", query, matches, BenchStats.fmt(BenchStats.median(millis), 2),
                        BenchStats.fmt(BenchStats.percentile(millis, 95), 2));
            }
        }
    }
}
