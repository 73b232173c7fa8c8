package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportEntry.Kind;
import io.meridian.api.importing.ImportRecord;
import io.meridian.crm.internal.mapping.Mapping;
import io.meridian.crm.internal.mapping.Preset;
import io.meridian.crm.internal.mapping.Target;
import io.meridian.crm.internal.normalise.Birthdays;
import io.meridian.crm.internal.normalise.Countries;
import io.meridian.crm.internal.normalise.DateOrder;
import io.meridian.crm.internal.normalise.Emails;
import io.meridian.crm.internal.normalise.Languages;
import io.meridian.crm.internal.normalise.PersonNames;
import io.meridian.crm.internal.normalise.Phones;
import io.meridian.crm.internal.normalise.SalesforceIds;
import io.meridian.crm.internal.normalise.TimeZones;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one record into the person it describes: each column's value to its field, countries
 * to ISO codes, phones to E.164 with the row's country as the default region, emails checked,
 * names split the way the person's culture orders them, birthdays read in the file's date
 * order, and the time zone taken as given or inferred (and then marked as inferred). A value
 * that cannot be understood is kept as a custom field under its column's name, with a warning:
 * nothing the file holds is lost.
 */
public final class RecordNormaliser {

    /** The custom field that says where an inferred time zone came from. */
    public static final String TIME_ZONE_INFERRED = "Time zone inferred from";
    /** Google joins several values in one cell with this. */
    private static final Pattern MULTI = Pattern.compile("\\s*:::\\s*");
    /** Google's " ::: ", a comma or a semicolon between values in one cell. */
    private static final Pattern ANY_SEPARATOR = Pattern.compile("\\s*(:::|,|;)\\s*");
    private static final Pattern COMMA_OR_SEMICOLON = Pattern.compile("\\s*[;,]\\s*");
    private static final int CUSTOM_MAX = 2000;
    private static final int NOTES_MAX = 100_000;

    private final Countries countries = new Countries();
    private final Emails emailRules = new Emails();
    private final Phones phoneRules = new Phones();
    private final TimeZones timeZones = new TimeZones();
    private final PersonNames names = new PersonNames();
    private final Birthdays birthdays = new Birthdays();
    private final OrganisationCards cards = new OrganisationCards(countries);

    /** The values of one record, gathered by target. */
    private static final class Gathered {
        String given, middle, family, full, prefix, suffix, organisation, title, country, region, city, timeZone, birthday, owner;
        String externalId, countryColumn, birthdayColumn, nameOrder, subdivision, workingHours, meridianId;
        Integer cadence, inPersonCadence;
        final List<Channel> channels = new ArrayList<>();
        final Map<String, String> otherIds = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        final List<String[]> emails = new ArrayList<>();
        final List<String[]> phones = new ArrayList<>();
        final Set<String> tags = new LinkedHashSet<>();
        final List<String[]> languages = new ArrayList<>();
        final Map<String, String> custom = new LinkedHashMap<>();
    }

