package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonName;
import io.meridian.crm.internal.normalise.Folding;
import io.meridian.support.text.Spelling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds who in Meridian a batch of records describes: by the record's id in its system, then
 * by email, then by phone, each a sure match; failing those, by the same family name at the
 * same organisation with a similar given name, which is only a likely match. One lookup per
 * kind serves the whole batch.
 */
final class Matcher {

    /** How a record was matched; {@link #SIMILAR} alone is not sure. */
    enum By {
        MERIDIAN_ID("its Meridian id"), EXTERNAL_ID("its id"), EMAIL("email"), PHONE("phone"), SIMILAR("name and organisation");

        final String words;

        By(String words) {
            this.words = words;
        }
    }

    /** Who a record matched, how, and on which value. */
    record Match(Person person, By by, String value) {
    }

    private final ContactService contacts;

    Matcher(ContactService contacts) {
        this.contacts = contacts;
    }

    /** The match of each record that has one, by position in the batch. */
    Map<Integer, Match> match(List<Incoming> batch, String system) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        for (Incoming in : batch) {
            if (in.externalId() != null) ids.add(in.externalId());
            in.draft().emails().forEach(e -> emails.add(e.value().toLowerCase(Locale.ROOT)));
            in.draft().phones().forEach(p -> phones.add(p.value()));
        }
        Map<String, UUID> byId = ids.isEmpty() ? Map.of() : contacts.findByExternalIds(system, ids);
        Set<UUID> meridianIds = new LinkedHashSet<>();
        for (Incoming in : batch) {
            UUID id = uuid(in.meridianId());
            if (id != null) meridianIds.add(id);
        }
        Set<UUID> known = meridianIds.isEmpty() ? Set.of() : contacts.findAll(meridianIds).keySet();
        Map<String, List<UUID>> byEmail = emails.isEmpty() ? Map.of() : contacts.findByEmails(emails);
        Map<String, List<UUID>> byPhone = phones.isEmpty() ? Map.of() : contacts.findByPhones(phones);

        Map<Integer, UUID> sure = new HashMap<>();
        Map<Integer, By> how = new HashMap<>();
        Map<Integer, String> on = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            UUID own = uuid(in.meridianId());
            if (own != null && known.contains(own)) {
                remember(i, own, By.MERIDIAN_ID, own.toString(), sure, how, on);
                continue;
            }
            UUID found = in.externalId() == null ? null : byId.get(in.externalId());
            if (found != null) {
                remember(i, found, By.EXTERNAL_ID, system + " " + in.externalId(), sure, how, on);
                continue;
            }
            for (ContactPoint e : in.draft().emails()) {
                List<UUID> holders = byEmail.get(e.value().toLowerCase(Locale.ROOT));
                if (holders != null && found == null) {
                    found = holders.get(0);
                    remember(i, found, By.EMAIL, e.value(), sure, how, on);
                }
            }
            for (ContactPoint p : in.draft().phones()) {
                List<UUID> holders = byPhone.get(p.value());
                if (holders != null && found == null) {
                    found = holders.get(0);
                    remember(i, found, By.PHONE, p.value(), sure, how, on);
                }
            }
        }
        Map<UUID, Person> people = sure.isEmpty() ? Map.of() : contacts.findAll(sure.values());
        Map<Integer, Match> matches = new HashMap<>();
        sure.forEach((i, id) -> {
            Person p = people.get(id);
            if (p != null) matches.put(i, new Match(p, how.get(i), on.get(i)));
        });
        similar(batch, matches);
        return matches;
    }

    private static UUID uuid(String text) {
        if (text == null) return null;
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void remember(int i, UUID id, By by, String value, Map<Integer, UUID> sure, Map<Integer, By> how, Map<Integer, String> on) {
        sure.put(i, id);
        how.put(i, by);
        on.put(i, value);
    }

    /** Likely matches for the records no id, email or phone matched. */
    private void similar(List<Incoming> batch, Map<Integer, Match> matches) {
        Set<String> families = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Incoming in = batch.get(i);
            if (matches.containsKey(i) || in.organisationName() == null || in.draft().familyName() == null) continue;
            open.add(i);
            families.add(in.draft().familyName());
            organisations.add(in.organisationName());
        }
        if (open.isEmpty()) return;
        // Names first: only the people whose given name resembles a record's are read in full.
        Map<String, List<PersonName>> candidates = contacts.namesAtOrganisations(families, organisations);
        Map<Integer, UUID> resembling = new HashMap<>();
        for (int i : open) {
            Incoming in = batch.get(i);
            List<PersonName> same = candidates.getOrDefault(in.organisationName() + "\u001f" + in.draft().familyName(), List.of());
            for (PersonName p : same) {
                if (similarGivenNames(p.givenName(), in.draft().givenName())) {
                    resembling.put(i, p.id());
                    break;
                }
            }
        }
        if (resembling.isEmpty()) return;
        Map<UUID, Person> people = contacts.findAll(resembling.values());
        resembling.forEach((i, id) -> {
            Person p = people.get(id);
            if (p != null) matches.put(i, new Match(p, By.SIMILAR, p.displayName() + " at " + batch.get(i).organisationName()));
        });
    }

    /**
     * Whether two given names may be the same person's: equal without case and accents, one an
     * initial or a shortening of the other ("J." and "Jan", "Alex" and "Alexandra"), or one
     * typing slip apart ("Jon" and "John").
     */
    static boolean similarGivenNames(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.isEmpty() || y.isEmpty()) return x.equals(y);
        if (x.equals(y)) return true;
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (longer.startsWith(shorter) && (shorter.length() == 1 || shorter.length() >= 3)) return true;
        return shorter.length() >= 3 && Spelling.editDistance(x, y) <= 1;
    }

    /** A name without case, accents, spaces or punctuation, as names of places are compared. */
    static String fold(String name) {
        return Folding.key(name);
    }
}
