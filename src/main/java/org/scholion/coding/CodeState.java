package org.scholion.coding;

import java.time.Instant;
import org.scholion.codebook.Code;

/** A code as the action log keeps it: every field, and when it was first created. */
public record CodeState(Code code, Instant created) {
}
