package io.meridian.calendar.internal.agenda;

import io.meridian.api.calendar.Agenda;
import io.meridian.api.calendar.Greeting;
import io.meridian.api.calendar.HolidayService;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.Commitment;
import io.meridian.api.contacts.Interaction;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.RelationshipFacts;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.calendar.internal.plan.Days;
import io.meridian.calendar.internal.service.Participants;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Builds the stay-in-touch agenda from every relationship, read in one pass: each person's
 * dues, promises, recent meetings and birthday become items with a reason; holidays that call
 * for a greeting become one item per holiday and country, naming the people there. Best times
 * are worked out only for the items returned, so a large book costs one pass and a sort.
 */
public final class AgendaBuilder implements Consumer<RelationshipFacts> {

    /** A follow-up is due this many days after a meeting or call with nothing since. */
    static final int FOLLOW_UP_DAYS = 2;
    /** Meetings further back than this are not followed up by the agenda. */
    static final int FOLLOW_UP_WINDOW_DAYS = 7;
    /** A promise due within this many days is at risk: deliver, or say so before the date. */
    static final int AT_RISK_DAYS = 2;
    static final int NAMES_PER_GREETING = 10;

    private static final Set<Channel> MEETINGS = Set.of(Channel.MEETING, Channel.IN_PERSON, Channel.VIDEO, Channel.CALL);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final LocalDate from;
    private final LocalDate to;
    private final Instant now;
    private final ZoneId userZone;
    private final HolidayService holidays;
    private final Days days;
    private final BestTimes best;
    /** The most pressing items so far, the least pressing at the head; only what may be shown is kept. */
    private final java.util.PriorityQueue<Pending> top;
    private final int limit;
    private final int[] counts = new int[Agenda.Kind.values().length];
    private final Instant interactionsSince;
    private final Map<String, GreetingGroup> greetings = new HashMap<>();
    private final Map<String, List<Greeting>> greetingsByCountry = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private int withoutZone;

    /**
     * An item before its best time is worked out: the person's place comes with it, and its
     * reason is put into words only if the item is shown.
     */
    private record Pending(Agenda.Kind kind, UUID person, String name, String country, LocalDate due, boolean overdue, Supplier<String> reason,
                           Optional<UUID> commitment, BestTimes.Partner partner, Timing timing, LocalDate actFrom) {
        long key() {
            return AgendaBuilder.key(kind, due, overdue);
        }
    }

    /** The order of the agenda as one number: overdue first, the user's own broken promises before the rest; then day by day, by kind. */
    static long key(Agenda.Kind kind, LocalDate due, boolean overdue) {
        long day = due.toEpochDay() + 1_000_000L;
        return overdue ? ((long) kind.ordinal() << 40) + day : (1L << 62) + (day << 8) + kind.ordinal();
    }

    private static final Comparator<Pending> ORDER = Comparator.comparingLong(Pending::key).thenComparing(Pending::name);

    /** Counts an item, and says whether it is pressing enough to be kept. */
    private boolean admits(Agenda.Kind kind, LocalDate due, boolean overdue, String name) {
        counts[kind.ordinal()]++;
        if (top.size() < limit) return true;
        Pending worst = top.peek();
        long key = key(kind, due, overdue);
        return key < worst.key() || key == worst.key() && name.compareTo(worst.name()) < 0;
    }

    private void keep(Pending p) {
        top.add(p);
        if (top.size() > limit) top.poll();
    }

    private enum Timing { MESSAGE, CALL, ON_THE_DAY }

    private static final class GreetingGroup {
        final Greeting greeting;
        final String country;
        final List<UUID> people = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        /** One partner per zone, and how many people are there: the greeting is timed for where most of them are. */
        final Map<ZoneId, BestTimes.Partner> byZone = new HashMap<>();
        final Map<ZoneId, Integer> perZone = new HashMap<>();

        BestTimes.Partner sample() {
            return perZone.entrySet().stream().max(Map.Entry.<ZoneId, Integer>comparingByValue().thenComparing(e -> e.getKey().getId()))
                    .map(e -> byZone.get(e.getKey())).orElse(null);
        }

        GreetingGroup(Greeting greeting, String country) {
            this.greeting = greeting;
            this.country = country;
        }
    }

    public AgendaBuilder(LocalDate from, int daysAhead, Instant now, ZoneId userZone, WorkingHours userHours, HolidayService holidays) {
        this(from, daysAhead, now, userZone, userHours, holidays, 1000);
    }

