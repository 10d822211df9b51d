package org.scholion.store;

import org.scholion.source.AttributeType;

/** An attribute as the project defines it: its name, type and exchange GUID. */
public record AttributeDefinition(String name, AttributeType type, String guid) {
}
