package io.meridian.calendar.internal.service;

import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.HolidayCalendar;
import io.meridian.api.calendar.HolidayService;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.api.calendar.WorkWeekProvider;
import io.meridian.api.culture.ContentProblem;
import io.meridian.calendar.internal.Countries;
import io.meridian.calendar.internal.workweek.WorkWeeks;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The holiday service: every {@link HolidayCalendar} and {@link WorkWeekProvider} registered
 * (the whiteboard), region bundles' calendar content among them through the
 * {@link CalendarExtender}. For a country and subdivision the calendar of that subdivision wins,
 * else the country's; among several, the highest {@code service.ranking}. A calendar that throws
 * is left out for that answer, logged and listed in {@link #problems()}; the next one serves.
 * Answers are cached per country, subdivision and year until the calendars change. In the
 * running workbench, this year's and next year's answers for every country a calendar covers
 * are worked out in the background {@link #WARM_AFTER} after the calendars last changed, so the
 * first plan or agenda after a start or a region bundle's change finds them ready.
 */
@Component(service = HolidayService.class, immediate = true)
public final class CalendarService implements HolidayService {

    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    private record Tracked<S>(ServiceReference<S> ref, S service) {
        String source() {
            Object s = ref.getProperty(CalendarExtender.SOURCE);
            return s != null ? s.toString() : ref.getBundle() == null ? "service " + ref.getProperty(Constants.SERVICE_ID)
                    : ref.getBundle().getSymbolicName();
        }
    }

    private final List<Tracked<HolidayCalendar>> calendars = new CopyOnWriteArrayList<>();
    private final List<Tracked<WorkWeekProvider>> providers = new CopyOnWriteArrayList<>();
    private final Map<String, HolidayYear> years = new ConcurrentHashMap<>();
    /** Bumped whenever the calendars change: an answer computed before a change is not cached after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /** More cached years than this and the cache starts again: a year costs little to work out. */
    private static final int MAX_CACHED = 20_000;
    private final Map<String, List<ContentProblem>> contentProblems = new ConcurrentHashMap<>();
    private final Map<String, ContentProblem> serviceProblems = new ConcurrentHashMap<>();
    /** The work weeks in force and, by country, the provider each comes from: replaced together, read together. */
    private record Weeks(WorkWeeks weeks, Map<String, String> sources) {
    }

    private volatile Weeks weeks = new Weeks(new WorkWeeks(List.of()), Map.of());
    private CalendarExtender extender;
    /** How long after the calendars last changed the cache is warmed: a bundle registers its calendars one by one. */
    static final Duration WARM_AFTER = Duration.ofSeconds(2);
    /** Warms the cache in the running workbench; null in tests. Guarded by {@code this}, with {@link #warming}. */
    private ScheduledExecutorService warmer;
    private Future<?> warming;

    @Activate
    void activate(BundleContext context) {
        synchronized (this) {
            warmer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "meridian-holiday-cache");
                thread.setDaemon(true);
                return thread;
            });
        }
        extender = new CalendarExtender(context, (bundle, found) -> {
            if (found.isEmpty()) contentProblems.remove(bundle);
            else contentProblems.put(bundle, List.copyOf(found));
            for (ContentProblem p : found) LOG.warning(p.toString());
        });
        extender.open();
        changed(); // calendars bound before activation are warmed too
    }

    @Deactivate
    void deactivate() {
        if (extender != null) extender.close();
        synchronized (this) {
            if (warmer != null) warmer.shutdownNow();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedCalendar")
    void addCalendar(ServiceReference<HolidayCalendar> ref, HolidayCalendar calendar) {
        calendars.add(new Tracked<>(ref, calendar));
        changed();
    }

    void updatedCalendar(ServiceReference<HolidayCalendar> ref) {
        changed(); // its ranking may have changed
    }

    void removeCalendar(ServiceReference<HolidayCalendar> ref) {
        calendars.removeIf(t -> t.ref().equals(ref));
        serviceProblems.keySet().removeIf(k -> k.startsWith(ref.getProperty(Constants.SERVICE_ID) + ":"));
        changed();
    }

    private void changed() {
        generation.incrementAndGet();
        years.clear();
        synchronized (this) {
            if (warmer == null || warmer.isShutdown()) return;
            if (warming != null) warming.cancel(false);
            warming = warmer.schedule(() -> warm(LocalDate.now(ZoneId.systemDefault()).getYear()), WARM_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Works out {@code year}'s and the next year's holidays of every country and subdivision a calendar covers, into the cache. */
    void warm(int year) {
        Set<String> places = new TreeSet<>();
        for (Tracked<HolidayCalendar> t : calendars) {
            try {
                places.add(t.service().country().toUpperCase(Locale.ROOT) + t.service().subdivision().map(s -> "/" + s).orElse(""));
            } catch (RuntimeException e) {
                // a calendar that cannot say what it covers is reported when it is asked for holidays
            }
        }
        for (String place : places) {
            int slash = place.indexOf('/');
            String country = slash < 0 ? place : place.substring(0, slash);
            Optional<String> subdivision = slash < 0 ? Optional.empty() : Optional.of(place.substring(slash + 1));
            for (int y = year; y <= Math.min(year + 1, LAST_YEAR); y++) {
                if (Thread.currentThread().isInterrupted()) return;
                try {
                    holidays(country, subdivision, y);
                } catch (RuntimeException e) {
                    // a country code or subdivision the service refuses: asking for it says why
                }
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, updated = "updatedWorkWeeks")
    void addWorkWeeks(ServiceReference<WorkWeekProvider> ref, WorkWeekProvider provider) {
        providers.add(new Tracked<>(ref, provider));
        rebuildWorkWeeks();
    }

    void updatedWorkWeeks(ServiceReference<WorkWeekProvider> ref) {
        rebuildWorkWeeks();
    }

    void removeWorkWeeks(ServiceReference<WorkWeekProvider> ref) {
        providers.removeIf(t -> t.ref().equals(ref));
        serviceProblems.remove("weeks:" + ref.getProperty(Constants.SERVICE_ID));
        rebuildWorkWeeks();
    }

    /**
     * The work weeks of every provider, a country's taken whole from the highest-ranked provider
     * that has it; a provider whose list is inconsistent or that throws is left out and listed.
     */
    private synchronized void rebuildWorkWeeks() {
        List<Tracked<WorkWeekProvider>> ranked = new ArrayList<>(providers);
        ranked.sort(Comparator.comparing((Tracked<WorkWeekProvider> t) -> t.ref()).reversed());
        Map<String, String> sources = new HashMap<>();
        List<WorkWeek> chosen = new ArrayList<>();
        for (Tracked<WorkWeekProvider> t : ranked) {
            String key = "weeks:" + t.ref().getProperty(Constants.SERVICE_ID);
            List<WorkWeek> provided;
            try {
                provided = List.copyOf(t.service().workWeeks());
                new WorkWeeks(provided);
                serviceProblems.remove(key);
            } catch (RuntimeException e) {
                failed(key, t.source(), "its work weeks", e);
                continue;
            }
            Map<String, List<WorkWeek>> byCountry = new LinkedHashMap<>();
            for (WorkWeek w : provided) byCountry.computeIfAbsent(w.country().toUpperCase(Locale.ROOT), c -> new ArrayList<>()).add(w);
            byCountry.forEach((country, list) -> {
                if (sources.putIfAbsent(country, t.source()) == null) chosen.addAll(list);
            });
        }
        weeks = new Weeks(new WorkWeeks(chosen), Map.copyOf(sources));
    }

    private void failed(String key, String source, String what, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String service = key.startsWith("weeks:") ? "WorkWeekProvider service" : "HolidayCalendar service";
        ContentProblem p = new ContentProblem(source, service, 0, "", "failed to give " + what + " and is left out: " + message);
        if (serviceProblems.put(key, p) == null) LOG.log(Level.WARNING, p.toString(), e);
    }

    @Override
    public HolidayYear holidays(String country, Optional<String> subdivision, int year) {
        String code = Countries.checked(country);
        Optional<String> sub = subdivision.map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        if (sub.isPresent() && !sub.get().matches(code + "-[A-Z0-9]{1,3}")) {
            throw new IllegalArgumentException("'" + subdivision.get() + "' is not an ISO 3166-2 subdivision of " + code
                    + ": write it like " + code + "-" + (code.equals("DE") ? "BY" : "01") + ", or leave it out for the whole country");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside the years holidays are worked out for (" + FIRST_YEAR + " to "
                    + LAST_YEAR + ")");
        }
        String key = code + "/" + sub.orElse("") + "/" + year;
        HolidayYear cached = years.get(key);
        if (cached != null) return cached;
        long before = generation.get();
        HolidayYear answer = compute(code, sub, year);
        if (years.size() >= MAX_CACHED) years.clear();
        years.put(key, answer);
        // the calendars changed while this was worked out: the answer may be stale, so it is not kept
        if (generation.get() != before) years.remove(key, answer);
        return answer;
    }

    private HolidayYear compute(String country, Optional<String> subdivision, int year) {
        for (Tracked<HolidayCalendar> t : candidates(country, subdivision)) {
            String key = t.ref().getProperty(Constants.SERVICE_ID) + ":" + year;
            try {
                List<Holiday> holidays = holidaysSorted(t.service().holidays(year));
                List<LocalDate> workingDays = t.service().workingDays(year).stream().sorted().toList();
                List<io.meridian.api.calendar.Greeting> greetings = t.service().greetings(year).stream()
                        .sorted(Comparator.comparing(io.meridian.api.calendar.Greeting::date)).toList();
                serviceProblems.remove(key);
                return new HolidayYear(country, subdivision, year, holidays, workingDays, greetings, Optional.of(t.source()));
            } catch (RuntimeException e) {
                failed(key, t.source(), "the holidays of " + country + subdivision.map(s -> " (" + s + ")").orElse("") + " in " + year, e);
            }
        }
        return new HolidayYear(country, subdivision, year, List.of(), List.of(), List.of(), Optional.empty());
    }

    private static List<Holiday> holidaysSorted(List<Holiday> holidays) {
        List<Holiday> sorted = new ArrayList<>(holidays);
        sorted.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::englishName));
        return sorted;
    }

    /** The calendars that could answer, best first: the subdivision's own, then the country's, each by ranking. */
    private List<Tracked<HolidayCalendar>> candidates(String country, Optional<String> subdivision) {
        List<Tracked<HolidayCalendar>> own = new ArrayList<>();
        List<Tracked<HolidayCalendar>> national = new ArrayList<>();
        for (Tracked<HolidayCalendar> t : calendars) {
            String c;
            Optional<String> s;
            try {
                c = t.service().country().toUpperCase(Locale.ROOT);
                s = t.service().subdivision().map(x -> x.toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                failed(t.ref().getProperty(Constants.SERVICE_ID) + ":country", t.source(), "its country", e);
                continue;
            }
            if (!c.equals(country)) continue;
            if (s.isEmpty()) national.add(t);
            else if (s.equals(subdivision)) own.add(t);
        }
        Comparator<Tracked<HolidayCalendar>> best = Comparator.comparing((Tracked<HolidayCalendar> t) -> t.ref()).reversed();
        own.sort(best);
        national.sort(best);
        own.addAll(national);
        return own;
    }

    @Override
    public CountryWeek workWeek(String country, LocalDate on) {
        String code = Countries.checked(country);
        Weeks now = weeks;
        WorkWeeks.Found found = now.weeks().on(code, on);
        return new CountryWeek(found.week(), found.source() == WorkWeeks.Source.CLDR ? CountryWeek.CLDR : now.sources().get(code));
    }

    @Override
    public List<CalendarSource> calendars() {
        List<CalendarSource> out = new ArrayList<>();
        for (Tracked<HolidayCalendar> t : calendars) {
            try {
                out.add(new CalendarSource(t.service().country().toUpperCase(Locale.ROOT), t.service().subdivision(), t.source()));
            } catch (RuntimeException e) {
                failed(t.ref().getProperty(Constants.SERVICE_ID) + ":country", t.source(), "its country", e);
            }
        }
        out.sort(Comparator.comparing(CalendarSource::country).thenComparing(c -> c.subdivision().orElse("")).thenComparing(CalendarSource::source));
        return out;
    }

    @Override
    public List<ContentProblem> problems() {
        List<ContentProblem> all = new ArrayList<>();
        contentProblems.values().forEach(all::addAll);
        all.addAll(serviceProblems.values());
        all.sort(Comparator.comparing(ContentProblem::bundle).thenComparing(ContentProblem::file).thenComparingInt(ContentProblem::line));
        return all;
    }
}
