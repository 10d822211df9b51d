package org.scholion.exchange;

import java.util.List;

/** A case: a unit of analysis (a person, a country) grouping sources, selections and codes. */
public record QdaCase(Guid guid, String name, String description, List<Guid> codeRefs,
                      List<QdaVariableValue> values, List<Guid> sourceRefs, List<Guid> selectionRefs) {
    public QdaCase {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        codeRefs = List.copyOf(codeRefs);
        values = List.copyOf(values);
        sourceRefs = List.copyOf(sourceRefs);
        selectionRefs = List.copyOf(selectionRefs);
    }
}
