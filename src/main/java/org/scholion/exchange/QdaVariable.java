package org.scholion.exchange;

/** A variable (attribute) that sources or cases carry a typed value of. */
public record QdaVariable(Guid guid, String name, QdaVariableType type, String description) {
    public QdaVariable {
        description = description == null ? "" : description;
    }
}
