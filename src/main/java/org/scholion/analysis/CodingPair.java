package org.scholion.analysis;

import org.scholion.coding.Coding;

/** Two codings that co-occur: the pair behind one count of a co-occurrence cell, the earlier one first. */
public record CodingPair(Coding first, Coding second) {
}