    /** @param limit the most items the agenda will show; the rest are only counted */
    public AgendaBuilder(LocalDate from, int daysAhead, Instant now, ZoneId userZone, WorkingHours userHours, HolidayService holidays, int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit: " + limit + "; ask for at least one item");
        this.limit = limit;
        this.top = new java.util.PriorityQueue<>(ORDER.reversed());
        if (daysAhead < 0 || daysAhead > Agenda.MAX_DAYS) {
            throw new IllegalArgumentException("days: " + daysAhead + "; an agenda looks 0 to " + Agenda.MAX_DAYS + " days ahead");
        }
        if (from.getYear() < HolidayService.FIRST_YEAR || from.getYear() >= HolidayService.LAST_YEAR) {
            throw new IllegalArgumentException("from: " + from + " is outside the years the calendar works out (" + HolidayService.FIRST_YEAR
                    + " to " + (HolidayService.LAST_YEAR - 1) + ")");
        }
        this.from = from;
        this.to = from.plusDays(daysAhead);
        this.now = now;
        this.userZone = userZone;
        this.holidays = holidays;
        this.days = new Days(holidays);
        this.best = new BestTimes(days, userZone, userHours);
        this.interactionsSince = from.minusDays(FOLLOW_UP_WINDOW_DAYS).atStartOfDay(userZone).toInstant();
    }

    /** The first interaction that counts for follow-ups: a week before the window. */
    public Instant interactionsSince() {
        return interactionsSince;
    }

    /** Commitments due by then are read: the window and the at-risk days after it. */
    public LocalDate commitmentsDueBy() {
        return to.plusDays(AT_RISK_DAYS);
    }

    @Override
    public void accept(RelationshipFacts f) {
        BestTimes.Partner partner = partner(f);
        if (partner == null) withoutZone++;
        String name = f.displayName();
        dues(f, partner, name);
        for (Commitment c : f.openCommitments()) commitment(f, c, partner, name);
        Interaction last = f.lastInteraction();
        if (last != null && MEETINGS.contains(last.channel()) && !last.at().isBefore(interactionsSince)) {
            LocalDate met = userDate(last.at());
            LocalDate due = met.plusDays(FOLLOW_UP_DAYS);
            if (!due.isAfter(to)) {
                String what = last.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                if (admits(Agenda.Kind.FOLLOW_UP, due, due.isBefore(from), name)) keep(new Pending(Agenda.Kind.FOLLOW_UP, f.personId(), name, f.country(), due, due.isBefore(from),
                        () -> "follow up on the " + what + " of " + DAY.format(met) + (last.summary() == null || last.summary().isBlank() ? ""
                                : " (\"" + shorten(last.summary()) + "\")") + ": nothing has been sent since; thank them and confirm what was agreed",
                        Optional.empty(), partner, Timing.MESSAGE, max(today(), due.minusDays(FOLLOW_UP_DAYS - 1))));
            }
        }
        if (f.birthday() != null) birthday(f, partner, name);
        if (f.country() != null) greetings(f, partner, name);
    }

    private void dues(RelationshipFacts f, BestTimes.Partner partner, String name) {
        if (f.contactDue() != null) {
            LocalDate due = userDate(f.contactDue());
            if (!due.isAfter(to)) {
                if (admits(Agenda.Kind.CONTACT_DUE, due, due.isBefore(from), name)) keep(new Pending(Agenda.Kind.CONTACT_DUE, f.personId(), name, f.country(), due, due.isBefore(from),
                        () -> cadence("be in touch", f.lastContactAt(), f.contactDue(), due), Optional.empty(), partner, Timing.CALL, max(today(), due)));
            }
        }
        if (f.inPersonDue() != null) {
            LocalDate due = userDate(f.inPersonDue());
            if (!due.isAfter(to)) {
                if (admits(Agenda.Kind.VISIT_DUE, due, due.isBefore(from), name)) keep(new Pending(Agenda.Kind.VISIT_DUE, f.personId(), name, f.country(), due, due.isBefore(from),
                        () -> cadence("meet in person", f.lastInPersonAt(), f.inPersonDue(), due) + "; plan a visit or propose one",
                        Optional.empty(), partner, Timing.MESSAGE, max(today(), due)));
            }
        }
    }

    private String cadence(String what, Instant last, Instant dueAt, LocalDate due) {
        String when = due.isBefore(from) ? "overdue since " + DAY.format(due) + " (" + ChronoUnit.DAYS.between(due, from) + " days)"
                : due.equals(from) ? "due today" : "due " + DAY.format(due);
        if (last == null) return "time to " + what + ": never recorded, " + when;
        long every = Math.max(1, ChronoUnit.DAYS.between(last.atZone(userZone).toLocalDate(), dueAt.atZone(userZone).toLocalDate()));
        return "time to " + what + ": every " + every + " days, last on " + DAY.format(last.atZone(userZone).toLocalDate()) + ", " + when;
    }

