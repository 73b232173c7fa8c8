package io.meridian.culture.internal.index;

import io.meridian.api.culture.QuerySyntaxException;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opt-in advanced syntax: Lucene's classic query parser over title (3×), headings (2×) and
 * body, with every word required unless {@code OR} says otherwise. Fields a user may name:
 * {@code title:}, {@code headings:}, {@code body:}, {@code country:}, {@code region:},
 * {@code topic:} and {@code kind:}. A query that does not parse is refused with the position
 * (from 1) where parsing stopped.
 */
final class AdvancedQuery {

    private static final Map<String, Float> BOOSTS = Map.of(Documents.TITLE, Search.TITLE_BOOST, Documents.HEADINGS,
            Search.HEADINGS_BOOST, Documents.BODY, 1f);
    private static final Set<String> TEXT_FIELDS = Set.of(Documents.TITLE, Documents.HEADINGS, Documents.BODY);
    private static final Set<String> TAG_FIELDS = Set.of(Documents.COUNTRY, Documents.REGION, Documents.TOPIC, Documents.KIND);
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private AdvancedQuery() {
    }

    static Search.Plan parse(String text) {
        Parser parser = new Parser(text);
        Query query;
        try {
            query = parser.parse(text);
        } catch (ParseException e) {
            throw syntax(text, e);
        } catch (UnknownField e) {
            throw e.exception;
        }
        return new Search.Plan(query, null, null, List.of(text));
    }

    private static QuerySyntaxException syntax(String text, ParseException e) {
        if (e.getCause() instanceof UnknownField u) return u.exception;
        if (e.getCause() instanceof TokenMgrError lexical) {
            Matcher m = COLUMN.matcher(lexical.getMessage());
            int column = m.find() ? Integer.parseInt(m.group(1)) : 0;
            return new QuerySyntaxException("the query cannot be read at position " + column
                    + ": a quote is not closed, or a \\ escapes nothing; close the quote or remove the \\", column);
        }
        if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
            return new QuerySyntaxException("a wildcard or fuzzy term matches too many words; make it longer", 0);
        }
        // the parser wraps what the grammar threw, which holds the token
        ParseException grammar = e.currentToken == null && e.getCause() instanceof ParseException inner ? inner : e;
        if (grammar.getCause() instanceof UnknownField u) return u.exception;
        Token next = grammar.currentToken == null ? null : grammar.currentToken.next;
        if (next == null) {
            String reason = firstLine(e.getMessage()).replaceFirst("^Cannot parse '.*?': ", "");
            return new QuerySyntaxException("the query cannot be parsed: " + reason, 0);
        }
        // the grammar counts columns from 0; positions are from 1
        int position = next.beginColumn + 1;
        if (next.kind == 0) {
            return new QuerySyntaxException("the query ends too early at position " + (text.length() + 1)
                    + ": something is missing after the last operator, field or parenthesis", text.length() + 1);
        }
        return new QuerySyntaxException("unexpected \"" + next.image + "\" at position " + position
                + "; put a term before it, or escape it with \\ to search for it", position);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static final class UnknownField extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient QuerySyntaxException exception;

        UnknownField(QuerySyntaxException exception) {
            super(exception.getMessage(), null, false, false);
            this.exception = exception;
        }
    }

    private static final class Parser extends MultiFieldQueryParser {
        private final String text;

        Parser(String text) {
            super(new String[] {Documents.TITLE, Documents.HEADINGS, Documents.BODY}, CultureAnalyzers.TEXT, BOOSTS);
            this.text = text;
            setDefaultOperator(QueryParser.AND_OPERATOR);
            setSplitOnWhitespace(true);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (field != null && TAG_FIELDS.contains(field)) {
                String v = field.equals(Documents.COUNTRY) ? queryText.toUpperCase(Locale.ROOT) : queryText.toLowerCase(Locale.ROOT);
                return new TermQuery(new Term(field, v));
            }
            check(field);
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            check(field);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            check(field);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            check(field);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            check(field);
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            check(field);
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        private void check(String field) {
            if (field == null || TEXT_FIELDS.contains(field) || TAG_FIELDS.contains(field)) return;
            int at = text.indexOf(field + ":");
            throw new UnknownField(new QuerySyntaxException("unknown field \"" + field + "\" at position " + (at + 1)
                    + "; the fields are title, headings, body, country, region, topic and kind", at + 1));
        }
    }
}
