package io.meridian.calendar.internal.service;

import io.meridian.api.calendar.Holiday;
import io.meridian.api.calendar.HolidayCalendar;
import io.meridian.api.calendar.WorkWeek;
import io.meridian.api.calendar.WorkWeekProvider;
import io.meridian.api.culture.ContentProblem;
import io.meridian.calendar.internal.content.CalendarFile;
import io.meridian.calendar.internal.content.CountryCalendar;
import io.meridian.support.content.ContentBundleTracker;
import io.meridian.support.content.ContentText;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The extender for the calendar content of region bundles. A started bundle whose manifest has
 * {@code Meridian-Content: content/} has its {@code calendar/<CC>.json} files read and checked,
 * in the background so that the workbench's start does not wait for it;
 * for each valid file a {@link HolidayCalendar} is registered for the country and one for each
 * subdivision the file names, and one {@link WorkWeekProvider} for all the bundle's work weeks,
 * all through the bundle's own context, so they go when it stops. Problems go to
 * {@code problems}, keyed by the bundle's symbolic name.
 */
final class CalendarExtender extends ContentBundleTracker<List<ServiceRegistration<?>>> {

    static final String HEADER = "Meridian-Content";
    /** Service property naming where a calendar comes from: the bundle's symbolic name and the file. */
    static final String SOURCE = "meridian.calendar.source";

    private final BiConsumer<String, List<ContentProblem>> problems;

    CalendarExtender(BundleContext context, BiConsumer<String, List<ContentProblem>> problems) {
        super(context, "meridian-calendar-content");
        this.problems = problems;
    }

    @Override
    protected boolean hasContent(Bundle bundle) {
        return bundle.getHeaders("").get(HEADER) != null;
    }

    /** The bundle's calendars and work weeks, registered; a content bundle is tracked even with nothing valid, so that its problems go when it does. */
    @Override
    protected List<ServiceRegistration<?>> load(Bundle bundle) {
        String header = bundle.getHeaders("").get(HEADER).strip();
        String root = header.endsWith("/") ? header : header + "/";
        String name = bundle.getSymbolicName();
        List<ContentProblem> found = new ArrayList<>();
        List<CountryCalendar> calendars = read(bundle, root + "calendar/", found);
        problems.accept(name, found);
        BundleContext owner = bundle.getBundleContext();
        List<ServiceRegistration<?>> registrations = new ArrayList<>();
        if (calendars.isEmpty() || owner == null) return registrations;
        try {
            List<WorkWeek> weeks = new ArrayList<>();
            for (CountryCalendar c : calendars) {
                String source = name + " " + root + "calendar/" + c.country() + ".json";
                registrations.add(register(owner, c, Optional.empty(), source));
                TreeSet<String> subdivisions = new TreeSet<>();
                c.holidays().definitions().forEach(d -> subdivisions.addAll(d.subdivisions()));
                for (String s : subdivisions) registrations.add(register(owner, c, Optional.of(s), source));
                weeks.addAll(c.workWeeks());
            }
            if (!weeks.isEmpty()) {
                List<WorkWeek> all = List.copyOf(weeks);
                Dictionary<String, Object> props = new Hashtable<>();
                props.put(SOURCE, name);
                registrations.add(owner.registerService(WorkWeekProvider.class, () -> all, props));
            }
            return registrations;
        } catch (IllegalStateException stopped) {
            unregister(registrations);
            return new ArrayList<>();
        }
    }

    private static ServiceRegistration<HolidayCalendar> register(BundleContext owner, CountryCalendar c, Optional<String> subdivision, String source) {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(SOURCE, source);
        return owner.registerService(HolidayCalendar.class, new HolidayCalendar() {
            @Override
            public String country() {
                return c.country();
            }

            @Override
            public Optional<String> subdivision() {
                return subdivision;
            }

            @Override
            public List<Holiday> holidays(int year) {
                return c.holidays(year, subdivision);
            }

            @Override
            public List<io.meridian.api.calendar.Greeting> greetings(int year) {
                return c.greetings(year, subdivision);
            }

            @Override
            public List<LocalDate> workingDays(int year) {
                return c.workingDays(year).stream().map(CountryCalendar.WorkingDay::date).toList();
            }
        }, props);
    }

    @Override
    protected void unload(Bundle bundle, List<ServiceRegistration<?>> registrations) {
        unregister(registrations);
        problems.accept(bundle.getSymbolicName(), List.of());
    }

    private static void unregister(List<ServiceRegistration<?>> registrations) {
        for (ServiceRegistration<?> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it when the bundle stopped
            }
        }
    }

    /** Every {@code *.json} file directly under {@code folder}, read; the rest of the bundle's content is the culture bundle's. */
    static List<CountryCalendar> read(Bundle bundle, String folder, List<ContentProblem> problems) {
        String name = bundle.getSymbolicName();
        List<CountryCalendar> calendars = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*", false);
        if (entries == null) return calendars;
        List<URL> urls = new ArrayList<>(Collections.list(entries));
        urls.sort(java.util.Comparator.comparing(URL::getPath));
        for (URL url : urls) {
            String path = url.getPath().startsWith("/") ? url.getPath().substring(1) : url.getPath();
            if (path.endsWith("/")) continue;
            String base = path.substring(path.lastIndexOf('/') + 1);
            if (!base.endsWith(".json")) {
                if (!base.toUpperCase(java.util.Locale.ROOT).startsWith("README")) {
                    problems.add(new ContentProblem(name, path, 0, "", "not calendar content: each country's holidays and work weeks go in "
                            + folder + "<ISO code>.json"));
                }
                continue;
            }
            byte[] bytes;
            try (InputStream in = url.openStream()) {
                bytes = in.readNBytes(ContentText.MAX_FILE_BYTES + 1);
            } catch (IOException e) {
                problems.add(new ContentProblem(name, path, 0, "", "cannot be read from the bundle: " + e.getMessage()));
                continue;
            }
            String text = ContentText.decode(name, path, bytes, problems);
            if (text == null) continue;
            CalendarFile.Result r = CalendarFile.read(name, path, text);
            r.calendar().ifPresent(calendars::add);
            problems.addAll(r.problems());
        }
        return calendars;
    }
}
