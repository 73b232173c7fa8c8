package io.meridian.benchmark.calendar;

import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.benchmark.BenchmarkException;
import io.meridian.benchmark.contacts.BenchmarkDatabase;
import io.meridian.benchmark.contacts.CountryMix;
import io.meridian.contacts.internal.StandaloneContacts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The address book the agenda is measured on, bulk-loaded straight into the contacts tables
 * with JDBC batches (the service API would take an hour for it): people in the 40 countries of
 * the contacts benchmark ({@link CountryMix}), 22 of which have a calendar file here, in their
 * country's zones (several for the United States, Canada and Australia); 3 % with no country or
 * zone on record. 30 % keep their own working hours, a few of them their own days; 30 % have a
 * birthday on record, half of them with the year. Contact dues are spread evenly over the 60
 * days before and after the day measured, visits over the 60 days before and the 300 after.
 * For every 100,000 people, interactions: 30,000 in the last 10 days and 270,000 over the two
 * years before; commitments: 20,000 open, due from 30 days ago to 60 days ahead (some with a
 * delay told and a new date), and 60,000 done or cancelled; each given to someone drawn at
 * random. The same seed loads the same book.
 */
final class AgendaBook {

    /** What was loaded. */
    record Facts(int persons, int withoutZone, int withHours, int birthdays, int recentInteractions, int olderInteractions,
                 int openCommitments, int closedCommitments) {
    }

    /** Rows per person: per 100,000 people, 30,000 recent interactions, 270,000 older ones, 20,000 open and 60,000 closed commitments. */
    private static final double RECENT_INTERACTIONS = 0.3;
    private static final double OLDER_INTERACTIONS = 2.7;
    private static final double OPEN_COMMITMENTS = 0.2;
    private static final double CLOSED_COMMITMENTS = 0.6;
    private static final int CHUNK = 2_000;