    public Incoming normalise(ImportRecord record, Mapping mapping, String defaultCountry) {
        Map<String, String> raw = record.fields();
        String kind = raw.get("KIND");
        if (kind != null && (kind.equalsIgnoreCase("org") || kind.equalsIgnoreCase("organization"))) return cards.of(record);
        if (kind != null && !kind.equalsIgnoreCase("individual")) {
            return new Incoming(record.line(), null, null, null, null, List.of(), new ImportEntry(record.line(), "KIND", Kind.SKIPPED,
                    "a card of kind " + kind + ", not a person: not imported (Meridian keeps people; an organisation is created"
                            + " when a person names it)", null), raw);
        }
        Optional<Preset> preset = mapping.preset();
        if (preset.isPresent()) {
            for (Map.Entry<String, String> skip : preset.get().skip().entrySet()) {
                if (skip.getValue().equalsIgnoreCase(String.valueOf(raw.get(skip.getKey())).strip())) {
                    return new Incoming(record.line(), null, null, null, null, List.of(), new ImportEntry(record.line(), skip.getKey(),
                            Kind.SKIPPED, "left out: " + skip.getKey() + " is " + skip.getValue() + " (" + preset.get().name()
                            + " marks a record it has deleted so)", null), raw);
                }
            }
        }
        Map<String, String> placeholders = preset.map(Preset::placeholders).orElse(Map.of());
        List<ImportEntry> notes = new ArrayList<>();
        Gathered g = new Gathered();
        for (Mapping.Column column : mapping.columns()) {
            String value = raw.get(column.name());
            if (value == null || value.isBlank()) continue;
            if (value.strip().equalsIgnoreCase(placeholders.get(column.name()))) continue;
            String problem = gather(g, column, value.strip(), raw);
            if (problem != null) return rejected(record, column.name(), problem);
        }
        String country = country(g, defaultCountry, record.line(), notes);
        List<ContactPoint> emails = emails(g, record.line(), notes);
        List<ContactPoint> phones = phones(g, country, record.line(), notes);
        if (country == null && !phones.isEmpty()) {
            country = phoneRules.region(phones.get(0).value()).orElse(null);
        }
        PersonNames.Name name = name(g, country);
        String given = name.given();
        String family = name.family();
        if (blank(given) && blank(family)) {
            // A row with a company and no name is the company's contact (a role mailbox, a switchboard).
            String stand = !blank(g.organisation) ? g.organisation
                    : !emails.isEmpty() ? emails.get(0).value().substring(0, emails.get(0).value().indexOf('@')) : null;
            if (stand == null && !g.emails.isEmpty()) {
                // Its only clue was an address that is not one: name the cell to fix rather than the absence of a name.
                String[] bad = g.emails.get(0);
                return rejected(record, bad[2], "\"" + bad[0] + "\" is not an email address, and the row has no name or organisation:"
                        + " nothing says who this is. Correct the address, or give the row a name");
            }
            if (stand == null) return rejected(record, null, "has no name, email or organisation: nothing says who this is");
            given = stand;
            notes.add(warning(record.line(), null, "has no name: named \"" + stand + "\" after its "
                    + (blank(g.organisation) ? "email address" : "organisation") + "; rename the person in Meridian"));
        }
        if (name.prefix() != null) g.custom.putIfAbsent("Name prefix", name.prefix());
        if (name.suffix() != null) g.custom.putIfAbsent("Name suffix", name.suffix());
        Birthday birthday = birthday(g, mapping, record.line(), notes);
        String zone = timeZone(g, country, phones, record.line(), notes);
        List<String> languages = languages(g, record.line(), notes);
        String notesText = g.notes.isEmpty() ? null : String.join("\n\n", g.notes);
        if (notesText != null && notesText.length() > NOTES_MAX) {
            return rejected(record, null, "its notes hold " + notesText.length() + " characters; at most " + NOTES_MAX
                    + " can be kept: shorten them and import the row again");
        }
        if (g.externalId != null && mapping.system().equalsIgnoreCase("salesforce")) g.externalId = SalesforceIds.eighteen(g.externalId);
        Map<String, String> externalIds = new LinkedHashMap<>(g.otherIds);
        if (g.externalId != null) externalIds.put(mapping.system().toLowerCase(Locale.ROOT), g.externalId);
        NameOrder order = nameOrder(g, record.line(), notes);
        WorkingHours hours = workingHours(g, record.line(), notes);
        PersonDraft draft = new PersonDraft(given, family, order, null, g.title, country, g.subdivision, zone, languages, emails, phones,
                g.channels, hours, new ArrayList<>(g.tags), notesText, g.custom, birthday, g.owner, externalIds, g.cadence,
                g.inPersonCadence);
        return new Incoming(record.line(), draft, g.organisation, g.externalId, g.meridianId, notes, null, raw);
    }

