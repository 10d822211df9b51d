package org.scholion.project;

import org.scholion.codebook.CodePath;
import org.scholion.coding.Coding;
import org.scholion.source.Source;

/** A coding with what a reader needs beside it: its code's path and its source, page where known. */
public record CodingRow(Coding coding, CodePath codePath, Source source, String pages) {
}
