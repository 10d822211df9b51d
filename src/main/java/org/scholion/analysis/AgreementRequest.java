package org.scholion.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.scholion.codebook.CodeId;

/**
 * Which coders to compare, on what units, for which codes (none named: every code any of them used).
 */
public record AgreementRequest(List<String> coders, AgreementUnit unit, Set<CodeId> codes) {

    public AgreementRequest {
        Objects.requireNonNull(unit, "unit");
        coders = List.copyOf(coders);
        codes = Set.copyOf(codes);
        if (coders.size() < 2) {
            throw new IllegalArgumentException("agreement needs two or more coders, got "
                    + (coders.isEmpty() ? "none" : "only " + coders.getFirst()));
        }
        if (new LinkedHashSet<>(coders).size() != coders.size()) {
            throw new IllegalArgumentException("a coder is named twice in " + String.join(", ", coders));
        }
    }
}
