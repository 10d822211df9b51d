package org.scholion.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scholion.codebook.CodeId;
import org.scholion.coding.Coding;

/**
 * Inter-coder agreement on a project's codings: the entry point that picks the codes, notes what a
 * reader must know, and hands the work to the computation for the requested unit.
 */
public final class CodingAgreement {

    private CodingAgreement() {
    }

    /**
     * @param sources the sources to compare on, with their units when the unit is a sentence or
     *                paragraph
     * @param codings the project's codings (any coder; those not requested are ignored)
     * @param codes   every code's label (its path), in the order the report lists them
     */
    public static AgreementReport compute(List<UnitSource> sources, List<Coding> codings, Map<CodeId, String> codes,
                                          AgreementRequest request) {
        CodingsByCoder byCoder = new CodingsByCoder(request.coders(), codings);
        Map<CodeId, String> scope = new LinkedHashMap<>();
        codes.forEach((id, label) -> {
            if (request.codes().isEmpty() ? byCoder.used(id) : request.codes().contains(id)) {
                scope.put(id, label);
            }
        });
        List<String> notes = notes(sources, byCoder, request);
        return switch (request.unit()) {
            case SENTENCE, PARAGRAPH -> new SegmentAgreement(sources, byCoder, request.coders())
                    .compute(request, scope, notes);
            case CHARACTER -> new CharacterAgreement(sources, byCoder, request.coders()).compute(request, scope, notes);
        };
    }

    private static List<String> notes(List<UnitSource> sources, CodingsByCoder byCoder, AgreementRequest request) {
        List<String> notes = new ArrayList<>();
        for (UnitSource source : sources) {
            int coding = byCoder.codersOf(source.id());
            if (coding == 0) {
                notes.add("\"" + source.title() + "\": none of the coders coded it; it is left out");
                continue;
            }
            List<String> absent = new ArrayList<>();
            for (int c = 0; c < byCoder.coderCount(); c++) {
                if (!byCoder.coded(source.id(), c)) {
                    absent.add(byCoder.coder(c));
                }
            }
            if (!absent.isEmpty()) {
                notes.add("\"" + source.title() + "\": " + String.join(", ", absent)
                        + " coded nothing in it; "
                        + (coding < 2 ? "it is left out, as only one coder coded it"
                        : "their decisions there count as missing"));
            }
        }
        for (int c = 0; c < byCoder.coderCount(); c++) {
            boolean any = false;
            for (UnitSource source : sources) {
                any |= byCoder.coded(source.id(), c);
            }
            if (!any) {
                notes.add(byCoder.coder(c) + " has no codings in these sources");
            }
        }
        return notes;
    }
}
