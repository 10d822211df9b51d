package org.scholion.source;

/** A typed attribute's value for one source, e.g. region = "Karabakh" or pages = 312. */
public record SourceAttribute(String name, AttributeType type, String value) {
}
