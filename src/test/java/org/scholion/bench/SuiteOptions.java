package org.scholion.bench;

import java.nio.file.Path;

/** The command line of {@code bench/suite}. */
final class SuiteOptions {

    static final String USAGE = """
            usage: bench/suite [--scale small|medium|large] [--runs N] [--out FILE] [--query-runs N] [--work DIR] [--keep]
              --scale small     the five sample sources (default)
              --scale medium    10,000 synthetic news-length sources (about 50 MB)
              --scale large     100,000 synthetic news-length sources (about 500 MB) and 3 thesis-length ones
              --runs N          repeated runs per figure (default 5)
              --query-runs N    timed runs per query after 10 warm-up runs (default 100)
              --out FILE        also write the header and the table as markdown to FILE
              --work DIR        folder for generated inputs and projects (default: a new temp folder)
              --keep            keep the work folder afterwards""";

    Path home = Path.of(System.getProperty("scholion.home", "."));
    Scale scale = Scale.SMALL;
    int runs = 5;
    int queryRuns = 100;
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
