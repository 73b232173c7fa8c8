package io.meridian.api.culture;

/** An advanced query that does not parse: what is wrong, and where (from 1, in characters). */
public final class QuerySyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final int position;

    public QuerySyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** The character position in the query, from 1; 0 when the parser could not say. */
    public int position() {
        return position;
    }
}
