package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.api.shell.CommandException;
import io.meridian.support.shell.CommandOptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonOptionsTest {

    private static final String[] USAGE = Stream.of(
            List.of("contacts:edit - test", "Usage: contacts:edit PERSON OPTIONS"),
            PersonOptions.USAGE,
            List.of("  --clear=FIELD              empty a field", "  -? --help                  show this help"))
            .flatMap(List::stream).toArray(String[]::new);
    private static final PersonDraft EMPTY = PersonDraft.named(null, null, null);
    private static final Supplier<UUID> NO_ORGANISATION = () -> {
        throw new AssertionError("the organisation was not asked for");
    };

    private static PersonDraft apply(PersonDraft base, Supplier<UUID> organisation, String... args) {
        return PersonOptions.apply(CommandOptions.parse(USAGE, args), base, "Anna Schmidt", organisation);
    }

    @Test
    void everyOptionSetsItsFieldOfAnEmptyDraft() {
        UUID acme = UUID.randomUUID();
        PersonDraft d = apply(EMPTY, () -> acme,
                "--given", "Anna", "--family", "Schmidt", "--name-order", "family-first", "--org", "Acme GmbH", "--title", "CFO",
                "--country", "DE", "--subdivision", "DE-BY", "--tz", "Europe/Berlin", "--lang", "de", "--lang", "en-GB",
                "--email", "work:anna@acme.example", "--email", "anna@example.com", "--phone", "mobile: +49 151 23456789",
                "--channel", "in_person", "--channel", "EMAIL", "--hours", "09:00-17:30", "--tag", "partner", "--tag", "board",
                "--note", "likes tea", "--field", "shoe-size=42", "--field", "team = blue", "--birthday", "1980-04-23",
                "--owner", "jonas", "--external", "hubspot=5121", "--cadence", "21", "--in-person-cadence", "120");
        assertEquals("Anna", d.givenName());
        assertEquals("Schmidt", d.familyName());
        assertEquals(NameOrder.FAMILY_FIRST, d.nameOrder());
        assertEquals(acme, d.organisationId());
        assertEquals("CFO", d.title());
        assertEquals("DE", d.country());
        assertEquals("DE-BY", d.subdivision());
        assertEquals("Europe/Berlin", d.timeZone());
        assertEquals(List.of("de", "en-GB"), d.languages());
        assertEquals(List.of(new ContactPoint("anna@acme.example", "work"), ContactPoint.of("anna@example.com")), d.emails());
        assertEquals(List.of(new ContactPoint("+49 151 23456789", "mobile")), d.phones());
        assertEquals(List.of(Channel.IN_PERSON, Channel.EMAIL), d.preferredChannels());
        assertEquals(WorkingHours.parse("09:00-17:30"), d.workingHours());
        assertEquals(List.of("partner", "board"), d.tags());
        assertEquals("likes tea", d.notes());
        assertEquals(Map.of("shoe-size", "42", "team", "blue"), d.customFields());
        assertEquals(new Birthday(1980, 4, 23), d.birthday());
        assertEquals("jonas", d.owner());
        assertEquals(Map.of("hubspot", "5121"), d.externalIds());
        assertEquals(21, d.cadenceDays());
        assertEquals(120, d.inPersonCadenceDays());
    }

    @Test
    void birthdayWithoutYearIsTakenAsTheValueOfItsOption() {
        PersonDraft d = apply(EMPTY, NO_ORGANISATION, "--given", "Kenji", "--birthday", "--04-23");
        assertEquals(new Birthday(null, 4, 23), d.birthday());
    }

    @Test
    void editChangesOnlyTheFieldsGivenAndARepeatableOptionReplacesTheList() {
        UUID org = UUID.randomUUID();
        PersonDraft current = new PersonDraft("Anna", "Schmidt", null, org, "CFO", "DE", null, "Europe/Berlin", List.of("de"),
                List.of(ContactPoint.of("anna@acme.example")), List.of(), List.of(Channel.EMAIL), null, List.of("partner", "board"),
                "likes tea", Map.of("shoe-size", "42"), new Birthday(null, 4, 23), "jonas", Map.of(), 21, null);
        PersonDraft d = apply(current, NO_ORGANISATION, "--title", "CEO", "--tag", "vip");
        assertEquals("CEO", d.title());
        assertEquals(List.of("vip"), d.tags());
        assertEquals(new PersonDraft("Anna", "Schmidt", null, org, "CEO", "DE", null, "Europe/Berlin", List.of("de"),
                List.of(ContactPoint.of("anna@acme.example")), List.of(), List.of(Channel.EMAIL), null, List.of("vip"),
                "likes tea", Map.of("shoe-size", "42"), new Birthday(null, 4, 23), "jonas", Map.of(), 21, null), d);
    }

    @Test
    void clearEmptiesTheNamedFieldsAndNothingElse() {
        PersonDraft current = new PersonDraft("Anna", "Schmidt", null, UUID.randomUUID(), "CFO", "DE", null, null, List.of(),
                List.of(ContactPoint.of("anna@acme.example")), List.of(), List.of(), null, List.of("partner"), null, Map.of(),
                new Birthday(1980, 4, 23), null, Map.of(), 21, null);
        PersonDraft d = apply(current, NO_ORGANISATION, "--clear", "birthday", "--clear", "--email", "--clear", "org", "--clear", "cadence");
        assertNull(d.birthday());
        assertEquals(List.of(), d.emails());
        assertNull(d.organisationId());
        assertNull(d.cadenceDays());
        assertEquals("CFO", d.title());
        assertEquals(List.of("partner"), d.tags());
    }

    @Test
    void everyMalformedOptionIsListedOnItsOwnLineAndNoOrganisationIsCreated() {
        CommandException e = assertThrows(CommandException.class, () -> apply(EMPTY, NO_ORGANISATION,
                "--given", "Anna", "--org", "Acme", "--create-org", "--birthday", "1980-02-30", "--hours", "late",
                "--channel", "email", "--channel", "pigeon", "--cadence", "often", "--field", "=42", "--name-order", "random",
                "--clear", "nickname"));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals("Anna Schmidt was not saved:", lines.get(0));
        List<String> options = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) options.add(line.strip().split(":")[0]);
        assertEquals(List.of("--clear", "--name-order", "--channel (2nd)", "--hours", "--field", "--birthday", "--cadence"), options);
        assertTrue(e.getMessage().contains("--channel (2nd): \"pigeon\" is not a channel: use email, call, video, message, meeting, in_person"),
                e.getMessage());
        assertTrue(e.getMessage().contains("--clear: \"nickname\" is not a field: use one of given, family"), e.getMessage());
    }

    @Test
    void settingAndClearingTheSameFieldIsRefused() {
        CommandException e = assertThrows(CommandException.class, () -> apply(EMPTY, NO_ORGANISATION,
                "--title", "CEO", "--clear", "title"));
        assertTrue(e.getMessage().contains("--title: give --title or --clear title, not both"), e.getMessage());
    }

    @Test
    void organisationIsAskedForOnlyWhenOrgIsGiven() {
        List<String> asked = new ArrayList<>();
        UUID id = UUID.randomUUID();
        apply(EMPTY, () -> {
            asked.add("asked");
            return id;
        }, "--given", "Anna");
        assertEquals(List.of(), asked);
    }

    @Test
    void contactPointTakesALeadingWordAndColonAsItsLabel() {
        assertEquals(new ContactPoint("anna@acme.example", "work"), PersonOptions.contactPoint("work:anna@acme.example"));
        assertEquals(new ContactPoint("+49 30 901820", "home office"), PersonOptions.contactPoint(" home office : +49 30 901820 "));
        assertEquals(new ContactPoint("+81 3-1234-5678", "携帯"), PersonOptions.contactPoint("携帯:+81 3-1234-5678"));
        assertEquals(ContactPoint.of("anna@example.com"), PersonOptions.contactPoint("anna@example.com"));
        assertEquals(ContactPoint.of("+49 30 901820"), PersonOptions.contactPoint("+49 30 901820"));
        assertEquals(ContactPoint.of("mobile:"), PersonOptions.contactPoint("mobile:"), "no value after the colon: not a label");
        assertEquals(ContactPoint.of("0049:30:901820"), PersonOptions.contactPoint("0049:30:901820"), "a label starts with a letter");
    }

    @Test
    void channelsAreReadInAnyCaseWithDashesOrUnderscores() {
        assertEquals(Channel.IN_PERSON, PersonOptions.channel("in-person"));
        assertEquals(Channel.IN_PERSON, PersonOptions.channel("In_Person"));
        assertEquals(Channel.VIDEO, PersonOptions.channel(" video "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonOptions.channel("fax"));
        assertTrue(e.getMessage().contains("in_person"), e.getMessage());
    }

    @Test
    void everyFieldOfTheDraftHasAnOption() {
        for (var component : PersonDraft.class.getRecordComponents()) {
            assertTrue(PersonOptions.OPTION_OF_FIELD.containsKey(component.getName()), component.getName() + " has no option");
        }
        for (String option : PersonOptions.OPTION_OF_FIELD.values()) {
            assertTrue(PersonOptions.USAGE.stream().anyMatch(line -> line.strip().startsWith(option + "=")), option + " is not in the usage");
            assertTrue(PersonOptions.CLEARABLE.contains(option.substring(2)), option + " cannot be cleared");
        }
    }
}
