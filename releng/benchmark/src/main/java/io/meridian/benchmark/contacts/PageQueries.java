package io.meridian.benchmark.contacts;

import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactQuery.Sort;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The mix of contact-list queries measured: each a filter and a sort a user picks in the list,
 * a page of 50. Every query rotates through several values (countries, tags, owners, pages…),
 * so that no two consecutive runs are the same query with the same parameters: H2 reuses the
 * previous result of an identical query when no table changed since, which would measure a
 * cache, not the query.
 */
final class PageQueries {

    static final int PAGE = 50;
    /** Fragments for free-text search: three letters, as typed into the search box. */
    static final List<String> TEXTS = List.of("mar", "ann", "ber", "ric", "ste");
    /** No case rotates through more values than this: checking this many runs of a case checks all its queries. */
    static final int ROTATION = 20;

    /**
     * One kind of query.
     *
     * @param name what it is, in the user's words
     * @param values what it rotates through, for the report
     * @param query the query of run {@code i}
     */
    record Case(String name, String values, IntFunction<ContactQuery> query) {
    }

    private PageQueries() {
    }

    static List<Case> of(SyntheticBook.Facts facts) {
        List<String> countries = first(new ArrayList<>(facts.countries().keySet()), 10);
        List<String> deepCountries = new ArrayList<>();
        facts.countries().forEach((country, count) -> {
            if (count >= 2_000 + PAGE && deepCountries.size() < 8) deepCountries.add(country);
        });
        List<String> tags = first(new ArrayList<>(facts.tags().keySet()), 8);
        List<String> owners = new ArrayList<>(facts.owners().keySet());
        List<UUID> organisations = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int rank : new int[]{0, 1, 3, 7, 15, 30, 60, 120, 250, 500, 1000, 2000, 3000, 4000}) {
            if (rank < facts.organisationsBySize().size()) {
                organisations.add(facts.organisationsBySize().get(rank));
                sizes.add(facts.organisationSizes().get(rank));
            }
        }
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("country, by health (weakest first)", String.join(", ", countries),
                i -> new ContactQuery(null, countries.get(i % countries.size()), null, null, null, null, Sort.HEALTH, false, 0, PAGE)));
        cases.add(new Case("tag and overdue, by due date", String.join(", ", tags),
                i -> new ContactQuery(null, null, tags.get(i % tags.size()), true, null, null, Sort.DUE, false, 0, PAGE)));
        cases.add(new Case("owner, by last contact", owners.size() + " owners",
                i -> new ContactQuery(null, null, null, null, owners.get(i % owners.size()), null, Sort.LAST_CONTACT, false, 0, PAGE)));
        cases.add(new Case("free text, by name", "\"" + String.join("\", \"", TEXTS) + "\"",
                i -> new ContactQuery(TEXTS.get(i % TEXTS.size()), null, null, null, null, null, Sort.NAME, false, 0, PAGE)));
        cases.add(new Case("organisation, by name", organisations.size() + " organisations of " + sizes.get(sizes.size() - 1)
                + "–" + sizes.get(0) + " people",
                i -> new ContactQuery(null, null, null, null, null, organisations.get(i % organisations.size()), Sort.NAME, false, 0, PAGE)));
        cases.add(new Case("everyone, by health, pages 1–10", "offsets 0–450",
                i -> new ContactQuery(null, null, null, null, null, null, Sort.HEALTH, false, (i % 10) * PAGE, PAGE)));
        if (!deepCountries.isEmpty()) { // a small book (--persons) has no country with 2,000 people
            cases.add(new Case("country, by name, offset 2000", String.join(", ", deepCountries),
                    i -> new ContactQuery(null, deepCountries.get(i % deepCountries.size()), null, null, null, null, Sort.NAME, false,
                            2000, PAGE)));
        }
        cases.add(new Case("everyone, by last contact, offsets 2000–2450", "offsets 2000–2450",
                i -> new ContactQuery(null, null, null, null, null, null, Sort.LAST_CONTACT, true, 2000 + (i % 10) * PAGE, PAGE)));
        return cases;
    }

    private static <T> List<T> first(List<T> values, int n) {
        return List.copyOf(values.subList(0, Math.min(n, values.size())));
    }
}