    private void commitment(RelationshipFacts f, Commitment c, BestTimes.Partner partner, String name) {
        LocalDate deadline = c.revisedDue() != null && c.delayCommunicatedOn() != null && !c.delayCommunicatedOn().isAfter(c.due())
                ? c.revisedDue() : c.due();
        // late as of the agenda's first day in the user's calendar, not the server's today
        boolean late = deadline.isBefore(from);
        if (c.owedBy() == Party.ME) {
            if (late) {
                if (admits(Agenda.Kind.COMMITMENT_LATE, deadline, true, name)) keep(new Pending(Agenda.Kind.COMMITMENT_LATE, f.personId(), name, f.country(), deadline, true,
                        () -> "you promised \"" + shorten(c.what()) + "\" by " + DAY.format(deadline) + ": deliver it, or tell them now when it will come",
                        Optional.of(c.id()), partner, Timing.MESSAGE, today()));
            } else if (!deadline.isAfter(to.plusDays(AT_RISK_DAYS)) && ChronoUnit.DAYS.between(from, deadline) <= AT_RISK_DAYS) {
                if (admits(Agenda.Kind.COMMITMENT_AT_RISK, deadline.minusDays(1).isBefore(from) ? from
                        : deadline.minusDays(1), false, name)) keep(new Pending(Agenda.Kind.COMMITMENT_AT_RISK, f.personId(), name, f.country(), deadline.minusDays(1).isBefore(from) ? from
                        : deadline.minusDays(1), false, () -> "you promised \"" + shorten(c.what()) + "\" by " + DAY.format(deadline)
                        + ": deliver it, or tell them before the date if it will slip", Optional.of(c.id()), partner, Timing.MESSAGE, today()));
            } else if (!deadline.isAfter(to)) {
                if (admits(Agenda.Kind.COMMITMENT_DUE, deadline, false, name)) keep(new Pending(Agenda.Kind.COMMITMENT_DUE, f.personId(), name, f.country(), deadline, false,
                        () -> "you promised \"" + shorten(c.what()) + "\" by " + DAY.format(deadline), Optional.of(c.id()), partner, Timing.MESSAGE,
                        max(today(), deadline.minusDays(AT_RISK_DAYS))));
            }
        } else if (late) {
            if (admits(Agenda.Kind.THEIR_COMMITMENT_LATE, deadline, true, name)) keep(new Pending(Agenda.Kind.THEIR_COMMITMENT_LATE, f.personId(), name, f.country(), deadline, true,
                    () -> "they promised \"" + shorten(c.what()) + "\" by " + DAY.format(deadline) + ": a friendly reminder, or ask if they need anything",
                    Optional.of(c.id()), partner, Timing.MESSAGE, today()));
        }
    }

