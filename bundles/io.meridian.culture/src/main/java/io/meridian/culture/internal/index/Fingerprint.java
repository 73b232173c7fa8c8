package io.meridian.culture.internal.index;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.CountryProfile;
import io.meridian.api.culture.Phrase;
import io.meridian.api.culture.Source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SHA-256 digest of content that is the same in every run for the same content: sets and maps
 * are visited in sorted order, never in their (per-run) iteration order.
 */
public final class Fingerprint {

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The digest of profiles and articles, in hex. */
    public static String of(Collection<CountryProfile> profiles, Collection<Article> articles) {
        Fingerprint f = new Fingerprint();
        profiles.stream().sorted(Comparator.comparing(CountryProfile::countryCode)).forEach(f::profile);
        articles.stream().sorted(Comparator.comparing(Article::id)).forEach(f::article);
        return HexFormat.of().formatHex(f.digest.digest());
    }

    /** The digest of texts taken in the order given. */
    public static String ofTexts(List<String> texts) {
        Fingerprint f = new Fingerprint();
        texts.forEach(f::add);
        return HexFormat.of().formatHex(f.digest.digest());
    }

    private void profile(CountryProfile p) {
        add("profile");
        add(p.countryCode());
        map(p.names());
        texts(p.languages());
        texts(p.timeZones());
        new TreeMap<>(p.scales()).forEach((scale, pos) -> {
            add(scale.id());
            add(Integer.toString(pos.value()));
            add(pos.note());
            pos.sources().forEach(this::source);
        });
        new TreeMap<>(p.sections()).forEach((section, text) -> {
            add(section.id());
            add(text);
        });
        texts(p.gifts().dos());
        texts(p.gifts().donts());
        texts(p.gifts().taboos());
        for (Phrase ph : p.phrases()) {
            add(ph.text());
            add(ph.transliteration());
            add(ph.meaning());
            add(ph.language());
        }
        p.sources().forEach(this::source);
        add(p.lastReviewed().toString());
    }

    private void article(Article a) {
        add("article");
        add(a.id());
        add(a.title());
        texts(a.countries().stream().sorted().toList());
        texts(a.regions().stream().sorted().toList());
        texts(a.topics().stream().sorted().toList());
        add(a.markdown());
        a.sources().forEach(this::source);
    }

    private void source(Source s) {
        add(s.citation());
        add(s.url());
    }

    private void map(Map<String, String> m) {
        new TreeMap<>(m).forEach((k, v) -> {
            add(k);
            add(v);
        });
    }

    private void texts(List<String> texts) {
        add(Integer.toString(texts.size()));
        texts.forEach(this::add);
    }

    /** Each text with its length first, so that no two different sequences digest alike. */
    private void add(String text) {
        byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
        digest.update((text == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }
}
