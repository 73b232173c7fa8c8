package io.meridian.culture.internal.index;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.Note;
import io.meridian.api.culture.Phrase;
import io.meridian.api.culture.Scale;
import io.meridian.api.culture.ScalePosition;
import io.meridian.api.culture.SearchResults.Kind;
import io.meridian.api.culture.Section;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Lucene documents of the knowledge base, and the names of their fields.
 *
 * <p>Text is indexed twice: stemmed ({@link #TITLE}, {@link #HEADINGS}, {@link #BODY}) for
 * matching words in any form, and whole ({@link #TITLE_PLAIN}, {@link #BODY_PLAIN}) for typos,
 * prefixes, snippets and "more like this". The plain body is stored with its offsets so that
 * snippets are cut without analysing the text again, and so are its sentence boundaries.
 */
public final class Documents {

    public static final String UID = "uid";
    public static final String SOURCE = "source";
    public static final String BUNDLE = "bundle";
    public static final String VERSION = "bundle_version";
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String TITLE_PLAIN = "title_plain";
    public static final String HEADINGS = "headings";
    public static final String BODY = "body";
    public static final String BODY_PLAIN = "body_plain";
    /** Where the sentences of {@link #BODY_PLAIN} end, worked out once here instead of for every snippet. */
    public static final String SENTENCES = "sentences";
    /** Facet dimensions; each also a keyword field of the same name for filters. */
    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String TOPIC = "topic";
    /** A note's version and a digest of its text: what the index holds of it, compared with the database at start. */
    public static final String NOTE_STAMP = "note_stamp";

    public static final FacetsConfig FACETS = new FacetsConfig();
    static {
        FACETS.setMultiValued(COUNTRY, true);
        FACETS.setMultiValued(REGION, true);
        FACETS.setMultiValued(TOPIC, true);
    }

    private static final FieldType PLAIN_BODY = new FieldType(TextField.TYPE_STORED);
    static {
        PLAIN_BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        PLAIN_BODY.freeze();
    }

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Documents() {
    }

    /** The id of an article from a contribution. */
    public static String articleId(Contribution c, String articleId) {
        return Kind.ARTICLE.id() + "/" + c.bundle() + "/" + articleId;
    }

    public static String profileId(Contribution c, String countryCode) {
        return Kind.PROFILE.id() + "/" + c.bundle() + "/" + countryCode;
    }

    public static String noteId(long id) {
        return Kind.NOTE.id() + "/" + id;
    }

    static Document article(Contribution c, Article a) {
        Node root = MARKDOWN.parse(a.markdown());
        return build(articleId(c, a.id()), c, Kind.ARTICLE, a.title(), headings(root), TEXT.render(root), a.countries(), a.regions(),
                a.topics());
    }

    static Document profile(Contribution c, CountryProfile p) {
        List<String> headings = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (Map.Entry<Section, String> s : new java.util.TreeMap<>(p.sections()).entrySet()) {
            headings.add(s.getKey().title());
            Node root = MARKDOWN.parse(s.getValue());
            headings.addAll(headings(root));
            body.append(s.getKey().title()).append(".\n").append(TEXT.render(root)).append("\n\n");
        }
        for (Map.Entry<Scale, ScalePosition> s : new java.util.TreeMap<>(p.scales()).entrySet()) {
            body.append(s.getKey().title()).append(": ").append(s.getValue().note()).append("\n");
        }
        gifts(body, "Gifts to give", p.gifts().dos());
        gifts(body, "Gifts to avoid", p.gifts().donts());
        gifts(body, "Taboos", p.gifts().taboos());
        for (Phrase ph : p.phrases()) {
            body.append(ph.text());
            if (ph.transliteration() != null) body.append(" (").append(ph.transliteration()).append(")");
            body.append(": ").append(ph.meaning()).append("\n");
        }
        List<String> topics = new ArrayList<>(p.sections().keySet().stream().map(Section::id).toList());
        if (!p.gifts().dos().isEmpty() || !p.gifts().donts().isEmpty() || !p.gifts().taboos().isEmpty()) topics.add("gifts");
        String names = String.join(" ", new java.util.TreeSet<>(p.names().values()));
        return build(profileId(c, p.countryCode()), c, Kind.PROFILE, p.name() + ": country profile",
                List.of(names), body.toString(), Set.of(p.countryCode()), Set.of(), topics);
    }

    /** A note, filed under {@code source}. */
    public static Document note(String source, Note n, String countryName) {
        String firstLine = n.text().strip().lines().findFirst().orElse("");
        String title = "Note on " + countryName + ": " + (firstLine.length() > 80 ? firstLine.substring(0, 79) + "…" : firstLine);
        Contribution owner = new Contribution(source, "notes", "", List.of(), List.of(), "");
        Document d = build(noteId(n.id()), owner, Kind.NOTE, title, List.of(), n.text(), Set.of(n.countryCode()), Set.of(), List.of("note"));
        d.add(new StoredField(NOTE_STAMP, noteStamp(n)));
        return d;
    }

    /** What identifies this state of a note: its version and its text. */
    public static String noteStamp(Note n) {
        return n.version() + ":" + Fingerprint.ofTexts(List.of(n.countryCode(), n.text()));
    }

    /** The documents of a contribution, each built alone: one that cannot be built is reported and left out, the rest kept. */
    public static List<Document> of(Contribution c, java.util.function.BiConsumer<String, RuntimeException> refused) {
        List<Document> docs = new ArrayList<>();
        for (CountryProfile p : c.profiles()) {
            try {
                docs.add(profile(c, p));
            } catch (RuntimeException e) {
                refused.accept("profile " + p.countryCode(), e);
            }
        }
        for (Article a : c.articles()) {
            try {
                docs.add(article(c, a));
            } catch (RuntimeException e) {
                refused.accept("article " + a.id(), e);
            }
        }
        return docs;
    }

    private static void gifts(StringBuilder body, String label, List<String> items) {
        if (!items.isEmpty()) body.append(label).append(": ").append(String.join("; ", items)).append(".\n");
    }

    private static Document build(String uid, Contribution c, Kind kind, String title, List<String> headings, String body,
                                  Collection<String> countries, Collection<String> regions, Collection<String> topics) {
        Document d = new Document();
        d.add(new StringField(UID, uid, Field.Store.YES));
        d.add(new StringField(SOURCE, c.key(), Field.Store.YES));
        d.add(new StoredField(BUNDLE, c.bundle()));
        d.add(new StoredField(VERSION, c.version()));
        d.add(new StringField(KIND, kind.id(), Field.Store.YES));
        d.add(new TextField(TITLE, title, Field.Store.NO));
        d.add(new TextField(TITLE_PLAIN, title, Field.Store.YES));
        d.add(new TextField(HEADINGS, String.join("\n", headings), Field.Store.NO));
        d.add(new TextField(BODY, body, Field.Store.NO));
        d.add(new Field(BODY_PLAIN, body, PLAIN_BODY));
        d.add(new StoredField(SENTENCES, SentenceBreaks.encode(body)));
        tags(d, COUNTRY, countries);
        tags(d, REGION, regions);
        tags(d, TOPIC, topics);
        try {
            return FACETS.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tags(Document d, String field, Collection<String> values) {
        for (String v : new java.util.TreeSet<>(values)) {
            d.add(new StringField(field, v, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(field, v));
        }
    }

    private static List<String> headings(Node root) {
        List<String> headings = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(TEXT.render(heading));
            }
        });
        return headings;
    }
}
