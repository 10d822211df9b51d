package org.scholion.coding;

import org.scholion.source.AttributeType;

/** A case's value of an attribute (the attributes sources have), e.g. country = "Armenia". */
public record CaseValue(String attribute, AttributeType type, String value) {
}
