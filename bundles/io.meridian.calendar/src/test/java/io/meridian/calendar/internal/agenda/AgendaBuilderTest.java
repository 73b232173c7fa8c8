package io.meridian.calendar.internal.agenda;

import io.meridian.api.calendar.Agenda;
import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.Commitment;
import io.meridian.api.contacts.CommitmentStatus;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.Interaction;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.RelationshipFacts;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.calendar.internal.plan.Days;
import io.meridian.calendar.internal.service.FixedCalendars;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.meridian.calendar.internal.content.TestCalendars.calendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgendaBuilderTest {


    private static final FixedCalendars CALENDARS = new FixedCalendars(List.of(
            calendar("JP", """
                    "holidays": [{"id": "new-year", "name": "元日", "english": "New Year's Day", "type": "public", "on": "01-01",
                                  "greeting": "明けましておめでとうございます"}]"""),
            calendar("SA", """
                    "workWeeks": [{"days": ["SUN", "MON", "TUE", "WED", "THU"]}], "holidays": []"""),
            calendar("US", "\"holidays\": []"),
            calendar("IN", """
                    "holidays": [{"id": "festival", "name": "उत्सव", "english": "Festival", "type": "public", "dates": ["2026-01-05"],
                                  "estimated": true, "greeting": "शुभकामनाएँ"}]""")));

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkingHours OFFICE = new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
    /** Monday 29 December 2025, 08:00 in Berlin. */
    private static final Instant NOW = ZonedDateTime.of(2025, 12, 29, 8, 0, 0, 0, BERLIN).toInstant();
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 29);

    private static RelationshipFacts person(String name, String country, String zone, Instant lastContact, Instant contactDue, Birthday birthday,
                                            Interaction last, List<Commitment> commitments) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes());
        return new RelationshipFacts(id, name, country, null, zone, null, birthday, lastContact, null, contactDue, null, last, commitments);
    }

    private static Instant day(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 12, 0, 0, 0, BERLIN).toInstant();
    }

    private static Agenda.View agenda(RelationshipFacts... people) {
        AgendaBuilder b = new AgendaBuilder(TODAY, 14, NOW, BERLIN, OFFICE, CALENDARS);
        for (RelationshipFacts f : people) b.accept(f);
        return b.build(50);
    }

    private static Agenda.Item only(Agenda.View v, Agenda.Kind kind) {
        List<Agenda.Item> items = v.items().stream().filter(i -> i.kind() == kind).toList();
        assertEquals(1, items.size(), v.items().toString());
        return items.get(0);
    }

    @Test
    void anOverdueContactInTokyoGetsAMorningMessageWindowConvertedToBerlin() {
        Agenda.View v = agenda(person("Tanaka Hiroshi", "JP", "Asia/Tokyo", day(2025, 11, 9), day(2025, 12, 9), null, null, List.of()));
        Agenda.Item item = only(v, Agenda.Kind.CONTACT_DUE);
        assertTrue(item.overdue());
        assertEquals("time to be in touch: every 30 days, last on 9 Nov, overdue since 9 Dec (20 days)", item.reason());
        Agenda.BestTime best = item.bestTime().orElseThrow();
        // Tokyo's and Berlin's office days do not overlap in winter: write, in Tokyo's morning, which is Berlin's night
        assertEquals("send 09:00–11:00 their time (Tue 30 Dec) = 01:00–03:00 yours: schedule it (your working days never overlap theirs for a call: "
                + "write instead)", best.advice());
        assertFalse(best.insideYourDay());
    }

    @Test
    void aRiyadhMessageDueOnFridayWaitsForSunday() {
        Agenda.View v = agenda(person("Faisal", "SA", "Asia/Riyadh", null, null, null, null, List.of(
                new Commitment(UUID.randomUUID(), UUID.randomUUID(), 1, "send the revised quote", Party.ME, LocalDate.of(2026, 1, 2),
                        CommitmentStatus.OPEN, null, null, null, false, NOW))));
        Agenda.Item item = only(v, Agenda.Kind.COMMITMENT_DUE);
        assertEquals(LocalDate.of(2026, 1, 2), item.due());
        // two days ahead of a Friday deadline is Wednesday 31 December: a working day in Riyadh
        assertTrue(item.bestTime().orElseThrow().advice().startsWith("send 09:00–11:00 their time (Wed 31 Dec) = 07:00–09:00 yours"), item.toString());
    }

    @Test
    void promisesAtRiskAndLateSayWhatToDo() {
        Agenda.View v = agenda(person("Sam Lee", "US", "America/New_York", null, null, null, null, List.of(
                new Commitment(UUID.randomUUID(), UUID.randomUUID(), 1, "intro to our CFO", Party.ME, TODAY.plusDays(1), CommitmentStatus.OPEN,
                        null, null, null, false, NOW),
                new Commitment(UUID.randomUUID(), UUID.randomUUID(), 1, "pricing sheet", Party.ME, TODAY.minusDays(3), CommitmentStatus.LATE,
                        null, null, null, false, NOW),
                new Commitment(UUID.randomUUID(), UUID.randomUUID(), 1, "signed NDA", Party.THEM, TODAY.minusDays(5), CommitmentStatus.LATE,
                        null, null, null, false, NOW))));
        assertTrue(only(v, Agenda.Kind.COMMITMENT_AT_RISK).reason().contains("tell them before the date if it will slip"));
        Agenda.Item late = only(v, Agenda.Kind.COMMITMENT_LATE);
        assertTrue(late.overdue() && late.reason().contains("tell them now when it will come"), late.toString());
        assertTrue(only(v, Agenda.Kind.THEIR_COMMITMENT_LATE).reason().startsWith("they promised \"signed NDA\""));
        assertEquals(Agenda.Kind.COMMITMENT_LATE, v.items().get(0).kind(), "the most overdue first");
    }

    @Test
    void birthdaysFollowUpsAndGreetingsCome() {
        Interaction meeting = new Interaction(UUID.randomUUID(), UUID.randomUUID(), Channel.MEETING, day(2025, 12, 26), Direction.OUTBOUND,
                "pricing workshop", Origin.UI, NOW);
        Agenda.View v = agenda(
                person("Tanaka Hiroshi", "JP", "Asia/Tokyo", null, null, new Birthday(null, 1, 3), null, List.of()),
                person("Sato Yuki", "JP", "Asia/Tokyo", null, null, null, meeting, List.of()),
                person("Nobody Zone", "JP", null, null, null, null, null, List.of()));
        Agenda.Item birthday = only(v, Agenda.Kind.BIRTHDAY);
        assertEquals(LocalDate.of(2026, 1, 3), birthday.due());
        assertTrue(birthday.bestTime().orElseThrow().advice().startsWith("send 08:00–10:00 their time (Sat 3 Jan) = 00:00–02:00 yours"), birthday.toString());
        Agenda.Item follow = only(v, Agenda.Kind.FOLLOW_UP);
        assertTrue(follow.overdue() && follow.reason().contains("meeting of 26 Dec (\"pricing workshop\")"), follow.toString());
        Agenda.Item greeting = only(v, Agenda.Kind.HOLIDAY_GREETING);
        assertEquals(3, greeting.count());
        assertEquals(LocalDate.of(2026, 1, 1), greeting.due());
        assertTrue(greeting.reason().contains("明けましておめでとうございます"), greeting.reason());
        assertFalse(greeting.reason().contains("estimated"), greeting.reason());
        assertTrue(v.notes().get(0).startsWith("1 contact has no time zone"), v.notes().toString());
        assertEquals(3, v.total());
    }

    @Test
    void aGreetingOnAnEstimatedDateSaysSo() {
        Agenda.Item greeting = only(agenda(person("Priya", "IN", "Asia/Kolkata", null, null, null, null, List.of())), Agenda.Kind.HOLIDAY_GREETING);
        assertEquals(LocalDate.of(2026, 1, 5), greeting.due());
        assertTrue(greeting.reason().startsWith("Festival in IN on 5 Jan (date estimated: it may move by a day): greet them"), greeting.reason());
    }

    @Test
    void theAdvisorSaysWhyNotAndWhenInstead() {
        Days days = new Days(CALENDARS);
        BestTimes best = new BestTimes(days, BERLIN, OFFICE);
        BestTimes.Partner riyadh = new BestTimes.Partner(ZoneId.of("Asia/Riyadh"), "SA", Optional.empty(), OFFICE);
        // Friday 2 January 2026, 17:00 in Berlin = 19:00 in Riyadh
        Instant friday = ZonedDateTime.of(2026, 1, 2, 17, 0, 0, 0, BERLIN).toInstant();
        Agenda.Advice no = AgendaService.advise(UUID.randomUUID(), "Faisal", riyadh, friday, days, best);
        assertFalse(no.good());
        assertEquals("No: it is Friday 19:00 in Riyadh, their weekend (Friday, not a working day in SA); a message now sits unread or intrudes",
                no.reason());
        assertTrue(no.next().orElseThrow().advice().startsWith("send 09:00–11:00 their time (Sun 4 Jan) = 07:00–09:00 yours"), no.toString());
        BestTimes.Partner tokyo = new BestTimes.Partner(ZoneId.of("Asia/Tokyo"), "JP", Optional.empty(), OFFICE);
        Agenda.Advice yes = AgendaService.advise(UUID.randomUUID(), "Tanaka", tokyo, ZonedDateTime.of(2026, 1, 6, 2, 15, 0, 0, BERLIN).toInstant(),
                days, best);
        assertTrue(yes.good(), yes.reason());
        assertEquals("Yes: it is Tuesday 10:15 in Tokyo, inside their working day", yes.reason());
        Agenda.Advice holiday = AgendaService.advise(UUID.randomUUID(), "Tanaka", tokyo, ZonedDateTime.of(2026, 1, 1, 2, 0, 0, 0, BERLIN).toInstant(),
                days, best);
        assertTrue(holiday.reason().startsWith("No: it is Thursday 10:00 in Tokyo, a holiday there (New Year's Day)"), holiday.reason());
        BestTimes.Partner ny = new BestTimes.Partner(ZoneId.of("America/New_York"), "US", Optional.empty(), OFFICE);
        Agenda.Advice night = AgendaService.advise(UUID.randomUUID(), "Sam", ny, ZonedDateTime.of(2026, 1, 6, 9, 0, 0, 0, BERLIN).toInstant(), days, best);
        assertTrue(night.reason().startsWith("No: it is Tuesday 03:00 in New York, the middle of their night"), night.reason());
    }

    @Test
    void aPromiseIsLateByTheAgendasDayNotTheServersAndCallsKeepTheUsersOwnWeek() {
        // the store still says OPEN (its today is yesterday somewhere); the agenda's first day is past the date
        Agenda.View v = agenda(person("Sam Lee", "US", "America/New_York", null, null, null, null, List.of(
                new Commitment(UUID.randomUUID(), UUID.randomUUID(), 1, "pricing sheet", Party.ME, TODAY.minusDays(1), CommitmentStatus.OPEN,
                        null, null, null, false, NOW))));
        assertTrue(only(v, Agenda.Kind.COMMITMENT_LATE).overdue());

        // a user in Riyadh who works Sunday to Thursday is never offered a Friday call
        ZoneId riyadh = ZoneId.of("Asia/Riyadh");
        BestTimes best = new BestTimes(new Days(CALENDARS), riyadh, WorkingHours.parse("Sun-Thu 09:00-17:00"));
        BestTimes.Partner london = new BestTimes.Partner(ZoneId.of("Europe/London"), "GB", Optional.empty(), OFFICE);
        Agenda.BestTime call = best.call(london, LocalDate.of(2026, 5, 8), ZonedDateTime.of(2026, 5, 7, 18, 0, 0, 0, riyadh).toInstant()).orElseThrow();
        assertTrue(call.advice().startsWith("call") && call.advice().contains("(Mon 11 May)"), call.advice());
        assertTrue(call.insideYourDay());
    }

    @Test
    void onlyTheMostPressingAreKeptButEveryItemIsCounted() {
        AgendaBuilder b = new AgendaBuilder(TODAY, 14, NOW, BERLIN, OFFICE, CALENDARS, 5);
        for (int i = 1; i <= 30; i++) {
            b.accept(person("Person " + (100 + i), "US", "America/New_York", null, day(2025, 12, 1).plusSeconds(86_400L * i), null, null, List.of()));
        }
        Agenda.View v = b.build(5);
        assertEquals(30, v.total());
        assertEquals(30, v.counts().get(Agenda.Kind.CONTACT_DUE));
        assertEquals(List.of("Person 101", "Person 102", "Person 103", "Person 104", "Person 105"),
                v.items().stream().map(i -> i.names().get(0)).toList(), "the longest overdue first");
    }
}
