package io.meridian.benchmark.contacts;

import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.benchmark.BenchmarkException;
import io.meridian.contacts.internal.StandaloneContacts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * A generated address book, bulk-loaded straight into the contacts tables with JDBC batches:
 * people in 40 countries ({@link CountryMix}), most of them at one of the organisations, with
 * owners, tags, emails, phones and external ids; interactions over the last two years,
 * commitments and trust assessments, unevenly spread as in a real book (a few people get most
 * of the attention, some were never contacted). Rows hold what the contacts bundle would have
 * written: names, keys and search keys come from the bundle's own code, and the latest contact
 * and visit from the interactions; the other derived columns are placeholders until the
 * benchmark derives them once with {@code HealthBook.book()}. The same seed loads the same book.
 */
final class SyntheticBook {

    /** What was loaded, and the values the page queries filter by, most used first. */
    record Facts(int persons, int organisations, long attributes, long interactions, long commitments, long trustAssessments,
                 Map<String, Integer> countries, Map<String, Integer> tags, Map<String, Integer> owners,
                 List<UUID> organisationsBySize, List<Integer> organisationSizes) {
    }

    static final List<String> OWNERS = List.of("anna", "ben", "carla", "david", "eva", "farid", "greta", "hiro", "ines", "jonas",
            "katrin", "leon", "mei", "nora", "omar", "paula", "quentin", "rosa", "sven", "tanja");
    static final List<String> TAGS = List.of("client", "prospect", "partner", "supplier", "investor", "press", "board", "alumni",
            "friend", "conference", "advisor", "mentor", "recruiter", "candidate", "vip", "reseller", "distributor", "consultant",
            "lawyer", "accountant", "bank", "government", "university", "ngo", "speaker", "podcast", "newsletter", "berlin",
            "london", "new-york", "paris", "munich", "zurich", "vienna", "tokyo", "singapore", "fintech", "healthtech", "energy",
            "mobility", "ai", "saas", "manufacturing", "retail", "logistics", "real-estate", "automotive", "pharma", "media",
            "family");
    /** Cadence rules by tag (days, in-person days), beside the default 30/365 the migration inserts. */
    static final Map<String, int[]> CADENCE_RULES = Map.of("client", new int[]{14, 180}, "investor", new int[]{30, 90},
            "vip", new int[]{14, 60}, "board", new int[]{21, 90}, "family", new int[]{7, 30}, "prospect", new int[]{21, 365});
    private static final List<String> BRANDS = List.of("Nord", "Süd", "Alpen", "Atlas", "Blue", "Bright", "Cedar", "Delta", "Echo",
            "Falcon", "Granite", "Harbor", "Helix", "Iris", "Juniper", "Keystone", "Lumen", "Maple", "Nova", "Orbit", "Pioneer",
            "Quantum", "River", "Summit", "Terra", "Union", "Vertex", "Willow", "Zenith", "Marble", "Amber", "Coral", "Silver");
    private static final List<String> BRAND_ENDINGS = List.of("", "wind", "stone", "light", "field", "bridge", "gate", "point",
            "works", "line", "star", "wave", "peak", "haus", "berg", "mark", "sun", "way", "port", "tech");
    private static final List<String> INDUSTRIES = List.of("Logistics", "Capital", "Systems", "Consulting", "Partners", "Foods",
            "Energy", "Robotics", "Labs", "Analytics", "Media", "Health", "Pharma", "Textiles", "Motors", "Software", "Holdings",
            "Ventures", "Marketing", "Trading", "Engineering", "Networks", "Studio", "Design", "Insurance", "Bank", "Maritime",
            "Chemicals", "Materials", "Security");
    private static final List<String> TITLES = List.of("CEO", "CFO", "CTO", "COO", "Managing Director", "Head of Sales",
            "Head of Purchasing", "Sales Manager", "Account Manager", "Procurement Lead", "Partner", "Founder", "Investor Relations",
            "Product Manager", "Engineer", "Consultant", "Chief Marketing Officer", "General Counsel", "Board Member", "Analyst");
    private static final List<String> SUMMARIES = Arrays.asList("Quarterly review", "Follow-up on the proposal", "Pricing for next year",
            "Introduced to their CFO", "Catch-up", "Contract renewal", "Trade fair meeting", "Lunch", "Feedback on the pilot",
            "Shipping delay", "Board preparation", "Congratulated on the new role", null, null, null); // null: no summary written
    private static final List<String> PROMISES = List.of("Send the proposal", "Introduce to our CTO", "Share the market report",
            "Call back about pricing", "Send the signed contract", "Book the factory visit", "Review their deck",
            "Send samples", "Reply about the partnership");
    private static final Channel[] CHANNELS = Channel.values();
    private static final double[] CHANNEL_WEIGHTS = {40, 15, 15, 15, 8, 7}; // EMAIL, CALL, VIDEO, MESSAGE, MEETING, IN_PERSON

