package org.scholion.codebook;

/** A rule a codebook file breaks: which code (by its index in the file), which field, and what is wrong. */
public record CodebookProblem(int codeIndex, String field, String message) {
}
