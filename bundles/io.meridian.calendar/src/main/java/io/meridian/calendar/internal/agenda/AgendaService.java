package io.meridian.calendar.internal.agenda;

import io.meridian.api.calendar.Agenda;
import io.meridian.api.calendar.HolidayService;
import io.meridian.api.contacts.ContactEvents;
import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.RelationshipFacts;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.calendar.internal.plan.Days;
import io.meridian.calendar.internal.service.Participants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link Agenda} over the contacts book and the holiday service.
 *
 * <p>The book is kept in memory, as the agenda reads it: read whole in the background a few
 * seconds after the component starts (or by the first view, if that comes first), then
 * only the people whose contact events arrived since (a change, an interaction, a promise,
 * an erasure), and whole again every hour (in the background, while views use the book they
 * have), after an event that names nobody, or when more than
 * {@value #MAX_DIRTY} people changed at once. A view is then one pass over memory rather than
 * over 100,000 rows. A view that looks further back than the book was read for reads the
 * database directly.
 */
@Component(service = {Agenda.class, EventHandler.class}, property = EventConstants.EVENT_TOPIC + "=io/meridian/contacts/*")
public final class AgendaService implements Agenda, EventHandler {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE HH:mm", Locale.ENGLISH);
    /** The whole book is read again after this long, whatever the events said. */
    static final Duration RELOAD_AFTER = Duration.ofHours(1);
    /** More people changed than this since the last view, and the whole book is read again. */
    static final int MAX_DIRTY = 5_000;
    /** How far back interactions are read: follow-ups look a week back from the view's first day. */
    static final Duration LOOK_BACK = Duration.ofDays(30);
    /** Every open promise is kept, however far its date. */
    static final LocalDate ALL_PROMISES = LocalDate.of(HolidayService.LAST_YEAR, 12, 31);

    /** How long after the component starts the book is read in the background: after the workbench itself has started. */
    static final Duration START_DELAY = Duration.ofSeconds(5);

    private final RelationshipService relationships;
    private final ContactService contacts;
    private final HolidayService holidays;
    private final Clock clock;
    /** Guarded by itself: every read and change of the book in memory, and of the fields below it. */
    private final Map<UUID, RelationshipFacts> book = new HashMap<>();
    private final Set<UUID> dirty = ConcurrentHashMap.newKeySet();
    private volatile boolean stale;
    private volatile boolean loaded;
    private Instant loadedAt = Instant.MIN;
    private Instant readSince = Instant.MAX;
    /**
     * Guarded by the book: the people a view read again while a background read of the whole
     * book was under way. That read may have seen them before their change, so they are marked
     * again when it is put in place.
     */
    private final Set<UUID> readAgainDuringLoad = new HashSet<>();
    private boolean backgroundReading;
    /** Reads the whole book in the background in the running workbench; null where views read it themselves (tests, the benchmark). */
    private final ScheduledExecutorService loader;
    /** Guarded by {@code this}: the background read scheduled or under way. */
    private Future<?> loading;

    @Activate
    public AgendaService(@Reference RelationshipService relationships, @Reference ContactService contacts, @Reference HolidayService holidays) {
        this(relationships, contacts, holidays, Clock.systemUTC(), Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "meridian-agenda-book");
            thread.setDaemon(true);
            return thread;
        }));
        loadInBackground(START_DELAY);
    }

    /** Without a background reader: each view brings the book up to date itself. */
    public AgendaService(RelationshipService relationships, ContactService contacts, HolidayService holidays, Clock clock) {
        this(relationships, contacts, holidays, clock, null);
    }

    /** With a background reader; {@link #loadInBackground} schedules its reads. */
    AgendaService(RelationshipService relationships, ContactService contacts, HolidayService holidays, Clock clock, ScheduledExecutorService loader) {
        this.relationships = relationships;
        this.contacts = contacts;
        this.holidays = holidays;
        this.clock = clock;
        this.loader = loader;
    }

    @Deactivate
    void deactivate() {
        if (loader != null) loader.shutdownNow();
    }

    /** Reads the whole book on the loader thread after {@code delay}, unless a read is already scheduled or under way. */
    synchronized void loadInBackground(Duration delay) {
        if (loader == null || loader.isShutdown() || loading != null && !loading.isDone()) return;
        loading = loader.schedule(this::readInBackground, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void readInBackground() {
        synchronized (book) {
            backgroundReading = true;
            readAgainDuringLoad.clear();
        }
        try {
            Instant now = clock.instant();
            Map<UUID, RelationshipFacts> fresh = readWhole(now);
            synchronized (book) {
                // a view may have read the book itself meanwhile, more recently: keep that one
                if (!loaded || now.isAfter(loadedAt)) swap(fresh, now);
                dirty.addAll(readAgainDuringLoad);
            }
        } catch (RuntimeException e) {
            // the next view reads the book itself, and reports what fails
            Logger.getLogger(AgendaService.class.getName()).log(Level.WARNING,
                    "the agenda could not read the contacts book in the background; the next view reads it", e);
        } finally {
            synchronized (book) {
                backgroundReading = false;
                readAgainDuringLoad.clear();
            }
        }
    }

    /**
     * Before the book was first read: a read that has begun is waited for rather than done
     * twice; one still waiting for its delay is called off, and the view reads the book itself.
     */
    void settleFirstRead() {
        Future<?> f;
        synchronized (this) {
            f = loading;
        }
        if (loaded || f == null || f.cancel(false)) return;
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // the view reads the book itself
        }
    }

    private Map<UUID, RelationshipFacts> readWhole(Instant now) {
        Map<UUID, RelationshipFacts> fresh = new HashMap<>();
        relationships.relationships(now.minus(LOOK_BACK), ALL_PROMISES, f -> fresh.put(f.personId(), f));
        return fresh;
    }

    /** Puts a whole book read at {@code now} in place; people changed since stay marked and are read again. Called holding the book's lock. */
    private void swap(Map<UUID, RelationshipFacts> fresh, Instant now) {
        book.clear();
        book.putAll(fresh);
        loadedAt = now;
        readSince = now.minus(LOOK_BACK);
        loaded = true;
    }

    @Override
    public View view(LocalDate from, int days, ZoneId userZone, WorkingHours userHours, int limit) {
        AgendaBuilder builder = new AgendaBuilder(from, days, clock.instant(), userZone, userHours, holidays, limit);
        if (!loaded) settleFirstRead();
        synchronized (book) {
            refresh();
            if (builder.interactionsSince().isBefore(readSince)) {
                // further back than the book in memory reaches: read it for this view alone
                relationships.relationships(builder.interactionsSince(), builder.commitmentsDueBy(), builder);
                return builder.build(limit);
            }
            book.values().forEach(builder);
        }
        return builder.build(limit);
    }

    @Override
    public void handleEvent(Event event) {
        Object person = event.getProperty(ContactEvents.PERSON_ID);
        if (person == null) {
            stale = true;
            return;
        }
        try {
            dirty.add(UUID.fromString(person.toString()));
        } catch (IllegalArgumentException notAnId) {
            stale = true;
        }
    }

    /** Brings the book in memory up to date: whole, or the people whose events arrived. Called holding the book's lock. */
    private void refresh() {
        Instant now = clock.instant();
        if (!loaded || stale || dirty.size() > MAX_DIRTY) {
            // events from here on mark people again, so none is lost while the book is read
            stale = false;
            dirty.clear();
            swap(readWhole(now), now);
            return;
        }
        // an hour old: read it again in the background, and answer from the book as it is, with the changes below
        if (now.isAfter(loadedAt.plus(RELOAD_AFTER))) {
            if (loader != null) {
                loadInBackground(Duration.ZERO);
            } else {
                dirty.clear();
                swap(readWhole(now), now);
                return;
            }
        }
        if (dirty.isEmpty()) return;
        List<UUID> changed = new ArrayList<>(dirty);
        dirty.removeAll(changed);
        if (backgroundReading) readAgainDuringLoad.addAll(changed);
        Set<UUID> seen = new HashSet<>();
        relationships.relationships(changed, readSince, ALL_PROMISES, f -> {
            seen.add(f.personId());
            book.put(f.personId(), f);
        });
        for (UUID id : changed) if (!seen.contains(id)) book.remove(id); // erased
    }

    @Override
    public Advice advise(UUID personId, Instant at, ZoneId userZone, WorkingHours userHours) {
        Person p = contacts.find(personId).orElseThrow(() -> new ContactNotFoundException("no contact has the id " + personId));
        PersonDraft f = p.fields();
        if (f.timeZone() == null || f.country() == null) {
            throw new IllegalArgumentException(p.displayName() + " has no " + (f.timeZone() == null ? "time zone" : "country")
                    + " on record, so there is no local time to judge by; add it to their record");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(f.timeZone());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(p.displayName() + "'s time zone '" + f.timeZone() + "' is unknown; correct it on their record");
        }
        WorkingHours hours = f.workingHours() == null ? Participants.DEFAULT_HOURS : f.workingHours();
        BestTimes.Partner partner = new BestTimes.Partner(zone, f.country(), Optional.ofNullable(f.subdivision()), hours);
        Days days = new Days(holidays);
        return advise(p.id(), p.displayName(), partner, at, days, new BestTimes(days, userZone, userHours));
    }

    /** The advisor's judgement of {@code at} for someone at {@code partner}. */
    static Advice advise(UUID id, String name, BestTimes.Partner partner, Instant at, Days days, BestTimes best) {
        ZonedDateTime theirs = at.atZone(partner.zone());
        LocalTime time = theirs.toLocalTime();
        Days.Day day = days.day(partner.country(), partner.subdivision(), theirs.toLocalDate(), partner.ownWeek());
        String clock = WHEN.format(theirs) + " in " + city(partner.zone());
        LocalTime stop = day.stopsAt().filter(s -> s.isBefore(partner.hours().end())).orElse(partner.hours().end());
        boolean good = day.working() && !time.isBefore(partner.hours().start()) && time.isBefore(stop);
        String reason;
        if (!day.working()) {
            reason = "No: it is " + clock + ", " + (day.holiday().isPresent() ? "a holiday there (" + day.reason() + ")" : "their weekend ("
                    + day.reason() + ")") + "; a message now sits unread or intrudes";
        } else if (good) {
            Duration left = Duration.between(time, stop);
            reason = "Yes: it is " + clock + ", inside their working day" + (left.toMinutes() < 60 ? ", though it ends in " + left.toMinutes()
                    + " minutes" : "") + day.holiday().map(h -> " (" + h.englishName() + " is marked there, but work goes on)").orElse("");
        } else if (time.isBefore(LocalTime.of(7, 0)) || !time.isBefore(LocalTime.of(22, 0))) {
            reason = "No: it is " + clock + ", the middle of their night; a notification now can wake them";
        } else if (time.isBefore(partner.hours().start())) {
            reason = "Not yet: it is " + clock + ", before their working day starts at " + partner.hours().start();
        } else {
            reason = "Not now: it is " + clock + ", after their working day " + (day.stopsAt().isPresent() ? "(a half day, ending at " + stop + ")"
                    : "ended at " + stop) + "; it would wait until tomorrow anyway";
        }
        Optional<BestTime> next = good ? Optional.empty() : best.message(partner, theirs.toLocalDate(), at);
        return new Advice(id, name, good, theirs, reason, next);
    }

    private static String city(ZoneId zone) {
        String id = zone.getId();
        return id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : id;
    }
}
