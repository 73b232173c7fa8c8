package io.meridian.contacts.internal.demo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.WorkingHours;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The demo book as written in {@code demo/book.json}: invented people and companies, and what
 * happened between them and the user, in days relative to the day it is loaded. Reading checks
 * that every reference resolves and every event lies in the past, so a mistake in the file is
 * reported with the entry it is in rather than half-way through a load.
 */
record DemoBook(long seed, List<CadenceRule> cadenceRules, List<Company> organisations, List<Contact> people,
                List<Intro> introductions) {

    /** The resource the book is read from. */
    static final String RESOURCE = "/demo/book.json";

    /** The external-id system under which every demo person carries their key. */
    static final String SYSTEM = "meridian-demo";

    DemoBook {
        cadenceRules = orEmpty(cadenceRules);
        organisations = orEmpty(organisations);
        people = orEmpty(people);
        introductions = orEmpty(introductions);
    }

    /** Reads and checks the book shipped with this bundle. */
    static DemoBook load() {
        try (InputStream in = DemoBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the contacts bundle");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads a book in the format of {@code demo/book.json} (comments allowed) and checks it. */
    static DemoBook read(InputStream in) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        DemoBook book;
        try {
            book = json.readValue(in, DemoBook.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalStateException(RESOURCE + (at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage(), e);
        }
        book.check();
        return book;
    }

    /** An organisation, referred to by {@code key} from its people. */
    record Company(String key, String name, String country, String website, String notes) {
        OrganisationDraft draft() {
            return new OrganisationDraft(name, country, website, notes);
        }
    }

    /**
     * A person and their history with the user.
     *
     * @param key stable and unique; stored as their {@link #SYSTEM} external id
     * @param org the key of their {@link Company}, or null
     * @param hours working hours, {@code 09:00-17:30}
     * @param birthday {@code 1980-04-23}, or {@code --04-23} without the year
     * @param ids external ids by system, besides {@link #SYSTEM}
     * @param rhythm routine contact to generate, or null
     */
    record Contact(String key, String given, String family, NameOrder nameOrder, String org, String title,
                   String country, String subdivision, String timeZone, List<String> languages,
                   List<String> emails, List<String> phones, List<Channel> channels, String hours, List<String> tags,
                   String birthday, String owner, String notes, Map<String, String> custom, Map<String, String> ids,
                   Integer cadenceDays, Integer inPersonCadenceDays,
                   Rhythm rhythm, List<Moment> moments, List<Promise> commitments, List<Assessment> trust) {

        Contact {
            languages = orEmpty(languages);
            emails = orEmpty(emails);
            phones = orEmpty(phones);
            channels = orEmpty(channels);
            tags = orEmpty(tags);
            custom = custom == null ? Map.of() : custom;
            ids = ids == null ? Map.of() : ids;
            moments = orEmpty(moments);
            commitments = orEmpty(commitments);
            trust = orEmpty(trust);
        }

        /** The draft to create them from, carrying their key as a {@link #SYSTEM} external id. */
        PersonDraft draft(UUID organisationId) {
            Map<String, String> externalIds = new LinkedHashMap<>(ids);
            externalIds.put(SYSTEM, key);
            return new PersonDraft(given, family, nameOrder, organisationId, title, country, subdivision, timeZone, languages,
                    emails.stream().map(e -> new ContactPoint(e, "work")).toList(),
                    phones.stream().map(ContactPoint::of).toList(),
                    channels, hours == null ? null : WorkingHours.parse(hours), tags, notes, custom,
                    birthday == null ? null : Birthday.parse(birthday), owner, externalIds, cadenceDays, inPersonCadenceDays);
        }

        /** True when the book gives them no interaction at all. */
        boolean neverContacted() {
            return rhythm == null && moments.isEmpty();
        }
    }

    /**
     * Routine contact from day {@code from} to day {@code to}, about every {@code every} days.
     *
     * @param topics what such contact is about with this person; empty for everyday business by channel
     */
    record Rhythm(int every, int from, int to, List<Channel> channels, List<String> topics) {
        Rhythm {
            channels = orEmpty(channels);
            topics = orEmpty(topics);
        }
    }

    /** One interaction worth writing out; outbound unless said otherwise. */
    record Moment(int day, Channel channel, Direction direction, String summary) {
        Moment {
            if (direction == null) direction = Direction.OUTBOUND;
        }
    }

    /**
     * A commitment and what became of it.
     *
     * @param due the day it was due (may be in the future)
     * @param done the day it was delivered, or null
     * @param toldOn the day a delay was announced, with {@code newDue}; or null
     */
    record Promise(String what, Party owedBy, Integer due, Integer done, Integer toldOn, Integer newDue, boolean cancelled) {
    }

    /** A trust assessment on the four criteria, 1–5 each. */
    record Assessment(int day, int openness, int competence, int respect, int rapport, String note) {
        double score() {
            return (openness + competence + respect + rapport) / 4.0;
        }
    }

    /** {@code by} introduced {@code introduced} to {@code to}, or to the user when {@code to} is null. */
    record Intro(String by, String introduced, String to, int day, String note) {
    }

    private void check() {
        Set<String> companies = new HashSet<>();
        for (Company c : organisations) {
            require(c.key() != null && c.name() != null, "organisation " + c.key(), "needs a key and a name");
            require(companies.add(c.key()), "organisation " + c.key(), "has the same key as another one");
        }
        Set<String> keys = new HashSet<>();
        for (Contact p : people) {
            String where = "person \"" + p.key() + "\"";
            require(p.key() != null && keys.add(p.key()), where, "needs a key of its own");
            require(p.org() == null || companies.contains(p.org()), where, "works for \"" + p.org() + "\", which is not in organisations");
            if (p.rhythm() != null) {
                Rhythm r = p.rhythm();
                require(r.every() >= 1 && r.from() <= r.to() && r.to() <= -1 && !r.channels().isEmpty(), where,
                        "rhythm needs every >= 1, from <= to <= -1 and at least one channel");
            }
            for (Moment m : p.moments()) require(m.day() <= -1 && m.channel() != null, where, "a moment needs a channel and a day before today");
            for (Assessment a : p.trust()) require(a.day() <= -1, where, "trust is assessed before today, not on day " + a.day());
            for (Promise c : p.commitments()) {
                String what = "commitment \"" + c.what() + "\"";
                require(c.what() != null && c.owedBy() != null && c.due() != null, where, what + " needs what, owedBy and due");
                require(c.done() == null || c.done() <= 0, where, what + " cannot be done in the future");
                require((c.toldOn() == null) == (c.newDue() == null), where, what + " needs toldOn and newDue together");
                require(c.toldOn() == null || c.toldOn() <= 0, where, what + " cannot announce a delay in the future");
                require(!(c.cancelled() && c.done() != null), where, what + " cannot be both done and cancelled");
            }
            try {
                p.draft(null);
            } catch (IllegalArgumentException e) {
                require(false, where, e.getMessage());
            }
        }
        for (Intro i : introductions) {
            String where = "introduction of \"" + i.introduced() + "\" by \"" + i.by() + "\"";
            require(keys.contains(i.by()) && keys.contains(i.introduced()) && (i.to() == null || keys.contains(i.to())), where,
                    "names someone who is not in people");
            require(i.day() <= -1, where, "happened before today, not on day " + i.day());
        }
    }

    private static void require(boolean ok, String where, String problem) {
        if (!ok) throw new IllegalStateException(RESOURCE + ", " + where + ": " + problem);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
