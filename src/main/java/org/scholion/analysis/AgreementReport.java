package org.scholion.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Agreement between coders: per code, overall, and the places where they differ.
 *
 * @param request       what was compared
 * @param perCode       one line per code, in codebook order
 * @param overall       all codes together
 * @param disagreements every place where the coders differ, by source and position
 * @param notes         what a reader must know to trust the figures (e.g. a coder who coded nothing
 *                      in a source, whose values there count as missing)
 */
public record AgreementReport(AgreementRequest request, List<CodeAgreement> perCode, CodeAgreement overall,
                              List<Disagreement> disagreements, List<String> notes) {

    public AgreementReport {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(overall, "overall");
        perCode = List.copyOf(perCode);
        disagreements = List.copyOf(disagreements);
        notes = List.copyOf(notes);
    }
}
