package org.scholion.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scholion.corpus.ExtractionOptions;
import org.scholion.project.ImportRequest;
import org.scholion.source.MetadataPatch;

/**
 * The text sources of one scale, written as files: the sample corpus at small scale; at medium and
 * large, synthetic news-length sources (about 5 KB each) and, at large, a few thesis-length ones
 * (about 700 KB, as the sample thesis), all from {@link CorpusGenerator} with fixed seeds.
 */
record SuiteCorpus(String label, List<Path> paths, ImportRequest request, long bytes) {

    private static final int NEWS_BYTES = 5_000;
    private static final int THESIS_BYTES = 700_000;
    private static final long THESIS_SEED = CorpusGenerator.SEED + 1;

    static SuiteCorpus write(SuiteOptions.Scale scale, CorpusGenerator generator, Map<String, MetadataPatch> sample,
                             Path corpus, Path dir) throws IOException {
        if (scale == SuiteOptions.Scale.SMALL) {
            return new SuiteCorpus("the 5 sample sources", List.of(corpus),
                    new ImportRequest(sample, null, ExtractionOptions.defaults(), Set.of(corpus.resolve("sources.json"))),
                    ImportSearchBenchmark.totalSize(generator.textFiles()));
        }
        Map<String, MetadataPatch> metadata = new LinkedHashMap<>();
        Path news = dir.resolve("news");
        metadata.putAll(generator.writeSynthetic(news, scale.newsSources, NEWS_BYTES));
        List<Path> paths = List.of(news);
        String label = "%,d synthetic news-length sources".formatted(scale.newsSources);
        if (scale.thesisSources > 0) {
            Path theses = dir.resolve("theses");
            metadata.putAll(generator.writeSynthetic(theses, scale.thesisSources, THESIS_BYTES, "thesis", THESIS_SEED));
            paths = List.of(news, theses);
            label += " and %d thesis-length ones".formatted(scale.thesisSources);
        }
        long bytes = 0;
        for (Path folder : paths) {
            bytes += ImportSearchBenchmark.treeSize(folder);
        }
        return new SuiteCorpus(label + " (%s MB)".formatted(BenchStats.fmt(bytes / 1e6, 1)), paths,
                new ImportRequest(metadata, null, ExtractionOptions.defaults(), Set.of()), bytes);
    }
}
