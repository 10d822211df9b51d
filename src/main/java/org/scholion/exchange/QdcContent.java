package org.scholion.exchange;

import java.util.List;

/**
 * What {@link QdcReader} read from a .qdc codebook.
 *
 * @param warnings one line per thing worked around, as in {@link QdpxContent#warnings()}
 */
public record QdcContent(QdaCodebook codebook, List<String> warnings) {
    public QdcContent {
        warnings = List.copyOf(warnings);
    }
}
