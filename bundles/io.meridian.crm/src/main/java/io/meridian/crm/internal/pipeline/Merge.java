package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a record adds to a person already in Meridian. A blank never overwrites a value; a value
 * the record gives replaces the stored one; lists (emails, phones, languages, tags) gain what
 * is new and lose nothing; notes gain the record's notes unless they already hold them; an
 * external id of another system is added, one the person already has for this system is kept.
 */
final class Merge {

    /** The merged fields, the organisation named, and the names of the fields that changed (empty: nothing new). */
    record Result(PersonDraft draft, String organisationName, List<String> changed) {
        boolean changes() {
            return !changed.isEmpty();
        }
    }

    private Merge() {
    }

    /**
     * @param renames whether the record may change the person's name: only when it was matched by
     *        its id in the system it comes from, which makes it that person's record there; an
     *        email or phone match from another source ("Zoe Mueller" for "Zoë Müller") keeps the name
     */
    static Result of(Person person, PersonDraft in, String organisationName, boolean renames) {
        PersonDraft d = person.fields();
        List<String> changed = new ArrayList<>();
        String organisation = organisationName != null && !organisationName.isBlank()
                && !organisationName.strip().equalsIgnoreCase(Objects.toString(person.organisationName(), "")) ? organisationName : null;
        if (organisation != null) changed.add("organisation");
        PersonDraft merged = new PersonDraft(
                renames || d.givenName() == null ? scalar("givenName", d.givenName(), in.givenName(), changed) : d.givenName(),
                renames || d.familyName() == null ? scalar("familyName", d.familyName(), in.familyName(), changed) : d.familyName(),
                scalar("nameOrder", d.nameOrder(), in.nameOrder(), changed),
                organisation != null ? null : d.organisationId(),
                scalar("title", d.title(), in.title(), changed),
                scalar("country", d.country(), in.country(), changed),
                scalar("subdivision", d.subdivision(), in.subdivision(), changed),
                scalar("timeZone", d.timeZone(), in.timeZone(), changed),
                union("languages", d.languages(), in.languages(), s -> s.toLowerCase(Locale.ROOT), changed),
                union("emails", d.emails(), in.emails(), p -> p.value().toLowerCase(Locale.ROOT), changed),
                union("phones", d.phones(), in.phones(), ContactPoint::value, changed),
                union("preferredChannels", d.preferredChannels(), in.preferredChannels(), Channel::name, changed),
                scalar("workingHours", d.workingHours(), in.workingHours(), changed),
                union("tags", d.tags(), in.tags(), s -> s.toLowerCase(Locale.ROOT), changed),
                notes(d.notes(), in.notes(), changed),
                customFields(d.customFields(), in.customFields(), changed),
                scalar("birthday", d.birthday(), in.birthday(), changed),
                scalar("owner", d.owner(), in.owner(), changed),
                externalIds(d.externalIds(), in.externalIds(), changed),
                scalar("cadenceDays", d.cadenceDays(), in.cadenceDays(), changed),
                scalar("inPersonCadenceDays", d.inPersonCadenceDays(), in.inPersonCadenceDays(), changed));
        return new Result(merged, organisation != null ? organisation : person.organisationName(), changed);
    }

    private static <T> T scalar(String name, T stored, T incoming, List<String> changed) {
        if (incoming == null || incoming instanceof String s && s.isBlank()) return stored;
        if (incoming instanceof String s && stored instanceof String t && s.strip().equals(t.strip())) return stored;
        if (incoming.equals(stored)) return stored;
        changed.add(name);
        return incoming;
    }

    private static <T> List<T> union(String name, List<T> stored, List<T> incoming, Function<T, String> key, List<String> changed) {
        List<T> merged = new ArrayList<>(stored);
        List<String> keys = new ArrayList<>(stored.stream().map(key).toList());
        for (T t : incoming) {
            if (!keys.contains(key.apply(t))) {
                merged.add(t);
                keys.add(key.apply(t));
            }
        }
        if (merged.size() > stored.size()) changed.add(name);
        return merged;
    }

    private static String notes(String stored, String incoming, List<String> changed) {
        if (incoming == null || incoming.isBlank()) return stored;
        if (stored == null || stored.isBlank()) {
            changed.add("notes");
            return incoming;
        }
        if (stored.contains(incoming.strip())) return stored;
        changed.add("notes");
        return stored + "\n\n" + incoming.strip();
    }

    private static Map<String, String> customFields(Map<String, String> stored, Map<String, String> incoming, List<String> changed) {
        Map<String, String> merged = new LinkedHashMap<>(stored);
        List<String> names = new ArrayList<>();
        incoming.forEach((k, v) -> {
            if (v != null && !v.isBlank() && !v.equals(merged.get(k))) {
                merged.put(k, v);
                names.add(k);
            }
        });
        if (!names.isEmpty()) changed.add("custom fields (" + String.join(", ", names) + ")");
        return merged;
    }

    private static Map<String, String> externalIds(Map<String, String> stored, Map<String, String> incoming, List<String> changed) {
        Map<String, String> merged = new LinkedHashMap<>(stored);
        incoming.forEach((system, id) -> {
            String s = system.toLowerCase(Locale.ROOT);
            if (!merged.containsKey(s)) {
                merged.put(s, id);
                changed.add("externalIds." + s);
            }
        });
        return merged;
    }
}
