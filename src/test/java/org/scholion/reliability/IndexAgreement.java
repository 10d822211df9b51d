package org.scholion.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.scholion.codebook.Code;
import org.scholion.codebook.Codebook;
import org.scholion.index.HitOrder;
import org.scholion.index.PassageHit;
import org.scholion.index.SearchResults;
import org.scholion.project.Project;

/**
 * Whether a project's search index, as a killed process left it and as the project brings it back
 * on opening, agrees with its store: the same queries on it and on an index built afresh from a
 * copy of the store find the same passages, pages and matches.
 */
final class IndexAgreement {

    private static final int MAX_HITS = 100_000;

    private IndexAgreement() {
    }

    /** Queries a researcher would run on what the workload made: words, a phrase, its markers and codes. */
    static List<String> queriesFor(Project project, ProjectState state, Random random, int codes) {
        List<String> queries = new ArrayList<>(List.of("russia", "\"talks on the border\"", "border AND troops", "\"russia troops\"~3",
                "\u0430\u0431\u0445\u0430\u0437\u0438\u044f"));
        List<String> markers = new ArrayList<>(state.sources().values());
        for (int i = 0; i < 3 && !markers.isEmpty(); i++) {
            queries.add(markers.remove(random.nextInt(markers.size())));
        }
        Codebook codebook = project.codebook().snapshot();
        List<Code> all = new ArrayList<>(codebook.depthFirst());
        for (int i = 0; i < codes && !all.isEmpty(); i++) {
            Code code = all.remove(random.nextInt(all.size()));
            queries.add("code:\"" + codebook.pathOf(code.id()) + "\"");
        }
        return queries;
    }

    /** Each query's passages, pages and matches, in reading order. */
    static Map<String, List<String>> answers(Project project, List<String> queries) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String query : queries) {
            SearchResults results = project.search().search(query, MAX_HITS, HitOrder.SOURCE);
            List<String> lines = new ArrayList<>();
            lines.add(results.totalPassages() + " passages, " + results.totalMatches() + " matches");
            for (PassageHit hit : results.hits()) {
                lines.add(hit.source().value() + " " + hit.passage() + " p." + hit.page() + " " + hit.matches());
            }
            answers.put(query, lines);
        }
        return answers;
    }

    /**
     * A copy of the project's store (its database, closed and so checkpointed) with no index, for
     * an index built from nothing but the store.
     */
    static Path storeOnlyCopy(Path folder, Path scratch) throws IOException {
        Path copy = scratch.resolve("fresh.scholion");
        if (Files.exists(copy)) {
            try (var old = Files.walk(copy)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(copy.resolve("originals"));
        for (String file : List.of("project.db", "project.db-wal")) {
            if (Files.exists(folder.resolve(file))) {
                Files.copy(folder.resolve(file), copy.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }
}
