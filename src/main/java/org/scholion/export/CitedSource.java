package org.scholion.export;

import java.util.List;
import org.scholion.source.SourceType;

/**
 * A source cited by at least one excerpt, with what a bibliography entry (BibTeX, CSL-JSON) needs.
 *
 * @param key the citation key, as in {@link Citation#key()}
 * @param authors the authors as stored ("Taras Kuzio" or "Kuzio, Taras"); empty when unknown
 * @param date the publication date as stored ("2021", "2021-03", "2021-03-05"), or null
 * @param year its year, or null
 * @param publication the journal, newspaper or publisher, or null
 */
public record CitedSource(String key, List<String> authors, String title, SourceType type, String date, Integer year,
                          String publication) {

    public CitedSource {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