    /** Zones beside the country's main one, for the countries that span several. */
    private static final Map<String, List<String>> MORE_ZONES = Map.of(
            "US", List.of("America/New_York", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"),
            "CA", List.of("America/Toronto", "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Halifax", "America/St_Johns"),
            "AU", List.of("Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth", "Australia/Adelaide"),
            "BR", List.of("America/Sao_Paulo", "America/Sao_Paulo", "America/Manaus"),
            "MX", List.of("America/Mexico_City", "America/Mexico_City", "America/Tijuana"));
    private static final List<LocalTime[]> HOURS = List.of(new LocalTime[]{LocalTime.of(9, 0), LocalTime.of(17, 30)},
            new LocalTime[]{LocalTime.of(8, 0), LocalTime.of(16, 0)}, new LocalTime[]{LocalTime.of(10, 0), LocalTime.of(18, 0)},
            new LocalTime[]{LocalTime.of(7, 30), LocalTime.of(15, 30)});
    private static final List<String> OWN_DAYS = List.of("Mon-Thu", "Tue-Sat", "Mon,Wed,Fri");
    private static final int[] CADENCES = {7, 14, 14, 30, 30, 30, 30, 60, 90, 90};
    private static final int[] VISITS = {30, 90, 90, 180, 180, 365, 365, 365, 365, 365};
    private static final List<String> TITLES = List.of("CEO", "CFO", "Head of Sales", "Account Manager", "Partner", "Founder",
            "Product Manager", "Engineer", "Consultant", "Board Member");
    private static final List<String> SUMMARIES = List.of("Quarterly review", "Follow-up on the proposal", "Pricing for next year",
            "Catch-up", "Contract renewal", "Trade fair meeting", "Lunch", "Feedback on the pilot", "");
    private static final List<String> PROMISES = List.of("Send the proposal", "Introduce to our CTO", "Share the market report",
            "Call back about pricing", "Send the signed contract", "Book the factory visit", "Review their deck");
    /** EMAIL, CALL, VIDEO, MESSAGE, MEETING, IN_PERSON, as in the contacts benchmark: 45 % are calls and meetings, which the agenda follows up. */
    private static final double[] CHANNEL_WEIGHTS = {40, 15, 15, 15, 8, 7};

    private final Instant now;
    private final LocalDate today;
    private final SplittableRandom random;
    private final double[] countryWeights;

    private AgendaBook(Instant now, long seed) {
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.random = new SplittableRandom(seed);
        double sum = 0;
        countryWeights = new double[CountryMix.ALL.size()];
        for (int i = 0; i < countryWeights.length; i++) countryWeights[i] = sum += CountryMix.ALL.get(i).weight();
    }

    static Facts load(DataSource dataSource, int persons, long seed, Instant now, Consumer<String> progress) throws BenchmarkException {
        try {
            return new AgendaBook(now, seed).load(dataSource, persons, progress);
        } catch (SQLException e) {
            throw new BenchmarkException("cannot load the generated book: " + e.getMessage(), e);
        }
    }

    private Facts load(DataSource dataSource, int persons, Consumer<String> progress) throws SQLException {
        UUID[] ids = new UUID[persons];
        int withoutZone = 0;
        int withHours = 0;
        int birthdays = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, version, given_name, family_name, display_name,"
                    + " display_key, search_key, title, country, time_zone, working_start, working_end, work_days, birthday_year,"
                    + " birthday_month, birthday_day, notes, effective_cadence_days, effective_in_person_days, last_contact_at,"
                    + " last_in_person_at, contact_due_at, in_person_due_at, next_due_at, health_score, created_at, updated_at)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int p = 0; p < persons; p++) {
                    UUID id = uuid();
                    ids[p] = id;
                    CountryMix.Country country = country();
                    boolean placed = random.nextDouble() >= 0.03;
                    if (!placed) withoutZone++;
                    String zone = placed ? pick(MORE_ZONES.getOrDefault(country.code(), List.of(country.timeZone()))) : null;
                    String given = pick(country.names().given());
                    String family = pick(country.names().family());
                    String display = StandaloneContacts.displayName(given, family, null, placed ? country.code() : null);
                    String email = StandaloneContacts.key(given + "." + family).replaceAll("[^a-z0-9.]", "") + "@mail.example";
                    PersonDraft draft = new PersonDraft(given, family, null, null, null, placed ? country.code() : null, null, null, null,
                            List.of(new ContactPoint(email, "work")), null, null, null, List.of(), null, null, null, null, null, null, null);
                    LocalTime[] hours = random.nextDouble() < 0.3 ? pick(HOURS) : null;
                    if (hours != null) withHours++;
                    String ownDays = hours != null && random.nextDouble() < 0.05 ? pick(OWN_DAYS) : null;
                    boolean birthday = random.nextDouble() < 0.3;
                    if (birthday) birthdays++;

                    int cadence = CADENCES[random.nextInt(CADENCES.length)];
                    int visits = VISITS[random.nextInt(VISITS.length)];
                    Instant contactDue = now.plus(random.nextLong(-60L * 1440, 60L * 1440), ChronoUnit.MINUTES);
                    Instant lastContact = random.nextDouble() < 0.08 ? null : contactDue.minus(cadence, ChronoUnit.DAYS);
                    if (lastContact != null && lastContact.isAfter(now)) {
                        // due further ahead than one cadence: contacted recently, on a longer cadence than drawn
                        lastContact = now.minus(random.nextLong(1, 10 * 1440), ChronoUnit.MINUTES);
                        cadence = (int) ChronoUnit.DAYS.between(lastContact, contactDue) + 1;
                    }
                    Instant visitDue = now.plus(random.nextLong(-60L * 1440, 300L * 1440), ChronoUnit.MINUTES);
                    Instant lastVisit = visitDue.minus(visits, ChronoUnit.DAYS);
                    if (lastVisit.isAfter(now) || random.nextDouble() < 0.3) lastVisit = null;
                    Instant created = now.minus(400 + random.nextInt(700), ChronoUnit.DAYS);
                    BenchmarkDatabase.bind(ps, id, given, family, display, StandaloneContacts.key(display),
                            StandaloneContacts.searchKey(display, draft, null), random.nextDouble() < 0.7 ? pick(TITLES) : null,
                            placed ? country.code() : null, zone, hours == null ? null : hours[0], hours == null ? null : hours[1], ownDays,
                            birthday && random.nextBoolean() ? 1950 + random.nextInt(55) : null, birthday ? 1 + random.nextInt(12) : null,
                            birthday ? 1 + random.nextInt(28) : null, random.nextDouble() < 0.3 ? "Met at the " + pick(TITLES) + " dinner" : null,
                            cadence, visits, lastContact, lastVisit, contactDue, visitDue,
                            contactDue.isBefore(visitDue) ? contactDue : visitDue, random.nextInt(101), created, created);
                    ps.addBatch();
                    if ((p + 1) % CHUNK == 0 || p + 1 == persons) {
                        ps.executeBatch();
                        c.commit();
                        if ((p + 1) % 20_000 == 0) progress.accept((p + 1) + " contacts");
                    }
                }
            }
            int recent = interactions(c, ids, (int) (persons * RECENT_INTERACTIONS), now.minus(10, ChronoUnit.DAYS), now);
            int older = interactions(c, ids, (int) (persons * OLDER_INTERACTIONS), now.minus(730, ChronoUnit.DAYS), now.minus(10, ChronoUnit.DAYS));
            progress.accept((recent + older) + " interactions");
            int open = (int) (persons * OPEN_COMMITMENTS);
            int closed = (int) (persons * CLOSED_COMMITMENTS);
            commitments(c, ids, open, closed);
            progress.accept((open + closed) + " commitments");
            return new Facts(persons, withoutZone, withHours, birthdays, recent, older, open, closed);
        }
    }

    private int interactions(Connection c, UUID[] ids, int count, Instant from, Instant to) throws SQLException {
        long span = to.toEpochMilli() - from.toEpochMilli();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction (id, person_id, channel, occurred_at, direction, summary,"
                + " origin, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Instant at = from.plusMillis(random.nextLong(span));
                String summary = pick(SUMMARIES);
                BenchmarkDatabase.bind(ps, uuid(), ids[random.nextInt(ids.length)], channel().name(), at, random.nextBoolean() ? "INBOUND" : "OUTBOUND",
                        summary.isEmpty() ? null : summary, random.nextDouble() < 0.7 ? "UI" : "IMPORT", at);
                ps.addBatch();
                if ((i + 1) % CHUNK == 0 || i + 1 == count) {
                    ps.executeBatch();
                    c.commit();
                }
            }
        }
        return count;
    }

    private void commitments(Connection c, UUID[] ids, int openCount, int closedCount) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO commitment (id, person_id, version, what, owed_by, due_on, state,"
                + " done_on, delay_communicated_on, revised_due_on, created_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int total = openCount + closedCount;
            for (int i = 0; i < total; i++) {
                boolean open = i < openCount;
                LocalDate due = open ? today.plusDays(-30 + random.nextInt(91)) : today.minusDays(1 + random.nextInt(730));
                String state = open ? "OPEN" : random.nextDouble() < 0.85 ? "DONE" : "CANCELLED";
                LocalDate done = state.equals("DONE") ? min(today, due.plusDays(-10 + random.nextInt(20))) : null;
                LocalDate told = null;
                LocalDate revised = null;
                if (random.nextDouble() < 0.1) {
                    told = min(today, due.minusDays(random.nextInt(7)));
                    revised = due.plusDays(14 + random.nextInt(17));
                }
                BenchmarkDatabase.bind(ps, uuid(), ids[random.nextInt(ids.length)], pick(PROMISES), random.nextDouble() < 0.65 ? "ME" : "THEM", due, state,
                        done, told, revised, due.minusDays(30).atTime(9, 0).toInstant(ZoneOffset.UTC));
                ps.addBatch();
                if ((i + 1) % CHUNK == 0 || i + 1 == total) {
                    ps.executeBatch();
                    c.commit();
                }
            }
        }
    }

    private CountryMix.Country country() {
        double x = random.nextDouble() * countryWeights[countryWeights.length - 1];
        for (int i = 0; i < countryWeights.length; i++) if (x < countryWeights[i]) return CountryMix.ALL.get(i);
        return CountryMix.ALL.get(countryWeights.length - 1);
    }

    private Channel channel() {
        double x = random.nextDouble() * 100;
        for (int i = 0; i < CHANNEL_WEIGHTS.length; i++) {
            x -= CHANNEL_WEIGHTS[i];
            if (x < 0) return Channel.values()[i];
        }
        return Channel.EMAIL;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A version 4 UUID from the seeded generator, so that the same seed loads the same ids. */
    private UUID uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

}
