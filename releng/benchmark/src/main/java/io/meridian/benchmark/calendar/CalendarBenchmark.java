package io.meridian.benchmark.calendar;

import io.meridian.api.calendar.Agenda;
import io.meridian.api.calendar.HolidayService;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.benchmark.BenchmarkException;
import io.meridian.benchmark.BenchmarkFiles;
import io.meridian.benchmark.Machine;
import io.meridian.benchmark.OtherCpu;
import io.meridian.benchmark.contacts.BenchmarkDatabase;
import io.meridian.calendar.internal.agenda.AgendaService;
import io.meridian.calendar.internal.content.CountryCalendar;
import io.meridian.calendar.internal.plan.Days;
import io.meridian.calendar.internal.plan.MeetingPlanner;
import io.meridian.calendar.internal.service.FixedCalendars;
import io.meridian.contacts.internal.StandaloneContacts;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduling benchmark: the meeting planner on 20 people in 15 time zones over four weeks
 * ({@link PlannerCase}), and the stay-in-touch agenda over 100,000 contacts on the embedded H2
 * database ({@link AgendaBook}), each measured in the same run, round by round, against its
 * floor ({@link PlannerFloor}, {@link AgendaFloor}). See docs/benchmarks.md.
 *
 * <p>The calendar and contacts bundles' own classes run on the plain class path, wired by hand:
 * the planner with the holiday service over the calendar fixture's 22 country files, once
 * working every year out when asked ({@code FixedCalendars}: a year the running service has not worked out yet) and
 * once keeping the answers as the running {@code CalendarService} does ({@link CachedHolidays});
 * the agenda through the real {@code AgendaService} and {@code Relationships}: a view of the
 * book it keeps in memory after some people changed, which is held to the target, and the
 * read of the whole book, which the running workbench does in the background (a view waits on
 * it only in the first seconds after a start or after a broad change), reported beside its
 * floor. A harness run on demand, not a test.
 */
public final class CalendarBenchmark {

    static final double PLANNER_TARGET_MS = 20;
    static final double AGENDA_TARGET_MS = 300;
    /**
     * Monday 14 December 2026, 08:00 in Berlin, when the agenda is asked for: its fortnight holds
     * Christmas, whose greetings gather the people of four of the largest countries of the book
     * (Germany, the United States, the United Kingdom, Brazil), the heaviest agenda of the year.
     */
    static final Instant NOW = Instant.parse("2026-12-14T07:00:00Z");
    static final ZoneId USER_ZONE = ZoneId.of("Europe/Berlin");
    static final WorkingHours USER_HOURS = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
    static final int AGENDA_DAYS = 14;
    static final int AGENDA_LIMIT = 50;
    /** People whose meetings are logged between two views of the agenda that keeps the book in memory. */
    static final int CHANGED_BETWEEN_VIEWS = 20;
    /**
     * HikariCP logs its pools starting and stopping through SLF4J to java.util.logging: noise in
     * the report. Held here, since java.util.logging keeps its loggers only weakly, and a
     * collected logger forgets its level.
     */
    private static final Logger HIKARI = Logger.getLogger("com.zaxxer.hikari");

