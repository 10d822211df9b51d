package org.scholion.json;

import java.nio.file.Path;

/**
 * A codebook file that cannot be read: says which file, where (line and column, 1-based), which
 * field, and what is wrong, in one line.
 */
public class CodebookFormatException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    public CodebookFormatException(String file, int line, int column, String field, String problem) {
        super(file + ":" + line + ":" + column + ": " + (field == null ? "" : field + ": ") + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    static String name(Path file) {
        return file.toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The field at fault, as a path such as {@code codes[3].color}; null when the fault is the file's form. */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
