package org.scholion.coding;

import java.util.List;
import org.scholion.codebook.CodeId;
import org.scholion.source.SourceId;

/**
 * A case: a unit of analysis (a person, a country, an organisation) that groups sources, codes and
 * coded passages, with attribute values of its own. Cases come with REFI-QDA projects and are
 * kept so that exporting writes them again; the workbench does not show them yet.
 *
 * @param selections the coded passages, by the GUID of the selection their codings carry
 */
public record Case(long id, String name, String description, List<SourceId> sources, List<CodeId> codes,
                   List<String> selections, List<CaseValue> values) {
    public Case {
        description = description == null ? "" : description;
        sources = List.copyOf(sources);
        codes = List.copyOf(codes);
        selections = List.copyOf(selections);
        values = List.copyOf(values);
    }
}
