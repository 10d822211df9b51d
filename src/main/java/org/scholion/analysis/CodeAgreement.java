package org.scholion.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scholion.codebook.CodeId;

/**
 * The agreement on one code (or, with no code, over all codes together).
 *
 * @param code       the code; empty for the overall line
 * @param label      the code's path, or "all codes"
 * @param statistics every statistic that applies to the request, in a fixed order
 * @param marked     for each coder (in the request's order), how many units (or characters) they
 *                   marked with the code, so a reader sees who coded how much
 */
public record CodeAgreement(Optional<CodeId> code, String label, List<AgreementResult> statistics, List<Long> marked) {

    public CodeAgreement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        statistics = List.copyOf(statistics);
        marked = List.copyOf(marked);
    }

    /** The statistic with this name, if it applies. */
    public Optional<AgreementResult> statistic(String name) {
        return statistics.stream().filter(result -> result.statistic().equals(name)).findFirst();
    }
}