    private CalendarBenchmark() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(CalendarOptions.USAGE);
            System.exit(0);
        }
        HIKARI.setLevel(Level.WARNING);
        int exit;
        try {
            exit = run(CalendarOptions.parse(Arrays.asList(args)));
        } catch (BenchmarkException e) {
            System.err.println("calendar benchmark: " + e.getMessage());
            exit = 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("calendar benchmark: interrupted");
            exit = 2;
        }
        System.exit(exit);
    }

    private static int run(CalendarOptions options) throws BenchmarkException, InterruptedException {
        Machine machine = Machine.describe(ProcessHandle.current().info().command().orElse("java"));
        List<String> jvmFlags = ManagementFactory.getRuntimeMXBean().getInputArguments();
        String loadBefore = Machine.loadAverage();
        List<CountryCalendar> calendars = FixtureCalendars.read();
        StringBuilder body = new StringBuilder();
        boolean met = true;
        try {
            if (options.planner()) met &= planner(options, calendars, body);
            if (options.agenda()) met &= agenda(options, calendars, body);
        } catch (BenchmarkException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new BenchmarkException("the calendar or contact services failed: " + e, e);
        }
        StringBuilder report = new StringBuilder();
        report.append("### Scheduling: meeting planner and agenda — ").append(ZonedDateTime.now(ZoneOffset.UTC).toLocalDate()).append("\n\n");
        report.append("Machine: ").append(machine).append("  \nJVM flags: ").append(jvmFlags).append("  \nMaximum heap: ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB  \nLoad average before/after: ").append(loadBefore)
                .append(" / ").append(Machine.loadAverage()).append("\n\n");
        report.append(body);
        report.append(met ? "All targets met.\n" : "A target was missed.\n");
        System.out.println();
        System.out.print(report);
        if (options.out().isPresent()) BenchmarkFiles.writeReport(options.out().get(), report.toString());
        return met ? 0 : 1;
    }

    private static boolean planner(CalendarOptions options, List<CountryCalendar> calendars, StringBuilder report) throws Exception {
        HolidayService worked = new FixedCalendars(calendars);
        HolidayService kept = new CachedHolidays(new FixedCalendars(calendars));
        MeetingPlanner.Request request = PlannerCase.request();
        PlannerFloor floor = new PlannerFloor(request, new Days(worked));
        MeetingPlanner.Plan plan = checkPlanner(request, worked, kept, floor);

        Side workedSide = new Side("`MeetingPlanner.plan`, holidays worked out for each plan (`FixedCalendars`)");
        Side keptSide = new Side("`MeetingPlanner.plan`, holidays kept per country and year (as `CalendarService`)");
        Side floorSide = new Side("floor: local time of every quarter hour, working-day lookup, sliding max, sum");
        Quiet quiet = Quiet.await(options.quietSeconds());
        progress("planner: " + options.warmup() + " warm-up rounds, then " + options.rounds() + " measured rounds");
        for (int round = 0; round < options.warmup() + options.rounds(); round++) {
            boolean measure = round >= options.warmup();
            if (round == options.warmup()) quiet.start();
            // each side goes first, second and third in turn, so that none always runs on another's warm caches
            for (int k = 0; k < 3; k++) {
                switch ((round + k) % 3) {
                    case 0 -> workedSide.run(() -> answer(new MeetingPlanner(new Days(worked)).plan(request)), measure);
                    case 1 -> keptSide.run(() -> answer(new MeetingPlanner(new Days(kept)).plan(request)), measure);
                    default -> floorSide.run(() -> floor.run().least(), measure);
                }
            }
        }
        String others = quiet.others();
        progress(String.format(Locale.ROOT, "planner: p50 %.2f / %.2f ms, floor %.2f ms", workedSide.latencies.median(),
                keptSide.latencies.median(), floorSide.latencies.median()));

        long zones = request.attendees().stream().map(MeetingPlanner.Attendee::zone).distinct().count();
        long countries = request.attendees().stream().map(MeetingPlanner.Attendee::country).distinct().count();
        report.append("#### Meeting planner\n\n");
        report.append(String.format(Locale.ROOT, "Question: a %d-minute meeting of %d people in %d time zones and %d countries, %s to %s"
                        + " (%d quarter hours), organiser in %s; five slots asked for. Answer: %s; %d slots offered, the best costing %d;"
                        + " %d notes (%d on countries without a holiday calendar, %d on clock changes).  %n",
                PlannerCase.LENGTH.toMinutes(), request.attendees().size(), zones, countries, PlannerCase.FROM, PlannerCase.TO,
                Duration.between(PlannerCase.FROM.atStartOfDay(PlannerCase.ORGANISER), PlannerCase.TO.plusDays(1)
                        .atStartOfDay(PlannerCase.ORGANISER)).dividedBy(MeetingPlanner.STEP), PlannerCase.ORGANISER,
                plan.fits() ? "a slot fits everyone" : "no slot fits everyone", plan.slots().size(),
                plan.slots().isEmpty() ? 0 : plan.slots().get(0).cost(), plan.notes().size(),
                plan.notes().stream().filter(n -> n.contains("no holiday calendar covers")).count(),
                plan.notes().stream().filter(n -> n.startsWith("Clocks in")).count()));
        report.append(String.format(Locale.ROOT, "%d measured rounds after %d warm-up rounds; each round runs every side once, in turn"
                + " first. Other processes used %s during the measured rounds.%n%n", options.rounds(), options.warmup(), others));
        table(report, List.of(workedSide, keptSide, floorSide), floorSide);
        // the running service keeps every year it works out, and works this year and next out in the background after a change
        boolean met = keptSide.latencies.p99() <= PLANNER_TARGET_MS;
        report.append(String.format(Locale.ROOT, "%nTarget p99 ≤ %.0f ms with the holidays kept, as the running service keeps them: %s (%.2f ms)."
                        + " With the holidays worked out in the plan (a year the service has not worked out yet): %.2f ms, %s.%n%n",
                PLANNER_TARGET_MS, met ? "**met**" : "**missed**", keptSide.latencies.p99(), workedSide.latencies.p99(),
                workedSide.latencies.p99() <= PLANNER_TARGET_MS ? "also within it" : "beyond it"));
        return met;
    }

    /** Checks that both holiday services give the same plan, and that the floor answers the same question. */
    private static MeetingPlanner.Plan checkPlanner(MeetingPlanner.Request request, HolidayService worked, HolidayService kept,
                                                    PlannerFloor floor) throws BenchmarkException {
        MeetingPlanner.Plan plan = new MeetingPlanner(new Days(worked)).plan(request);
        if (!plan.equals(new MeetingPlanner(new Days(kept)).plan(request))) {
            throw new BenchmarkException("the planner gives another plan when the holidays are kept: CachedHolidays no longer answers as"
                    + " FixedCalendars does");
        }
        if (plan.fits() != floor.run().fitting() > 0) {
            throw new BenchmarkException("the planner says " + (plan.fits() ? "a slot fits" : "no slot fits") + " and the floor says the"
                    + " opposite: PlannerFloor no longer costs quarter hours as MeetingPlanner does");
        }
        // with people whose hours meet, every slot the planner proposes must cost nobody anything on the floor too
        MeetingPlanner.Request europe = PlannerCase.request(request.attendees().subList(0, 4));
        MeetingPlanner.Plan fitting = new MeetingPlanner(new Days(worked)).plan(europe);
        PlannerFloor europeFloor = new PlannerFloor(europe, new Days(worked));
        if (!fitting.fits() || fitting.slots().stream().anyMatch(s -> !europeFloor.fits(s.start()))) {
            throw new BenchmarkException("for " + europe.attendees().stream().map(MeetingPlanner.Attendee::name).toList() + " the planner"
                    + " proposes " + fitting.slots().stream().map(MeetingPlanner.Slot::start).toList() + " (fits: " + fitting.fits()
                    + "), which the floor does not count as inside everyone's hours: PlannerFloor no longer matches MeetingPlanner");
        }
        return plan;
    }

    private static long answer(MeetingPlanner.Plan plan) {
        return plan.slots().size() + plan.why().size() + plan.notes().size();
    }

    private static boolean agenda(CalendarOptions options, List<CountryCalendar> calendars, StringBuilder report) throws Exception {
        Path work = BenchmarkFiles.workDirectory(options.work(), "meridian-calendar-benchmark", "the benchmark loads a new database there");
        boolean completed = false;
        try (BenchmarkDatabase db = BenchmarkDatabase.h2(work, options.h2Options())) {
            progress("agenda: creating the contacts schema");
            db.createSchema();
            progress("agenda: loading " + options.persons() + " contacts");
            long start = System.nanoTime();
            AgendaBook.Facts facts = AgendaBook.load(db.dataSource, options.persons(), options.seed(), NOW, line -> progress("agenda: loaded " + line));
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            progress(String.format(Locale.ROOT, "agenda: loaded in %.0f s; %.0f MB on disk", loadSeconds, db.sizeMegabytes()));

            Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
            StandaloneContacts services = new StandaloneContacts(db.dataSource, clock);
            RecordedRelationships relationships = new RecordedRelationships(services.relationships());
            HolidayService holidays = new CachedHolidays(new FixedCalendars(calendars));
            LocalDate from = LocalDate.ofInstant(NOW, USER_ZONE);
            Colleague colleague = new Colleague(db.floor, options.seed() + 1);
            long heapBefore = usedHeapAfterCollection();
            AgendaService kept = new AgendaService(relationships, services.contacts(), holidays, clock);
            Agenda.View view = kept.view(from, AGENDA_DAYS, USER_ZONE, USER_HOURS, AGENDA_LIMIT);
            double bookMegabytes = (usedHeapAfterCollection() - heapBefore) / 1e6;
            RecordedRelationships.WholeBook read = relationships.lastWholeBook().orElseThrow(() -> new BenchmarkException("the agenda's first"
                    + " view did not read the book through RelationshipService.relationships, so the harness no longer knows what it reads;"
                    + " update CalendarBenchmark to how AgendaService now reads the book"));
            AgendaFloor.Rows rows = checkFloor(db, read);
            checkBookInMemory(kept, relationships, services, holidays, clock, colleague, from);

            Side first = new Side("`AgendaService.view` on a new service: the book read whole, then the view");
            Side inMemory = new Side("`AgendaService.view`, the book in memory, " + CHANGED_BETWEEN_VIEWS + " people read again");
            Side floor = new Side("floor: the whole book's three reads of `Relationships.relationships`, each row's columns read");
            // Two phases. Views of the book in memory run on their own, as in the workbench, where the whole book is read once an
            // hour: run between them, two whole-book reads a round would leave 800 MB of garbage and a dropped book of 100,000
            // records to collect in the views' time. The whole-book reads then run against their floor, in turn.
            Quiet quiet = Quiet.await(options.quietSeconds());
            progress("agenda, book in memory: " + options.agendaWarmup() + " warm-up rounds, then " + options.agendaRounds() + " measured rounds");
            for (int round = 0; round < options.agendaWarmup() + options.agendaRounds(); round++) {
                if (round == options.agendaWarmup()) quiet.start();
                colleague.touch();
                colleague.logMeetings(relationships, kept, CHANGED_BETWEEN_VIEWS, NOW);
                inMemory.run(() -> answer(kept.view(from, AGENDA_DAYS, USER_ZONE, USER_HOURS, AGENDA_LIMIT)), round >= options.agendaWarmup());
            }
            String othersInMemory = quiet.others();
            quiet = Quiet.await(options.quietSeconds());
            progress("agenda, whole book: " + options.agendaWarmup() + " warm-up rounds, then " + options.agendaRounds() + " measured rounds");
            for (int round = 0; round < options.agendaWarmup() + options.agendaRounds(); round++) {
                boolean measure = round >= options.agendaWarmup();
                if (round == options.agendaWarmup()) quiet.start();
                for (int k = 0; k < 2; k++) {
                    colleague.touch();
                    if ((round + k) % 2 == 0) {
                        first.run(() -> answer(new AgendaService(relationships, services.contacts(), holidays, clock)
                                .view(from, AGENDA_DAYS, USER_ZONE, USER_HOURS, AGENDA_LIMIT)), measure);
                    } else {
                        floor.run(() -> AgendaFloor.read(db.floor, read.interactionsSince(), read.commitmentsDueBy()).total(), measure);
                    }
                }
            }
            String others = quiet.others();
            progress(String.format(Locale.ROOT, "agenda: p50 %.0f ms book read whole, %.0f ms in memory, floor %.0f ms", first.latencies.median(),
                    inMemory.latencies.median(), floor.latencies.median()));

            report.append("#### Stay-in-touch agenda\n\n");
            if (!options.h2Options().isEmpty()) report.append("H2 URL options added for this run: `").append(options.h2Options()).append("`.  \n");
            report.append(String.format(Locale.ROOT, "Book (H2 embedded, %s, loaded in %.0f s, %.0f MB on disk): %,d contacts (%,d without a"
                            + " country or zone, %,d with their own working hours, %,d with a birthday), %,d interactions in the last 10 days"
                            + " and %,d before, %,d open commitments and %,d done or cancelled.  %n", db.version(), loadSeconds,
                    db.sizeMegabytes(), facts.persons(), facts.withoutZone(), facts.withHours(), facts.birthdays(), facts.recentInteractions(),
                    facts.olderInteractions(), facts.openCommitments(), facts.closedCommitments()));
            report.append(String.format(Locale.ROOT, "Question: the agenda for %d days from %s in %s, %s, the %d most pressing items. Answer:"
                            + " %,d items counted (%s), %d returned. Reading the whole book reads %,d open commitments due by %s, %,d"
                            + " interactions since %s and %,d people; the book the agenda keeps in memory holds %.0f MB of heap (used"
                            + " heap after a full collection, with and without it).  %n", AGENDA_DAYS, from, USER_ZONE, USER_HOURS, AGENDA_LIMIT, view.total(),
                    counts(view.counts()), view.items().size(), rows.commitments(), read.commitmentsDueBy(), rows.interactions(),
                    read.interactionsSince(), rows.persons(), bookMegabytes));
            report.append(String.format(Locale.ROOT, "Two phases of %d measured rounds after %d warm-up rounds. First the views of the"
                    + " book in memory, alone: before each, one row of each table read is rewritten, and meetings with %d people are"
                    + " logged and their events handed to the agenda (other processes used %s). Then the whole-book reads and their floor,"
                    + " in turn first, each after one row of each table is rewritten (other processes used %s).%n%n",
                    options.agendaRounds(), options.agendaWarmup(), CHANGED_BETWEEN_VIEWS, othersInMemory, others));
            table(report, List.of(first, inMemory, floor), floor);
            boolean inMemoryMet = inMemory.latencies.p99() <= AGENDA_TARGET_MS;
            report.append(String.format(Locale.ROOT, "%nTarget p99 ≤ %.0f ms for a view: %s (%.0f ms). Reading the book whole, which the"
                    + " workbench does in the background, took %.0f ms p99 (%.1f × its floor), %s: a view pays it only in the first"
                    + " seconds after a start or after a broad change.%n%n", AGENDA_TARGET_MS, inMemoryMet ? "**met**" : "**missed**",
                    inMemory.latencies.p99(), first.latencies.p99(), first.latencies.p99() / floor.latencies.p99(),
                    first.latencies.p99() <= AGENDA_TARGET_MS ? "also within it" : "beyond it"));
            completed = true;
            return inMemoryMet;
        } finally {
            if (options.keep() || !completed) System.out.println("Database kept in " + work);
            else BenchmarkFiles.delete(work);
        }
    }

    /** The heap in use after full collections, in bytes: what stays reachable. */
    private static long usedHeapAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Checks that the floor reads the rows the agenda read: as many people, open commitments and people with a recent interaction. */
    private static AgendaFloor.Rows checkFloor(BenchmarkDatabase db, RecordedRelationships.WholeBook read) throws Exception {
        AgendaFloor.Rows rows = AgendaFloor.check(db.floor, read.interactionsSince(), read.commitmentsDueBy());
        if (read.people() != rows.persons() || read.openCommitments() != rows.commitments() || read.recentPeople() != rows.recentPeople()) {
            throw new BenchmarkException("the floor no longer reads what Relationships.relationships reads: the service gave " + read
                    + "; the floor " + rows + ". Update AgendaFloor to the statements Relationships now runs");
        }
        return rows;
    }

    /**
     * Checks that the agenda kept in memory follows the changes the harness makes between views:
     * after meetings with some people are logged and their events handed over, it must count what
     * an agenda reading the whole book afresh counts.
     */
    private static void checkBookInMemory(AgendaService kept, RelationshipService relationships, StandaloneContacts services,
                                          HolidayService holidays, Clock clock, Colleague colleague, LocalDate from) throws Exception {
        colleague.logMeetings(relationships, kept, CHANGED_BETWEEN_VIEWS, NOW);
        Agenda.View remembered = kept.view(from, AGENDA_DAYS, USER_ZONE, USER_HOURS, AGENDA_LIMIT);
        Agenda.View fresh = new AgendaService(relationships, services.contacts(), holidays, clock).view(from, AGENDA_DAYS, USER_ZONE,
                USER_HOURS, AGENDA_LIMIT);
        if (remembered.total() != fresh.total() || !remembered.counts().equals(fresh.counts())) {
            throw new BenchmarkException("after " + CHANGED_BETWEEN_VIEWS + " meetings were logged, the agenda kept in memory counts "
                    + remembered.counts() + " and one that reads the book afresh " + fresh.counts() + ": the harness no longer hands the"
                    + " agenda the events it follows (or the agenda misses them)");
        }
    }

    private static long answer(Agenda.View view) {
        return view.total() + view.items().size();
    }

    private static String counts(Map<Agenda.Kind, Integer> counts) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(counts).forEach((kind, n) -> parts.add(String.format(Locale.ROOT, "%,d %s", n, kind.name().toLowerCase(Locale.ROOT)
                .replace('_', ' '))));
        return String.join(", ", parts);
    }

    private static void table(StringBuilder report, List<Side> sides, Side floor) {
        report.append("| | p50 ms | p99 ms | max ms | p50 / floor | p99 / floor | allocated per run, MB |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (Side s : sides) {
            boolean isFloor = s == floor;
            report.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s | %s | %.1f |%n", s.name, s.latencies.median(),
                    s.latencies.p99(), s.latencies.max(),
                    isFloor ? "" : String.format(Locale.ROOT, "%.1f ×", s.latencies.median() / floor.latencies.median()),
                    isFloor ? "" : String.format(Locale.ROOT, "%.1f ×", s.latencies.p99() / floor.latencies.p99()), s.allocatedMegabytes()));
        }
    }

    static void progress(String line) {
        System.out.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "  " + line);
    }

    /** Other processes' CPU time over the measured rounds, after waiting for them to go quiet. */
    private static final class Quiet {
        private OtherCpu.Snapshot from;
        private long startNanos;

        static Quiet await(int seconds) throws InterruptedException {
            if (seconds > 0 && !OtherCpu.awaitQuiet(seconds)) {
                progress("other processes stayed busy for " + seconds + " s; measuring anyway (the report says how busy)");
            }
            Quiet q = new Quiet();
            q.start();
            return q;
        }

        void start() {
            from = OtherCpu.now();
            startNanos = System.nanoTime();
        }

        /** "0.03 of a core (1.2 s of CPU in 41 s)". */
        String others() {
            double ms = OtherCpu.millisBetween(from, OtherCpu.now());
            double elapsed = (System.nanoTime() - startNanos) / 1e6;
            if (Double.isNaN(ms)) return "an unknown share of the CPUs (/proc/stat unreadable)";
            return String.format(Locale.ROOT, "%.2f of a core (%.1f s of CPU in %.0f s)", ms / elapsed, ms / 1000, elapsed / 1000);
        }
    }
}
