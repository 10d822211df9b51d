package org.scholion.coding;

/** A person (or a rule, such as auto-coding) that applies codes. */
public record Coder(long id, String name) {
    public Coder {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a coder needs a name");
        }
    }
}
