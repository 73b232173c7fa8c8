package io.meridian.benchmark.culture;

import io.meridian.api.culture.Article;
import io.meridian.api.culture.Source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated articles for the culture benchmark: titles, headings and bodies drawn with a Zipf
 * frequency (the word of rank r about 1/r as often as the first) from a vocabulary like that of
 * prose: English function words at the top (the analyzer drops them), then the business-culture
 * words spread among several thousand generated words, so that a few content words are in most
 * documents and most are in few. Deterministic for a seed.
 */
final class SyntheticContent {

    static final List<String> FUNCTION_WORDS = List.of(("the of and to in a is that for it as with be on not this are by at from or"
            + " an have but they which you one all their there been if more when will would who so no").split(" "));
    /** Generated words per business-culture word in the vocabulary. */
    static final int GENERATED_PER_DOMAIN_WORD = 30;
    static final List<String> DOMAIN_WORDS = List.of(("meeting agenda negotiation contract gift wrapping greeting bow handshake "
            + "business card title hierarchy decision consensus manager director partner relationship trust dinner banquet toast "
            + "tea coffee hospitality holiday festival calendar punctuality schedule deadline delay silence email follow-up "
            + "telephone message etiquette respect face harmony feedback criticism praise presentation proposal price discount "
            + "payment invoice delivery quality supplier customer client introduction reference recommendation network contact "
            + "family religion prayer weekend workday office hours lunch breakfast restaurant seating host guest invitation "
            + "thanks apology refusal agreement signature lawyer regulation permit license tax customs import export logistics "
            + "language interpreter translation phrase formal informal humour small-talk weather sport football politics history "
            + "season spring summer autumn winter rain travel airport hotel visa passport currency bank loan investment "
            + "startup factory engineering design software hardware research university student graduate mentor seniority age "
            + "gender dress code suit tie colour number luck superstition flower wine alcohol pork halal vegetarian chopsticks "
            + "rice noodle bread cheese sausage spice fasting ramadan lunar newyear christmas easter diwali carnival siesta "
            + "patience persistence flexibility directness indirectness context subtlety emphasis status ceremony ritual")
            .split(" "));
    static final List<String> COUNTRIES = List.of("JP", "DE", "BR", "SA", "CN", "KR", "IN", "FR", "GB", "US", "MX", "AE", "NG", "ZA",
            "EG", "TR", "RU", "PL", "IT", "ES", "NL", "SE", "FI", "ID", "VN", "TH", "PH", "AU", "CA", "AR", "CL", "CO", "KE", "MA",
            "IL", "SG", "MY", "PK", "BD", "IR");
    static final List<String> REGIONS = List.of("east-asia", "south-asia", "south-east-asia", "europe", "nordics", "latin-america",
            "middle-east", "gulf", "africa", "north-america", "oceania");
    static final List<String> TOPICS = List.of("gifts", "etiquette", "negotiation", "meetings", "greetings", "dining", "communication",
            "decision-making", "holidays", "time", "hierarchy", "follow-up", "business-cards", "small-talk");

    static final List<String> WORDS = vocabulary();

    private final Random random;
    private final double[] cumulative;

    /** Function words, then each business word followed by generated ones ("kelavo", "tisumar"…), in rank order. */
    private static List<String> vocabulary() {
        String[] syllables = "ka lo mi ter san vo ri da nel pu ho gra zen ti mar bel qu fo wen ly".split(" ");
        Random r = new Random(7);
        Set<String> seen = new LinkedHashSet<>(FUNCTION_WORDS);
        seen.addAll(DOMAIN_WORDS);
        List<String> words = new ArrayList<>(FUNCTION_WORDS);
        for (String domain : DOMAIN_WORDS) {
            words.add(domain);
            for (int g = 0; g < GENERATED_PER_DOMAIN_WORD; ) {
                StringBuilder w = new StringBuilder();
                for (int n = 2 + r.nextInt(3); n > 0; n--) w.append(syllables[r.nextInt(syllables.length)]);
                if (seen.add(w.toString())) {
                    words.add(w.toString());
                    g++;
                }
            }
        }
        return List.copyOf(words);
    }

    SyntheticContent(long seed) {
        this.random = new Random(seed);
        cumulative = new double[WORDS.size()];
        double sum = 0;
        for (int i = 0; i < WORDS.size(); i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) cumulative[i] /= sum;
    }

    /** A word, frequent words more often. */
    String word() {
        double r = random.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) lo = mid + 1;
            else hi = mid;
        }
        return WORDS.get(lo);
    }

    /** A word a user would search for: not a function word. */
    String contentWord() {
        while (true) {
            String w = word();
            if (!FUNCTION_WORDS.contains(w)) return w;
        }
    }

    List<Article> articles(String prefix, int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder title = new StringBuilder(capital(word()));
            for (int w = 1 + random.nextInt(6); w > 0; w--) title.append(' ').append(word());
            StringBuilder body = new StringBuilder();
            for (int h = 0; h < 3; h++) {
                body.append("## ").append(capital(word())).append(' ').append(word()).append("\n\n");
                int sentences = 3 + random.nextInt(5);
                for (int s = 0; s < sentences; s++) {
                    StringBuilder sentence = new StringBuilder(capital(word()));
                    for (int w = 6 + random.nextInt(12); w > 0; w--) sentence.append(' ').append(word());
                    body.append(sentence).append(". ");
                }
                body.append("\n\n");
            }
            Set<String> countries = new LinkedHashSet<>();
            for (int c = 1 + random.nextInt(2); c > 0; c--) countries.add(COUNTRIES.get(random.nextInt(COUNTRIES.size())));
            Set<String> topics = new LinkedHashSet<>();
            for (int t = 1 + random.nextInt(3); t > 0; t--) topics.add(TOPICS.get(random.nextInt(TOPICS.size())));
            articles.add(new Article(prefix + "-" + i, title.toString(), countries, Set.of(REGIONS.get(random.nextInt(REGIONS.size()))),
                    topics, body.toString(), List.of(new Source("Generated for the benchmark", null))));
        }
        return articles;
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
