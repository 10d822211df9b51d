package org.scholion.analysis;

import java.util.Set;
import org.scholion.coding.Coding;
import org.scholion.source.Source;
import org.scholion.source.SourceType;

/**
 * What a report covers: the codings of some coders in some kinds of source, and whether a code
 * also counts the codings of its sub-codes. An empty set means all.
 *
 * @param coders       coder names whose codings count; empty: every coder
 * @param types        source types whose sources count; empty: every type
 * @param withSubCodes whether a code counts its descendants' codings as its own (a segment or a
 *                     source still counts once per code)
 */
public record ReportRequest(Set<String> coders, Set<SourceType> types, boolean withSubCodes) {

    /** Every coding of every coder in every source, each code on its own. */
    public static final ReportRequest ALL = new ReportRequest(Set.of(), Set.of(), false);

    public ReportRequest {
        coders = coders == null ? Set.of() : Set.copyOf(coders);
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public ReportRequest withSubCodes(boolean with) {
        return new ReportRequest(coders, types, with);
    }

    public ReportRequest withCoders(Set<String> names) {
        return new ReportRequest(names, types, withSubCodes);
    }

    public ReportRequest withTypes(Set<SourceType> kinds) {
        return new ReportRequest(coders, kinds, withSubCodes);
    }

    public boolean accepts(Source source) {
        return types.isEmpty() || types.contains(source.metadata().type());
    }

    public boolean accepts(Coding coding) {
        return coders.isEmpty() || coders.contains(coding.coder().name());
    }
}
