package org.scholion.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.scholion.codebook.Code;
import org.scholion.codebook.CodeColor;
import org.scholion.codebook.CodeId;
import org.scholion.codebook.Codebook;
import org.scholion.coding.Anchor;
import org.scholion.coding.Coder;
import org.scholion.coding.Coding;
import org.scholion.coding.CodingId;
import org.scholion.source.PartialDate;
import org.scholion.source.Source;
import org.scholion.source.SourceId;
import org.scholion.source.SourceMetadata;
import org.scholion.source.SourceType;
import org.scholion.source.Span;

/**
 * Small hand-made corpora for the report computations: a codebook Politics (NATO, Energy) and
 * Peace, and sources added with a type and a year (null: undated).
 */
final class ReportFixture {

    static final CodeId POLITICS = new CodeId(1);
    static final CodeId NATO = new CodeId(2);
    static final CodeId ENERGY = new CodeId(3);
    static final CodeId PEACE = new CodeId(4);
    static final String POLITICS_PATH = "Politics";
    static final String NATO_PATH = "Politics/NATO";
    static final String ENERGY_PATH = "Politics/Energy";
    static final String PEACE_PATH = "Peace";

    static final Codebook CODEBOOK = Codebook.of(List.of(
            code(POLITICS, null, "Politics", 0), code(NATO, POLITICS, "NATO", 0),
            code(ENERGY, POLITICS, "Energy", 1), code(PEACE, null, "Peace", 1)));

    private final List<Source> sources = new ArrayList<>();
    private final List<Coding> codings = new ArrayList<>();

    private static Code code(CodeId id, CodeId parent, String name, int position) {
        return new Code(id, parent, "k" + id.value(), name, new CodeColor(0x336699), null, position);
    }

    SourceId source(String title, SourceType type, Integer year) {
        SourceId id = new SourceId(sources.size() + 1);
        sources.add(new Source(id, new SourceMetadata(title, type, List.of(), year == null ? null : PartialDate.ofYear(year),
                "en", null, null), null, 10_000, "sha" + id.value(), 0, Instant.EPOCH));
        return id;
    }

    Coding code(SourceId source, int start, int end, CodeId code, String coder) {
        Coding coding = new Coding(new CodingId(codings.size() + 1), source, new Span(start, end), code,
                new Coder(Math.abs(coder.hashCode()), coder), Instant.EPOCH, null, new Anchor("", "q", ""));
        codings.add(coding);
        return coding;
    }

    CodedCorpus corpus() {
        return new CodedCorpus(CODEBOOK, sources, codings);
    }
}
