package org.scholion.ui.viewer;

import org.scholion.source.Span;

/** A request to the view to select a span and scroll it into view; numbered, so a repeat still fires. */
public record Reveal(Span span, long serial) {
}
