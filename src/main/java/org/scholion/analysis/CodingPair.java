package org.scholion.analysis;

import org.scholion.coding.Coding;

/**
 * Two codings that co-occur: the pair behind one count of a co-occurrence cell, the one starting
 * first first. From {@code Project.analysis()} the codings carry id, source, span, code and coder,
 * not their memo, creation time or quote ({@code Project.codings().get(id)} has them; the text is
 * the source's text at the span).
 */
public record CodingPair(Coding first, Coding second) {
}