    /** Files the value under its target; returns why the record cannot be imported, or null. */
    private static String gather(Gathered g, Mapping.Column column, String value, Map<String, String> raw) {
        Target t = column.target();
        switch (t.field()) {
            case GIVEN_NAME -> g.given = first(g.given, value);
            case MIDDLE_NAME -> g.middle = first(g.middle, value);
            case FAMILY_NAME -> g.family = first(g.family, value);
            case NAME -> g.full = first(g.full, value);
            case PREFIX -> g.prefix = first(g.prefix, value);
            case SUFFIX -> g.suffix = first(g.suffix, value);
            case ORGANISATION -> g.organisation = first(g.organisation, value);
            case TITLE -> g.title = first(g.title, value);
            case COUNTRY -> {
                if (g.country == null) g.countryColumn = column.name();
                g.country = first(g.country, value);
            }
            case REGION -> g.region = first(g.region, value);
            case CITY -> g.city = first(g.city, value);
            case TIME_ZONE -> g.timeZone = first(g.timeZone, value);
            case BIRTHDAY -> {
                if (g.birthday == null) g.birthdayColumn = column.name();
                g.birthday = first(g.birthday, value);
            }
            case OWNER -> g.owner = first(g.owner, value);
            case EXTERNAL_ID -> {
                if (t.label() == null) g.externalId = first(g.externalId, value);
                else g.otherIds.putIfAbsent(t.label().toLowerCase(Locale.ROOT), value);
            }
            case NOTES -> g.notes.add(value);
            case EMAIL, PHONE -> {
                String label = t.labelColumn() != null ? blankToNull(raw.get(t.labelColumn())) : t.label();
                // Google joins values with " ::: "; Pipedrive and others put two addresses in one cell with a comma.
                String[] parts = t.field() == Target.Field.EMAIL ? ANY_SEPARATOR.split(value) : MULTI.split(value);
                for (String part : parts) {
                    if (part.isBlank()) continue;
                    (t.field() == Target.Field.EMAIL ? g.emails : g.phones).add(new String[]{part.strip(), cleanLabel(label), column.name()});
                }
            }
            case TAGS -> {
                // Google joins labels with " ::: "; then a comma is part of a label. Others separate them by commas or semicolons.
                for (String part : value.contains(":::") ? MULTI.split(value) : COMMA_OR_SEMICOLON.split(value)) {
                    String tag = part.startsWith("* ") ? part.substring(2).strip() : part.strip();
                    // Every Google contact carries the "myContacts" system label: it says nothing about the person.
                    if (!tag.isEmpty() && !tag.equalsIgnoreCase("myContacts")) g.tags.add(tag);
                }
            }
            case LANGUAGE -> {
                for (String part : ANY_SEPARATOR.split(value)) if (!part.isBlank()) g.languages.add(new String[]{part, column.name()});
            }
            case CUSTOM -> {
                if (value.length() > CUSTOM_MAX) {
                    return "column " + column.name() + " holds " + value.length() + " characters; a custom field holds at most "
                            + CUSTOM_MAX + ": shorten it, or map the column to notes";
                }
                g.custom.put(customName(customFieldName(t, column.name(), raw)), value);
            }
            case NAME_ORDER -> g.nameOrder = first(g.nameOrder, value);
            case SUBDIVISION -> g.subdivision = first(g.subdivision, value.toUpperCase(Locale.ROOT));
            case WORKING_HOURS -> g.workingHours = first(g.workingHours, value);
            case MERIDIAN_ID -> g.meridianId = first(g.meridianId, value);
            case CADENCE, IN_PERSON_CADENCE -> {
                Integer days = days(value);
                if (days == null) return "column " + column.name() + " holds \"" + value + "\", not a number of days from 1 to 3650";
                if (t.field() == Target.Field.CADENCE) g.cadence = days;
                else g.inPersonCadence = days;
            }
            case CHANNELS -> {
                for (String part : ANY_SEPARATOR.split(value)) {
                    try {
                        Channel channel = Channel.valueOf(
                                part.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
                        if (!g.channels.contains(channel)) g.channels.add(channel);
                    } catch (IllegalArgumentException e) {
                        return "column " + column.name() + ": \"" + part + "\" is not a channel (email, call, video, message,"
                                + " meeting or in_person)";
                    }
                }
            }
            case IGNORE, LABEL -> { }
        }
        return null;
    }

    private String country(Gathered g, String defaultCountry, long line, List<ImportEntry> notes) {
        if (g.country != null) {
            Optional<String> code = countries.code(g.country);
            if (code.isPresent()) return code.get();
            g.custom.put(customName(g.countryColumn), g.country);
            notes.add(warning(line, g.countryColumn, "\"" + g.country + "\" is not a country Meridian knows: kept as a custom field"));
        }
        return defaultCountry == null ? null : countries.code(defaultCountry).orElse(null);
    }

    private List<ContactPoint> emails(Gathered g, long line, List<ImportEntry> notes) {
        List<ContactPoint> emails = new ArrayList<>();
        for (String[] e : g.emails) {
            Optional<String> email = emailRules.normalise(e[0]);
            if (email.isPresent()) {
                if (emails.stream().noneMatch(x -> x.value().equalsIgnoreCase(email.get()))) emails.add(new ContactPoint(email.get(), e[1]));
            } else {
                keep(g, e[2], e[0]);
                notes.add(warning(line, e[2], "\"" + e[0] + "\" is not an email address: kept as a custom field"));
            }
        }
        return emails;
    }

    private List<ContactPoint> phones(Gathered g, String country, long line, List<ImportEntry> notes) {
        List<ContactPoint> phones = new ArrayList<>();
        for (String[] p : g.phones) {
            Phones.Phone phone = phoneRules.normalise(p[0], country);
            if (phone.e164() != null) {
                if (phones.stream().noneMatch(x -> x.value().equals(phone.e164()))) phones.add(new ContactPoint(phone.e164(), p[1]));
                if (phone.extension() != null) {
                    g.custom.putIfAbsent(customName(p[2] + " extension"), phone.extension());
                }
            } else {
                keep(g, p[2], p[0]);
                notes.add(warning(line, p[2], phone.problem() + ": kept as a custom field"));
            }
        }
        return phones;
    }

    private PersonNames.Name name(Gathered g, String country) {
        String given = g.given;
        if (given != null && g.middle != null) given = given + " " + g.middle;
        if (blank(given) && blank(g.family) && !blank(g.full)) {
            PersonNames.Name split = names.split(g.full, country);
            return new PersonNames.Name(first(g.prefix, split.prefix()), split.given(), split.family(), first(g.suffix, split.suffix()));
        }
        return new PersonNames.Name(g.prefix, given, g.family, g.suffix);
    }

    private Birthday birthday(Gathered g, Mapping mapping, long line, List<ImportEntry> notes) {
        if (g.birthday == null) return null;
        Optional<Birthday> b = birthdays.parse(g.birthday, DateOrder.valueOf(mapping.dateOrder()));
        if (b.isPresent()) return b.get();
        keep(g, g.birthdayColumn, g.birthday);
        notes.add(warning(line, g.birthdayColumn, "\"" + g.birthday + "\" is not a date Meridian can read: kept as a custom field"));
        return null;
    }

    private String timeZone(Gathered g, String country, List<ContactPoint> phones, long line, List<ImportEntry> notes) {
        String e164 = phones.isEmpty() ? null : phones.get(0).value();
        Optional<TimeZones.Inferred> zone = timeZones.infer(g.timeZone, g.city, g.region, country, e164);
        if (zone.isEmpty()) {
            if (g.timeZone != null) {
                g.custom.put("Time zone", g.timeZone);
                notes.add(warning(line, null, "\"" + g.timeZone + "\" is not a time zone Meridian can place: kept as a custom field"));
            }
            return null;
        }
        String from = switch (zone.get().how()) {
            case GIVEN -> null;
            case CITY -> "the city (" + g.city + ")";
            case REGION -> "the region (" + g.region + ")";
            case PHONE -> "the phone number";
            case COUNTRY -> "the country, which has one time zone";
        };
        if (from != null) g.custom.put(TIME_ZONE_INFERRED, from);
        return zone.get().zone();
    }

    private static NameOrder nameOrder(Gathered g, long line, List<ImportEntry> notes) {
        if (g.nameOrder == null) return null;
        String v = g.nameOrder.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return NameOrder.valueOf(v);
        } catch (IllegalArgumentException e) {
            notes.add(warning(line, null, "name order \"" + g.nameOrder + "\" is neither given_first nor family_first: the"
                    + " custom of the person's country applies"));
            return null;
        }
    }

