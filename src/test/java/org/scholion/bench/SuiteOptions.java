package org.scholion.bench;

import java.nio.file.Path;

/** The command line of {@code bench/suite}. */
final class SuiteOptions {

    static final String USAGE = """
            usage: bench/suite [--scale small|medium|large] [--runs N] [--out FILE] [--query-runs N] [--scan-runs N] [--work DIR] [--keep]
              --scale small     the five sample sources (default)
              --scale medium    10,000 synthetic news-length sources (about 50 MB)
              --scale large     100,000 synthetic news-length sources (about 500 MB) and 3 thesis-length ones
              --runs N          repeated runs per figure (default 5)
              --query-runs N    timed runs per Scholion query after 20 warm-up runs (default 100)
              --scan-runs N     timed runs per query of the QualCoder-style scan and of ripgrep
                                (default 10; 3 at large scale, where one scan takes seconds)
              --out FILE        also write the header and the table as markdown to FILE
              --work DIR        folder for generated inputs and projects (default: a new temp folder)
              --keep            keep the work folder afterwards""";

    Path home = Path.of(System.getProperty("scholion.home", "."));
    Scale scale = Scale.SMALL;
    int runs = 5;
    int queryRuns = 100;
    Integer scanRuns;
    Path out;
    Path work;
    boolean keep;
    boolean help;

    /** How many synthetic sources, and of what length, a scale has. */
    enum Scale {
        SMALL(0, 0),
        MEDIUM(10_000, 0),
        LARGE(100_000, 3);

        final int newsSources;
        final int thesisSources;

        Scale(int newsSources, int thesisSources) {
            this.newsSources = newsSources;
            this.thesisSources = thesisSources;
        }

        String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    int scanRuns() {
        return scanRuns != null ? scanRuns : scale == Scale.LARGE ? 3 : 10;
    }

    static SuiteOptions parse(String[] args) {
        SuiteOptions o = new SuiteOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--scale" -> {
                    String scale = BenchArgs.value(args, ++i, arg);
                    o.scale = switch (scale) {
                        case "small" -> Scale.SMALL;
                        case "medium" -> Scale.MEDIUM;
                        case "large" -> Scale.LARGE;
                        default -> throw new IllegalArgumentException("--scale is small, medium or large, not " + scale);
                    };
                }
                case "--runs" -> o.runs = BenchArgs.positive(BenchArgs.value(args, ++i, arg), arg);
                case "--query-runs" -> o.queryRuns = BenchArgs.positive(BenchArgs.value(args, ++i, arg), arg);
                case "--scan-runs" -> o.scanRuns = BenchArgs.positive(BenchArgs.value(args, ++i, arg), arg);
                case "--out" -> o.out = Path.of(BenchArgs.value(args, ++i, arg));
                case "--work" -> o.work = Path.of(BenchArgs.value(args, ++i, arg));
                case "--keep" -> o.keep = true;
                case "-h", "--help" -> o.help = true;
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return o;
    }

}