    private void birthday(RelationshipFacts f, BestTimes.Partner partner, String name) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate day = birthdayIn(f.birthday().month(), f.birthday().day(), year);
            if (day.isBefore(from) || day.isAfter(to)) continue;
            String age = f.birthday().year() == null ? "" : " (" + (year - f.birthday().year()) + ")";
            if (admits(Agenda.Kind.BIRTHDAY, day, false, name)) keep(new Pending(Agenda.Kind.BIRTHDAY, f.personId(), name, f.country(), day, false, () -> "birthday on " + DAY.format(day) + age
                    + ": send your wishes on the day, their morning", Optional.empty(), partner, Timing.ON_THE_DAY, day));
        }
    }

    /** 29 February is kept on the 28th in other years. */
    static LocalDate birthdayIn(int month, int day, int year) {
        try {
            return MonthDay.of(month, day).atYear(year);
        } catch (DateTimeException e) {
            return LocalDate.of(year, month, 28);
        }
    }

    private void greetings(RelationshipFacts f, BestTimes.Partner partner, String name) {
        String country = f.country();
        List<Greeting> list = greetingsByCountry.computeIfAbsent(f.subdivision() == null ? country : country + "/" + f.subdivision(), k -> {
            List<Greeting> found = new ArrayList<>();
            try {
                for (int y = from.getYear(); y <= to.getYear(); y++) {
                    for (Greeting g : holidays.holidays(country, Optional.ofNullable(f.subdivision()), y).greetings()) {
                        if (!g.date().isBefore(from) && !g.date().isAfter(to)) found.add(g);
                    }
                }
            } catch (IllegalArgumentException badCountry) {
                // a country code the calendar does not know: no greetings
            }
            return found;
        });
        for (Greeting g : list) {
            GreetingGroup group = greetings.computeIfAbsent(country + "/" + g.date() + "/" + g.holiday(), k -> new GreetingGroup(g, country));
            group.people.add(f.personId());
            if (group.names.size() < NAMES_PER_GREETING) group.names.add(name);
            if (partner != null) {
                group.byZone.putIfAbsent(partner.zone(), partner);
                group.perZone.merge(partner.zone(), 1, Integer::sum);
            }
        }
    }

    private BestTimes.Partner partner(RelationshipFacts f) {
        if (f.timeZone() == null || f.country() == null) return null;
        ZoneId zone = zones.computeIfAbsent(f.timeZone(), id -> {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                return UNKNOWN_ZONE;
            }
        });
        if (zone == UNKNOWN_ZONE) return null;
        return new BestTimes.Partner(zone, f.country(), Optional.ofNullable(f.subdivision()), f.workingHours() == null ? Participants.DEFAULT_HOURS : f.workingHours());
    }

    /** Stands for a zone id that does not parse, in the cache of zones. */
    private static final ZoneId UNKNOWN_ZONE = java.time.ZoneOffset.ofHoursMinutesSeconds(0, 0, 1);
    private final Map<String, ZoneId> zones = new HashMap<>();


    private LocalDate today() {
        return from;
    }

    /** The day an instant falls on in the user's zone, without making a date-time. */
    private LocalDate userDate(Instant at) {
        long local = at.getEpochSecond() + userZone.getRules().getOffset(at).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 80 ? t : t.substring(0, 77) + "…";
    }

    /** The agenda: every item counted, the {@code limit} most pressing returned with their best times. */
    public Agenda.View build(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit: " + limit + "; ask for at least one item");
        Map<Agenda.Kind, Integer> counts = new EnumMap<>(Agenda.Kind.class);
        for (Agenda.Kind k : Agenda.Kind.values()) if (this.counts[k.ordinal()] > 0) counts.put(k, this.counts[k.ordinal()]);
        if (!greetings.isEmpty()) counts.put(Agenda.Kind.HOLIDAY_GREETING, greetings.size());
        List<Pending> chosen = new ArrayList<>(top);
        chosen.sort(ORDER);
        if (chosen.size() > limit) chosen = chosen.subList(0, limit);
        List<Agenda.Item> out = new ArrayList<>();
        for (Pending p : chosen) {
            Optional<Agenda.BestTime> when = p.partner() == null ? Optional.empty() : switch (p.timing()) {
                case MESSAGE -> best.message(p.partner(), theirDate(p.partner(), p.actFrom()), now);
                case CALL -> best.call(p.partner(), theirDate(p.partner(), p.actFrom()), now);
                case ON_THE_DAY -> best.onTheDay(p.partner(), p.due(), now);
            };
            String reason = p.partner() == null ? p.reason().get() + " (no time zone or country on record, so no best time)" : p.reason().get();
            String key = p.commitment().map(c -> "commitment-" + c).orElse(p.kind().id() + "-" + p.person() + "-" + p.due());
            out.add(new Agenda.Item(p.kind(), List.of(p.person()), List.of(p.name()), 1, p.country(), p.due(), p.overdue(), reason, when,
                    p.commitment(), key));
        }
        List<GreetingGroup> groups = new ArrayList<>(greetings.values());
        groups.sort(Comparator.comparing((GreetingGroup g) -> g.greeting.date()).thenComparing(g -> g.country));
        for (GreetingGroup g : groups) {
            int n = g.people.size();
            BestTimes.Partner where = g.sample();
            Optional<Agenda.BestTime> when = where == null ? Optional.empty() : best.onTheDay(where, g.greeting.date(), now);
            out.add(new Agenda.Item(Agenda.Kind.HOLIDAY_GREETING, g.people, g.names, n, g.country, g.greeting.date(), false,
                    g.greeting.holiday() + " in " + g.country + " on " + DAY.format(g.greeting.date())
                            + (g.greeting.confirmed() ? "" : " (date estimated: it may move by a day)") + ": greet " + (n == 1 ? "them" : "your "
                            + n + " contacts there") + " — \"" + g.greeting.text() + "\"", when, Optional.empty(),
                    "holiday-greeting-" + g.country + "-" + g.greeting.holiday().replaceAll("[^A-Za-z0-9]+", "-") + "-" + g.greeting.date().getYear()));
        }
        out.sort(Comparator.comparing((Agenda.Item i) -> !i.overdue()).thenComparing((Agenda.Item i) -> i.overdue() ? i.kind().ordinal() : 0)
                .thenComparing(Agenda.Item::due).thenComparing(Agenda.Item::kind));
        if (out.size() > limit) out = new ArrayList<>(out.subList(0, limit));
        if (withoutZone > 0) {
            notes.add(withoutZone + (withoutZone == 1 ? " contact has" : " contacts have") + " no time zone or country on record: their items "
                    + "come without a best time; add one on their record");
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new Agenda.View(from, to, userZone, out, counts, total, notes);
    }

    private LocalDate theirDate(BestTimes.Partner p, LocalDate userDate) {
        LocalDate theirToday = now.atZone(p.zone()).toLocalDate();
        return userDate.isBefore(theirToday) ? theirToday : userDate;
    }
}
