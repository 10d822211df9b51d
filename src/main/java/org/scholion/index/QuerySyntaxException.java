package org.scholion.index;

/**
 * A query the researcher typed cannot be read. The message is one line that says where
 * ("column 12") and what was expected, fit to show under the search box.
 */
public final class QuerySyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;

    QuerySyntaxException(String message, int column) {
        super(column > 0 ? "column " + column + ": " + message : message);
        this.column = column;
    }

    /** The 1-based column in the query where the problem was found, or 0 when it is the whole query. */
    public int column() {
        return column;
    }
}