    private static WorkingHours workingHours(Gathered g, long line, List<ImportEntry> notes) {
        if (g.workingHours == null) return null;
        try {
            return WorkingHours.parse(g.workingHours);
        } catch (RuntimeException e) {
            g.custom.put("Working hours", g.workingHours);
            notes.add(warning(line, null, "\"" + g.workingHours + "\" are not working hours Meridian can read (" + e.getMessage()
                    + "): kept as a custom field"));
            return null;
        }
    }

    private static Integer days(String value) {
        try {
            int days = Integer.parseInt(value.strip());
            return days >= 1 && days <= 3650 ? days : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> languages(Gathered g, long line, List<ImportEntry> notes) {
        List<String> tags = new ArrayList<>();
        for (String[] l : g.languages) {
            Optional<String> tag = Languages.tag(l[0]);
            if (tag.isPresent()) {
                if (!tags.contains(tag.get())) tags.add(tag.get());
            } else {
                keep(g, l[1], l[0]);
                notes.add(warning(line, l[1], "\"" + l[0] + "\" is not a language Meridian knows: kept as a custom field"));
            }
        }
        return tags;
    }

    /**
     * A custom field's name: the mapping's, or the row's label for it (Google's "Custom Field 1 -
     * Label" says "Preferred channel"), or both ("Website (Work)"), else the column's own name.
     */
    private static String customFieldName(Target t, String column, Map<String, String> raw) {
        String label = t.labelColumn() == null ? null : blankToNull(raw.get(t.labelColumn()));
        if (label != null) label = label.strip();
        if (t.label() != null && label != null) return t.label() + " (" + label + ")";
        if (label != null) return label;
        return t.label() != null ? t.label() : column;
    }

    private static void keep(Gathered g, String column, String value) {
        String name = customName(column);
        String existing = g.custom.get(name);
        g.custom.put(name, existing == null ? value : existing + "; " + value);
    }

    private static String customName(String column) {
        String name = column == null ? "Value" : column.strip();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** A label as the exports write it: Apple's "_$!<Work>!$_", Google's "* Work", or plain. */
    private static String cleanLabel(String label) {
        if (label == null) return null;
        String l = label.strip();
        if (l.startsWith("_$!<") && l.endsWith(">!$_")) l = l.substring(4, l.length() - 4);
        if (l.startsWith("* ")) l = l.substring(2);
        l = l.strip().toLowerCase(Locale.ROOT);
        return l.isEmpty() ? null : l.length() > 200 ? l.substring(0, 200) : l;
    }

    static Incoming rejected(ImportRecord record, String column, String reason) {
        return new Incoming(record.line(), null, null, null, null, List.of(), new ImportEntry(record.line(), column, Kind.REJECTED,
                reason, null), record.fields());
    }

    private static ImportEntry warning(long line, String column, String message) {
        return new ImportEntry(line, column, Kind.WARNING, message, null);
    }

    private static String first(String current, String value) {
        return current != null ? current : value;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