    private static final int ORGANISATIONS = 5_000;
    private static final int CHUNK = 1_000;

    private final DataSource dataSource;
    private final ContactsOptions options;
    private final Instant now;
    private final LocalDate today;
    private final SplittableRandom random;

    private SyntheticBook(DataSource dataSource, ContactsOptions options, Instant now) {
        this.dataSource = dataSource;
        this.options = options;
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.random = new SplittableRandom(options.seed());
    }

    static Facts load(DataSource dataSource, ContactsOptions options, Instant now, Consumer<String> progress)
            throws BenchmarkException {
        try {
            return new SyntheticBook(dataSource, options, now).load(progress);
        } catch (SQLException e) {
            throw new BenchmarkException("cannot load the generated book: " + e.getMessage(), e);
        }
    }

    private record Organisation(UUID id, String name, String country, String domain) {
    }

    private Facts load(Consumer<String> progress) throws SQLException {
        int persons = options.persons();
        Weighted<CountryMix.Country> countries = new Weighted<>(CountryMix.ALL, CountryMix.Country::weight);
        Weighted<String> owners = new Weighted<>(OWNERS, zipf(OWNERS, 0.8));
        Weighted<String> tags = new Weighted<>(TAGS, zipf(TAGS, 1.0));
        Weighted<Channel> channels = new Weighted<>(List.of(CHANNELS), c -> CHANNEL_WEIGHTS[c.ordinal()]);

        List<Organisation> organisations = organisations(countries);
        Weighted<Organisation> organisationBySize = new Weighted<>(organisations, zipf(organisations, 0.7));

        // Attention is uneven: a few people get most interactions, promises and assessments; 12 % none at all.
        double[] attention = new double[persons];
        for (int p = 0; p < persons; p++) {
            attention[p] = random.nextDouble() < 0.12 ? 0 : Math.min(50, 1 / Math.sqrt(1 - random.nextDouble()));
        }
        int[] interactions = spread(attention, options.interactions());
        int[] commitments = spread(attention, options.persons());
        int[] trust = spread(attention, options.persons() / 2);

        Map<String, Integer> countryCounts = new LinkedHashMap<>();
        Map<String, Integer> tagCounts = new LinkedHashMap<>();
        Map<String, Integer> ownerCounts = new LinkedHashMap<>();
        Map<UUID, Integer> organisationCounts = new LinkedHashMap<>();
        long attributes = 0;
        long interactionRows = 0;
        long commitmentRows = 0;
        long trustRows = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            insertRules(c);
            insertOrganisations(c, organisations);
            c.commit();
            try (PreparedStatement person = c.prepareStatement("INSERT INTO person (id, version, given_name, family_name, name_order,"
                    + " display_name, display_key, search_key, organisation_id, title, country, subdivision, time_zone, working_start,"
                    + " working_end, birthday_year, birthday_month, birthday_day, owner, notes, cadence_days, in_person_cadence_days,"
                    + " effective_cadence_days, effective_in_person_days, last_contact_at, last_in_person_at, contact_due_at,"
                    + " in_person_due_at, next_due_at, created_at, updated_at)"
                    + " VALUES (?, 1, ?, ?, NULL, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 30, 365, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement attribute = c.prepareStatement(
                         "INSERT INTO person_attribute (person_id, kind, seq, label, item, item_key) VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement interaction = c.prepareStatement("INSERT INTO interaction (id, person_id, channel, occurred_at,"
                         + " direction, summary, origin, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement commitment = c.prepareStatement("INSERT INTO commitment (id, person_id, version, what, owed_by,"
                         + " due_on, state, done_on, delay_communicated_on, revised_due_on, created_at)"
                         + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement assessment = c.prepareStatement("INSERT INTO trust_assessment (id, person_id, openness, competence,"
                         + " respect, rapport, note, assessed_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)")) {
                for (int p = 0; p < persons; p++) {
                    UUID id = uuid();
                    Organisation organisation = random.nextDouble() < 0.85 ? organisationBySize.pick(random) : null;
                    CountryMix.Country country = organisation != null && random.nextDouble() < 0.7
                            ? CountryMix.ALL.stream().filter(x -> x.code().equals(organisation.country())).findFirst().orElseThrow()
                            : countries.pick(random);
                    String given = pick(country.names().given());
                    String family = pick(country.names().family());
                    String owner = random.nextDouble() < 0.1 ? null : owners.pick(random);
                    List<String> personTags = personTags(tags);
                    List<ContactPoint> emails = emails(given, family, organisation);
                    Instant created = now.minus(Duration.ofMinutes(1440 + random.nextLong(3L * 365 * 1440)));

                    Instant[] last = interactions(interaction, channels, id, created, interactions[p]);
                    interactionRows += interactions[p];
                    commitmentRows += commitments(commitment, id, commitments[p]);
                    trustRows += assessments(assessment, id, created, trust[p]);

                    String display = StandaloneContacts.displayName(given, family, null, country.code());
                    PersonDraft draft = new PersonDraft(given, family, null, organisation == null ? null : organisation.id(), null,
                            country.code(), null, null, null, emails, null, null, null, personTags, null, null, null, owner, null,
                            null, null);
                    boolean hours = random.nextDouble() < 0.3;
                    boolean birthday = random.nextDouble() < 0.4;
                    Integer ownCadence = random.nextDouble() < 0.05 ? pick(List.of(7, 14, 60, 90)) : null;
                    Integer ownInPerson = random.nextDouble() < 0.03 ? pick(List.of(90, 180)) : null;
                    BenchmarkDatabase.bind(person, id, given, family, display, StandaloneContacts.key(display),
                            StandaloneContacts.searchKey(display, draft, organisation == null ? null : organisation.name()),
                            organisation == null ? null : organisation.id(), random.nextDouble() < 0.7 ? pick(TITLES) : null,
                            country.code(), country.timeZone(), hours ? LocalTime.of(9, 0) : null, hours ? LocalTime.of(17, 30) : null,
                            birthday && random.nextBoolean() ? 1950 + random.nextInt(50) : null, birthday ? 1 + random.nextInt(12) : null,
                            birthday ? 1 + random.nextInt(28) : null, owner, random.nextDouble() < 0.3 ? "Met at " + pick(TAGS) + " event" : null,
                            ownCadence, ownInPerson, last[0], last[1], created.plus(30, ChronoUnit.DAYS),
                            created.plus(365, ChronoUnit.DAYS), created.plus(30, ChronoUnit.DAYS), created, created);
                    person.addBatch();
                    attributes += attributes(attribute, id, country, emails, personTags);

                    countryCounts.merge(country.code(), 1, Integer::sum);
                    personTags.forEach(t -> tagCounts.merge(t, 1, Integer::sum));
                    if (owner != null) ownerCounts.merge(owner, 1, Integer::sum);
                    if (organisation != null) organisationCounts.merge(organisation.id(), 1, Integer::sum);

                    if ((p + 1) % CHUNK == 0 || p + 1 == persons) {
                        // Parents before children, for the foreign keys.
                        person.executeBatch();
                        attribute.executeBatch();
                        interaction.executeBatch();
                        commitment.executeBatch();
                        assessment.executeBatch();
                        c.commit();
                        if ((p + 1) % 10_000 == 0) progress.accept((p + 1) + " contacts, " + interactionRows + " interactions");
                    }
                }
            }
        }
        List<Map.Entry<UUID, Integer>> bySize = organisationCounts.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed()).toList();
        return new Facts(persons, organisations.size(), attributes, interactionRows, commitmentRows, trustRows,
                bySize(countryCounts), bySize(tagCounts), bySize(ownerCounts),
                bySize.stream().map(Map.Entry::getKey).toList(), bySize.stream().map(Map.Entry::getValue).toList());
    }

    private void insertRules(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cadence_rule (tag, days, in_person_days) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, int[]> rule : CADENCE_RULES.entrySet()) {
                BenchmarkDatabase.bind(ps, rule.getKey(), rule.getValue()[0], rule.getValue()[1]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<Organisation> organisations(Weighted<CountryMix.Country> countries) {
        List<Organisation> organisations = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        while (organisations.size() < ORGANISATIONS) {
            CountryMix.Country country = countries.pick(random);
            String brand = pick(BRANDS) + pick(BRAND_ENDINGS);
            String name = brand + " " + pick(INDUSTRIES) + " "
                    + pick(CountryMix.LEGAL_FORMS.getOrDefault(country.code(), CountryMix.OTHER_LEGAL_FORMS));
            if (!keys.add(StandaloneContacts.key(name))) continue;
            String domain = StandaloneContacts.key(brand).replaceAll("[^a-z0-9]", "") + "-" + organisations.size() + ".example";
            organisations.add(new Organisation(uuid(), name, country.code(), domain));
        }
        return organisations;
    }

    private void insertOrganisations(Connection c, List<Organisation> organisations) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (id, version, name, name_key, country, website, notes,"
                + " created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, NULL, ?, ?)")) {
            Instant created = now.minus(1100, ChronoUnit.DAYS);
            for (Organisation o : organisations) {
                BenchmarkDatabase.bind(ps, o.id(), o.name(), StandaloneContacts.key(o.name()), o.country(), "https://" + o.domain(), created, created);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<String> personTags(Weighted<String> tags) {
        double u = random.nextDouble();
        int count = u < 0.20 ? 0 : u < 0.55 ? 1 : u < 0.80 ? 2 : u < 0.93 ? 3 : 4;
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) chosen.add(tags.pick(random));
        return List.copyOf(chosen);
    }

    private List<ContactPoint> emails(String given, String family, Organisation organisation) {
        String local = (ascii(given) + "." + ascii(family)).replaceAll("^\\.|\\.$", "");
        double u = random.nextDouble();
        List<ContactPoint> emails = new ArrayList<>();
        if (u < 0.9) emails.add(new ContactPoint(local + "@" + (organisation != null ? organisation.domain() : "mail.example"), "work"));
        if (u < 0.2) emails.add(new ContactPoint(local + random.nextInt(100) + "@mail.example", "home"));
        return emails;
    }

    private long attributes(PreparedStatement ps, UUID id, CountryMix.Country country, List<ContactPoint> emails, List<String> tags)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) rows.add(new Object[]{"email", i, emails.get(i).label(), emails.get(i).value()});
        if (random.nextDouble() < 0.6) {
            rows.add(new Object[]{"phone", 0, "mobile", country.callingCode() + (100_000_000L + random.nextLong(900_000_000L))});
        }
        rows.add(new Object[]{"language", 0, null, country.language()});
        if (random.nextDouble() < 0.3) rows.add(new Object[]{"channel", 0, null, pick(List.of(CHANNELS)).name()});
        for (int i = 0; i < tags.size(); i++) rows.add(new Object[]{"tag", i, null, tags.get(i)});
        if (random.nextDouble() < 0.3) rows.add(new Object[]{"external", 0, "hubspot", Long.toString(random.nextLong(1_000_000_000L))});
        for (Object[] r : rows) {
            String kind = (String) r[0];
            BenchmarkDatabase.bind(ps, id, kind, r[1], r[2], r[3], StandaloneContacts.attributeKey(kind, (String) r[2], (String) r[3]));
            ps.addBatch();
        }
        return rows.size();
    }

    /** Adds {@code count} interactions since the later of creation and two years ago; returns the latest contact and visit. */
    private Instant[] interactions(PreparedStatement ps, Weighted<Channel> channels, UUID personId, Instant created, int count)
            throws SQLException {
        Instant from = created.isAfter(now.minus(730, ChronoUnit.DAYS)) ? created : now.minus(730, ChronoUnit.DAYS);
        long span = Duration.between(from, now).toMillis() - 3_600_000;
        Instant latest = null;
        Instant visit = null;
        for (int i = 0; i < count; i++) {
            Instant at = from.plusMillis(random.nextLong(Math.max(1, span)));
            Channel channel = channels.pick(random);
            if (latest == null || at.isAfter(latest)) latest = at;
            if (channel == Channel.IN_PERSON && (visit == null || at.isAfter(visit))) visit = at;
            BenchmarkDatabase.bind(ps, uuid(), personId, channel.name(), at, random.nextBoolean() ? "INBOUND" : "OUTBOUND", pick(SUMMARIES),
                    random.nextDouble() < 0.7 ? "UI" : "IMPORT", at);
            ps.addBatch();
        }
        return new Instant[]{latest, visit};
    }

    /** Promises both ways, due from a year ago to two months ahead; most past ones kept, some late, some cancelled. */
    private int commitments(PreparedStatement ps, UUID personId, int count) throws SQLException {
        for (int i = 0; i < count; i++) {
            LocalDate due = today.plusDays(-365 + random.nextInt(425));
            double u = random.nextDouble();
            String state;
            LocalDate done = null;
            LocalDate told = null;
            LocalDate revised = null;
            if (due.isBefore(today)) {
                state = u < 0.75 ? "DONE" : u < 0.87 ? "OPEN" : "CANCELLED";
                if (state.equals("DONE")) {
                    done = due.plusDays(-10 + random.nextInt(26));
                    if (done.isAfter(today)) done = today;
                }
            } else {
                state = u < 0.95 ? "OPEN" : "DONE";
                if (state.equals("DONE")) done = today.minusDays(random.nextInt(5));
            }
            if (random.nextDouble() < 0.1) {
                told = due.minusDays(random.nextInt(7));
                revised = due.plusDays(14 + random.nextInt(17));
            }
            BenchmarkDatabase.bind(ps, uuid(), personId, pick(PROMISES), random.nextDouble() < 0.65 ? "ME" : "THEM", due, state, done, told, revised,
                    due.minusDays(30).atTime(9, 0).toInstant(ZoneOffset.UTC));
            ps.addBatch();
        }
        return count;
    }

    private int assessments(PreparedStatement ps, UUID personId, Instant created, int count) throws SQLException {
        LocalDate first = LocalDate.ofInstant(created, ZoneOffset.UTC);
        int days = (int) Math.max(1, ChronoUnit.DAYS.between(first, today));
        for (int i = 0; i < count; i++) {
            LocalDate on = first.plusDays(random.nextInt(days));
            BenchmarkDatabase.bind(ps, uuid(), personId, score(), score(), score(), score(), on, on.atTime(12, 0).toInstant(ZoneOffset.UTC));
            ps.addBatch();
        }
        return count;
    }

    /** 1–5, mostly 3 and 4. */
    private int score() {
        double u = random.nextDouble();
        return u < 0.05 ? 1 : u < 0.2 ? 2 : u < 0.55 ? 3 : u < 0.9 ? 4 : 5;
    }

    /** Spreads {@code total} items over people in proportion to their attention. */
    private int[] spread(double[] attention, int total) {
        Weighted<Integer> people = new Weighted<>(IntStream.range(0, attention.length).boxed().toList(),
                p -> attention[p]);
        int[] counts = new int[attention.length];
        for (int i = 0; i < total; i++) counts[people.pick(random)]++;
        return counts;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A version 4 UUID from the seeded generator, so that the same seed loads the same ids. */
    private UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static String ascii(String name) {
        return StandaloneContacts.key(name).replaceAll("[^a-z0-9]", "");
    }

    private static <T> ToDoubleFunction<T> zipf(List<T> values, double exponent) {
        Map<T, Double> weights = new IdentityHashMap<>();
        for (int i = 0; i < values.size(); i++) weights.put(values.get(i), Math.pow(i + 1, -exponent));
        return weights::get;
    }

    private static Map<String, Integer> bySize(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }


    /** Picks values with probability in proportion to their weight (cumulative weights, binary search). */
    private static final class Weighted<T> {
        private final List<T> values;
        private final double[] cumulative;

        Weighted(List<T> values, ToDoubleFunction<T> weight) {
            this.values = values;
            this.cumulative = new double[values.size()];
            double sum = 0;
            for (int i = 0; i < values.size(); i++) {
                sum += weight.applyAsDouble(values.get(i));
                cumulative[i] = sum;
            }
        }

        T pick(SplittableRandom random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = Arrays.binarySearch(cumulative, x);
            if (i < 0) i = -i - 1;
            // Skip zero-weight entries that share the cumulative value found.
            while (i < cumulative.length - 1 && (i == 0 ? cumulative[0] : cumulative[i] - cumulative[i - 1]) == 0) i++;
            return values.get(i);
        }
    }
}
