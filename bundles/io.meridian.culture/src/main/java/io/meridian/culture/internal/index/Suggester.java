package io.meridian.culture.internal.index;

import io.meridian.api.culture.Suggestion;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Completions of what the user is typing, matched at the start of any word of an entry
 * ({@code "gift"} completes "Gift giving in Japan" and "Business gifts in Korea"), from Lucene's
 * infix suggester over an index in memory, built again whenever the content changes.
 */
public final class Suggester implements Closeable {

    /** One completion and what it leads to; higher weights come first. */
    public record Entry(String text, String kind, String target, long weight) {
    }

    private final AnalyzingInfixSuggester lookup;

    private Suggester(AnalyzingInfixSuggester lookup) {
        this.lookup = lookup;
    }

    public static Suggester build(List<Entry> entries) throws IOException {
        AnalyzingInfixSuggester s = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), CultureAnalyzers.PLAIN, CultureAnalyzers.PLAIN,
                2, false);
        s.build(new Entries(entries.iterator()));
        return new Suggester(s);
    }

    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        if (prefix.isBlank() || lookup.getCount() == 0) return List.of();
        Set<Suggestion> out = new LinkedHashSet<>();
        for (Lookup.LookupResult r : lookup.lookup(prefix, limit * 2, true, false)) {
            String[] payload = r.payload.utf8ToString().split("\u0000", 2);
            out.add(new Suggestion(r.key.toString(), payload[0], payload[1]));
            if (out.size() == limit) break;
        }
        return new ArrayList<>(out);
    }

    @Override
    public void close() throws IOException {
        lookup.close();
    }

    private static final class Entries implements InputIterator {
        private final Iterator<Entry> it;
        private Entry current;

        Entries(Iterator<Entry> it) {
            this.it = it;
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) return null;
            current = it.next();
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return new BytesRef((current.kind() + "\u0000" + current.target()).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
