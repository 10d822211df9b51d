package org.scholion.analysis;

import java.util.List;
import java.util.Objects;
import org.scholion.codebook.CodeId;
import org.scholion.source.SourceId;
import org.scholion.source.Span;

/**
 * One place where the coders differ: in this stretch of this source, some coders applied the code
 * and others, who coded the source, did not.
 *
 * @param span    the unit (sentence or paragraph), or for character units the stretch where the
 *                same coders differ
 * @param marked  coders who applied the code here
 * @param omitted coders who coded the source but not this code here
 */
public record Disagreement(SourceId source, Span span, CodeId code, List<String> marked, List<String> omitted) {

    public Disagreement {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(code, "code");
        marked = List.copyOf(marked);
        omitted = List.copyOf(omitted);
    }
}
