package org.scholion.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholion.source.PageMap;
import org.scholion.source.SourceId;
import org.scholion.source.SourceType;

/** The five corpus texts as the store would hand them to the index (metadata from corpus/sources.json). */
final class Corpus {

    static final SourceId THESIS = new SourceId(1);
    static final SourceId ARTICLE_2020 = new SourceId(2);
    static final SourceId ARTICLE_2012 = new SourceId(3);
    static final SourceId MIHOLJCIC_2022 = new SourceId(4);
    static final SourceId NEWS_2021 = new SourceId(5);

    private Corpus() {
    }

    static List<IndexedSource> sources() {
        List<IndexedSource> sources = new ArrayList<>();
        sources.add(source(THESIS, "thesis-russia-conflicts-south-caucasus.txt", SourceType.THESIS, null));
        sources.add(source(ARTICLE_2020, "article-russia-foreign-policy-nagorno-karabakh-2020.txt", SourceType.ARTICLE, 2020));
        sources.add(source(ARTICLE_2012, "article-assessing-russia-role-karabakh.txt", SourceType.ARTICLE, 2012));
        sources.add(source(MIHOLJCIC_2022, "article-miholjcic-russian-peacekeeping.txt", SourceType.ARTICLE, 2022));
        sources.add(source(NEWS_2021, "news-kuzio-russian-peacekeepers-2021.txt", SourceType.NEWS, 2021));
        return sources;
    }

    private static IndexedSource source(SourceId id, String file, SourceType type, Integer year) {
        try {
            String text = Files.readString(Path.of("corpus", file));
            return new IndexedSource(id, file, type, year, "en", text, PageMap.NONE, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
