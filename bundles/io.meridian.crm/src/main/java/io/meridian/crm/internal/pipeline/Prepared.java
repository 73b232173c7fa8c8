package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.importing.ImportRecord;
import io.meridian.crm.internal.mapping.Mapping;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A record after the work an import does on it in parallel (see {@link Normalising}), or a
 * rejection the format made itself; both reach the import's own thread in file order.
 */
sealed interface Prepared permits Prepared.Normalised, Prepared.Refused {

    /**
     * A record normalised, with the keys that tie it to other records: one that shares a key
     * with the batch waits for that batch to be stored first.
     *
     * @param similarGiven organisation, family and given name folded, or null when the record lacks
     *        an organisation or a family name
     */
    record Normalised(Incoming in, Mapping mapping, Set<String> keys, String similarGiven) implements Prepared {
    }

    record Refused(long line, String column, String reason) implements Prepared {
    }

    /** Normalises a record and works out its keys; touches nothing but its arguments, so any thread may run it. */
    static Normalised of(ImportRecord record, Mapping mapping, RecordNormaliser normaliser, String defaultCountry) {
        Incoming in = normaliser.normalise(record, mapping, defaultCountry);
        if (in.organisationCard() != null || in.rejected()) return new Normalised(in, mapping, Set.of(), null);
        String similar = similarKey(in);
        String similarGiven = similar == null ? null : similar + "|" + Matcher.fold(in.draft().givenName());
        return new Normalised(in, mapping, keys(in, mapping.system(), similar), similarGiven);
    }

    private static Set<String> keys(Incoming in, String system, String similar) {
        Set<String> keys = new HashSet<>();
        if (in.externalId() != null) keys.add("id:" + system.toLowerCase(Locale.ROOT) + ":" + in.externalId());
        for (ContactPoint e : in.draft().emails()) keys.add("email:" + e.value().toLowerCase(Locale.ROOT));
        for (ContactPoint p : in.draft().phones()) keys.add("phone:" + p.value());
        // The same family name at the same organisation may be the same person: it waits for the
        // batch before it to be stored, so that the lookup of likely duplicates can see it.
        if (similar != null) keys.add(similar);
        return keys;
    }

    /** Organisation and family name without case or accents; null when the record lacks either. */
    private static String similarKey(Incoming in) {
        if (in.organisationName() == null || in.draft().familyName() == null) return null;
        return "similar:" + Matcher.fold(in.organisationName()) + "|" + Matcher.fold(in.draft().familyName());
    }
}
