package io.meridian.contacts.internal.demo;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.NewInteraction;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoBookTest {

    private static final DemoBook BOOK = DemoBook.load();
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    @Test
    void bookHasAtLeast45PeopleFromAtLeast16CountriesIncludingFamilyNameFirstOnes() {
        Set<String> countries = BOOK.people().stream().map(DemoBook.Contact::country).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(BOOK.people().size() >= 45, "people: " + BOOK.people().size());
        assertTrue(countries.size() >= 16, "countries: " + countries);
        assertTrue(countries.containsAll(Set.of("JP", "CN", "KR", "HU", "DE", "FR", "GB", "US", "BR", "IN", "AE", "SA", "NG", "KE",
                "MX", "SE", "SG", "AU", "PL")), "countries: " + countries);
        assertTrue(BOOK.organisations().size() >= 12, "organisations: " + BOOK.organisations().size());
    }

    @Test
    void everyPhoneNumberIsValidForItsPersonsCountry() throws NumberParseException {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        for (DemoBook.Contact p : BOOK.people()) {
            assertFalse(p.phones().isEmpty(), p.key() + " has no phone");
            for (String phone : p.phones()) {
                Phonenumber.PhoneNumber number = phones.parse(phone, p.country());
                assertTrue(phones.isValidNumberForRegion(number, p.country()), p.key() + ": " + phone + " is not valid in " + p.country());
            }
        }
    }

    @Test
    void everyCountrySubdivisionTimeZoneAndLanguageIsAValidCode() {
        Set<String> countries = Set.of(Locale.getISOCountries());
        Set<String> languages = Set.of(Locale.getISOLanguages());
        for (DemoBook.Contact p : BOOK.people()) {
            assertTrue(countries.contains(p.country()), p.key() + ": country " + p.country());
            assertTrue(p.subdivision() == null || p.subdivision().startsWith(p.country() + "-"), p.key() + ": subdivision " + p.subdivision());
            assertTrue(ZoneId.getAvailableZoneIds().contains(p.timeZone()), p.key() + ": time zone " + p.timeZone());
            assertFalse(p.languages().isEmpty(), p.key() + " speaks no language");
            for (String tag : p.languages()) {
                Locale locale = Locale.forLanguageTag(tag);
                assertEquals(tag, locale.toLanguageTag(), p.key() + ": language " + tag + " is not in canonical BCP 47 form");
                assertTrue(languages.contains(locale.getLanguage()), p.key() + ": language " + tag);
            }
            assertNotEquals(null, p.hours(), p.key() + " has no working hours");
            assertFalse(p.channels().isEmpty(), p.key() + " has no preferred channel");
        }
        for (DemoBook.Company c : BOOK.organisations()) assertTrue(countries.contains(c.country()), c.key() + ": country " + c.country());
    }

    @Test
    void everyEmailAndWebsiteIsOnTheReservedExampleDomain() {
        for (DemoBook.Contact p : BOOK.people()) {
            assertFalse(p.emails().isEmpty(), p.key() + " has no email");
            for (String email : p.emails()) assertTrue(email.matches("[a-z.]+@[a-z0-9-]+\\.example"), p.key() + ": " + email);
        }
        for (DemoBook.Company c : BOOK.organisations()) {
            assertTrue(URI.create(c.website()).getHost().endsWith(".example"), c.key() + ": " + c.website());
        }
    }

    @Test
    void peopleCarryTagsBirthdaysNotesCustomFieldsAndExternalIds() {
        Set<String> tags = BOOK.people().stream().flatMap(p -> p.tags().stream()).collect(Collectors.toSet());
        assertTrue(tags.containsAll(Set.of("partner", "customer", "supplier", "investor", "board", "mentor")), "tags: " + tags);
        assertTrue(BOOK.people().stream().anyMatch(p -> p.birthday() != null && p.birthday().startsWith("--")), "a birthday without year");
        assertTrue(BOOK.people().stream().anyMatch(p -> p.birthday() != null && !p.birthday().startsWith("--")), "a birthday with year");
        assertTrue(BOOK.people().stream().allMatch(p -> p.notes() != null && p.notes().length() > 40), "everyone has notes");
        assertTrue(BOOK.people().stream().filter(p -> !p.custom().isEmpty()).count() >= 3, "custom fields");
        assertTrue(BOOK.people().stream().filter(p -> p.ids().containsKey("hubspot")).count() >= 10, "hubspot ids");
    }

    @Test
    void cadenceRulesCoverBoardAndInvestors() {
        assertTrue(BOOK.cadenceRules().contains(new CadenceRule("board", 14, 180)), "rules: " + BOOK.cadenceRules());
        assertTrue(BOOK.cadenceRules().contains(new CadenceRule("investor", 21, 365)), "rules: " + BOOK.cadenceRules());
    }

    @Test
    void timelineIsTheSameForTheSameDayAndShiftsWithToday() {
        DemoBook.Contact anke = person("anke-brenner");
        List<NewInteraction> once = new DemoTimeline(TODAY, BOOK.seed()).interactions(anke);
        List<NewInteraction> again = new DemoTimeline(TODAY, BOOK.seed()).interactions(anke);
        List<NewInteraction> weekLater = new DemoTimeline(TODAY.plusDays(7), BOOK.seed()).interactions(anke);
        assertEquals(once, again);
        assertEquals(once.size(), weekLater.size());
        for (int i = 0; i < once.size(); i++) {
            ZoneId berlin = ZoneId.of(anke.timeZone());
            assertEquals(once.get(i).at().atZone(berlin).toLocalDateTime().plusDays(7), weekLater.get(i).at().atZone(berlin).toLocalDateTime());
            assertEquals(once.get(i).summary(), weekLater.get(i).summary());
        }
    }

    @Test
    void interactionsSpanTheLast18MonthsInEveryKindOfChannel() {
        Instant oldest = TODAY.minusMonths(18).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant latest = TODAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        DemoTimeline timeline = new DemoTimeline(TODAY, BOOK.seed());
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        int all = 0;
        for (DemoBook.Contact p : BOOK.people()) {
            for (NewInteraction i : timeline.interactions(p)) {
                assertTrue(i.at().isAfter(oldest) && i.at().isBefore(latest), p.key() + ": " + i.at() + " is not in the last 18 months");
                channels.add(i.channel());
                all++;
            }
        }
        assertTrue(channels.containsAll(EnumSet.of(Channel.EMAIL, Channel.CALL, Channel.VIDEO, Channel.MESSAGE, Channel.IN_PERSON)),
                "channels: " + channels);
        assertTrue(all >= 300, "interactions: " + all);
    }

    @Test
    void someRelationshipsAreLookedAfterSomeOverdueAndSomeNeverStarted() {
        DemoTimeline timeline = new DemoTimeline(TODAY, BOOK.seed());
        int within = 0;
        int overdue = 0;
        int never = 0;
        for (DemoBook.Contact p : BOOK.people()) {
            List<NewInteraction> history = timeline.interactions(p);
            if (history.isEmpty()) {
                never++;
                continue;
            }
            LocalDate last = history.get(history.size() - 1).at().atZone(ZoneOffset.UTC).toLocalDate();
            if (ChronoUnit.DAYS.between(last, TODAY) <= cadence(p)) within++;
            else overdue++;
        }
        assertTrue(within >= 15, "within cadence: " + within);
        assertTrue(overdue >= 8, "overdue: " + overdue);
        assertTrue(never >= 3 && never <= 10, "never contacted: " + never);
    }

    @Test
    void commitmentsCoverEveryOutcome() {
        List<DemoBook.Promise> all = BOOK.people().stream().flatMap(p -> p.commitments().stream()).toList();
        assertTrue(all.stream().anyMatch(c -> c.done() != null && c.toldOn() == null && c.done() <= c.due()), "kept on time");
        assertTrue(all.stream().anyMatch(c -> c.done() != null && c.toldOn() == null && c.done() > c.due()), "kept late");
        assertTrue(all.stream().anyMatch(c -> c.toldOn() != null && c.toldOn() <= c.due() && c.done() != null), "late, announced, delivered");
        assertTrue(all.stream().anyMatch(c -> c.toldOn() != null && c.done() == null), "late, announced, still open");
        assertTrue(all.stream().anyMatch(c -> open(c) && c.due() >= 0 && c.due() <= 14), "open and due soon");
        assertTrue(all.stream().anyMatch(c -> open(c) && c.toldOn() == null && c.due() < 0), "open and overdue");
        assertTrue(all.stream().anyMatch(DemoBook.Promise::cancelled), "cancelled");
    }

    @Test
    void trustRisesForSomeAndFallsForOthers() {
        List<List<DemoBook.Assessment>> histories = BOOK.people().stream().map(DemoBook.Contact::trust).filter(t -> t.size() >= 2).toList();
        assertTrue(histories.stream().anyMatch(t -> trend(t) >= 0.5), "a rising trend");
        assertTrue(histories.stream().anyMatch(t -> trend(t) <= -0.5), "a falling trend");
        assertTrue(histories.stream().anyMatch(t -> t.size() >= 3), "a history of three or more");
    }

    @Test
    void warmIntroductionsReachPeopleAndOrganisationsOverSeveralHops() {
        assertEquals(OptionalInt.of(2), stepsTo(Set.of("takeshi-ishida"), 2.0), "via a low-trust contact");
        assertEquals(OptionalInt.of(3), stepsTo(Set.of("takeshi-ishida"), 3.0), "low-trust contacts excluded: a longer path");
        assertEquals(OptionalInt.empty(), stepsTo(Set.of("takeshi-ishida"), 4.25), "nobody trusted that much knows him");
        assertEquals(OptionalInt.of(3), stepsTo(members("kagura"), 3.0), "organisation Kagura Shoji");
        assertEquals(OptionalInt.of(2), stepsTo(members("najd"), 3.0), "organisation Najd Industrial Supplies");
        assertEquals(OptionalInt.of(2), stepsTo(Set.of("meera-iyer"), 3.0));
        assertEquals(OptionalInt.of(2), stepsTo(Set.of("elodie-marchand"), 3.0));
    }

    @Test
    void aMistakeInTheBookNamesTheEntryItIsIn() {
        String broken = "{\"seed\": 1, \"people\": [{\"key\": \"ann\", \"given\": \"Ann\", \"org\": \"nowhere\"}]}";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DemoBook.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("person \"ann\": works for \"nowhere\""), e.getMessage());
    }

    /**
     * The fewest people on a path from the user to any of the targets, as Meridian's introduction
     * graph defines it: the user knows directly everyone they have been in touch with or were
     * introduced to; an introduction links all three people in it; only people trusted at least
     * {@code minTrust} are asked to introduce.
     */
    private static OptionalInt stepsTo(Set<String> targets, double minTrust) {
        Map<String, Set<String>> knows = new HashMap<>();
        Set<String> direct = new HashSet<>();
        for (DemoBook.Contact p : BOOK.people()) if (!p.neverContacted()) direct.add(p.key());
        for (DemoBook.Intro i : BOOK.introductions()) {
            List<String> three = new ArrayList<>(List.of(i.by(), i.introduced()));
            if (i.to() == null) direct.add(i.introduced());
            else three.add(i.to());
            for (String a : three) for (String b : three) if (!a.equals(b)) knows.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        }
        for (String t : targets) if (direct.contains(t)) return OptionalInt.of(1);
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String d : direct) {
            if (trusted(d, minTrust)) {
                depth.put(d, 1);
                queue.add(d);
            }
        }
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : knows.getOrDefault(at, Set.of())) {
                if (targets.contains(next)) return OptionalInt.of(depth.get(at) + 1);
                if (!depth.containsKey(next) && trusted(next, minTrust)) {
                    depth.put(next, depth.get(at) + 1);
                    queue.add(next);
                }
            }
        }
        return OptionalInt.empty();
    }

    private static boolean trusted(String key, double minTrust) {
        List<DemoBook.Assessment> trust = person(key).trust();
        Optional<DemoBook.Assessment> latest = trust.stream().max((a, b) -> Integer.compare(a.day(), b.day()));
        return latest.isPresent() && latest.get().score() >= minTrust;
    }

    private static Set<String> members(String organisation) {
        return BOOK.people().stream().filter(p -> organisation.equals(p.org())).map(DemoBook.Contact::key).collect(Collectors.toSet());
    }

    private static int cadence(DemoBook.Contact p) {
        if (p.cadenceDays() != null) return p.cadenceDays();
        return BOOK.cadenceRules().stream().filter(r -> p.tags().contains(r.tag())).mapToInt(CadenceRule::days).min().orElse(30);
    }

    private static double trend(List<DemoBook.Assessment> history) {
        return history.get(history.size() - 1).score() - history.get(0).score();
    }

    private static boolean open(DemoBook.Promise c) {
        return c.done() == null && !c.cancelled();
    }

    private static DemoBook.Contact person(String key) {
        return BOOK.people().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }
}
