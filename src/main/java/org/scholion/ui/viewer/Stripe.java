package org.scholion.ui.viewer;

/** A coding's bracket in the margin: lane 0 is nearest the text, each further lane one step out. */
public record Stripe(ShownCoding coding, int lane) {
}
