package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.Birthday;
import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.WorkingHours;
import io.meridian.api.shell.CommandException;
import io.meridian.support.shell.CommandOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The options of {@code contacts:add} and {@code contacts:edit}, one per field of
 * {@link PersonDraft}, and how they change a draft. An option given replaces its field; a
 * repeatable option replaces the whole list (or map) with the values given; {@code --clear}
 * empties a field. So adding a person is editing an empty draft.
 */
final class PersonOptions {

    /** The usage lines of the fields, shared by add and edit. */
    static final List<String> USAGE = List.of(
            "  --given=NAME               given name(s)",
            "  --family=NAME              family name(s); a person needs a given or a family name",
            "  --name-order=ORDER         given-first or family-first; without it, the custom of their country",
            "  --org=NAME                 the organisation they work for, by name (ignoring case) or id",
            "  --create-org               create the --org organisation when there is none of that name",
            "  --title=TITLE              job title",
            "  --country=CODE             ISO 3166-1 country code: DE, JP, US",
            "  --subdivision=CODE         ISO 3166-2 region within the country: DE-BY, US-CA",
            "  --tz=ZONE                  IANA time zone: Europe/Berlin, Asia/Tokyo",
            "  --lang=TAG                 a language they speak, preferred first: de, en-GB (repeatable)",
            "  --email=ADDRESS            an email address, preferred first: anna@example.com",
            "                             or with a label, work:anna@example.com (repeatable)",
            "  --phone=NUMBER             a phone number, preferred first: \"+49 30 901820\"",
            "                             or with a label, \"mobile:+49 151 2345678\" (repeatable)",
            "  --channel=CHANNEL          how they like to be reached, preferred first: email, call,",
            "                             video, message, meeting or in_person (repeatable)",
            "  --hours=FROM-TO            working hours in their time zone: 09:00-17:30, with their days first",
            "                             when they differ from their country's week: \"Sun-Thu 08:00-16:00\"",
            "  --tag=TAG                  a label such as partner or board (repeatable)",
            "  --note=TEXT                what to remember about them",
            "  --field=NAME=VALUE         a custom field: shoe-size=42 (repeatable)",
            "  --birthday=DATE            1980-04-23, or --04-23 when the year is unknown",
            "  --owner=NAME               who on the team owns the relationship",
            "  --external=SYSTEM=ID       their id in another system: hubspot=5121 (repeatable)",
            "  --cadence=DAYS             be in touch at least every DAYS days (beats their tags' rules)",
            "  --in-person-cadence=DAYS   meet in person at least every DAYS days");

    /** The option that sets each {@link PersonDraft} field, by the field's JSON name. */
    static final Map<String, String> OPTION_OF_FIELD = Map.ofEntries(
            Map.entry("givenName", "--given"), Map.entry("familyName", "--family"), Map.entry("nameOrder", "--name-order"),
            Map.entry("organisationId", "--org"), Map.entry("title", "--title"), Map.entry("country", "--country"),
            Map.entry("subdivision", "--subdivision"), Map.entry("timeZone", "--tz"), Map.entry("languages", "--lang"),
            Map.entry("emails", "--email"), Map.entry("phones", "--phone"), Map.entry("preferredChannels", "--channel"),
            Map.entry("workingHours", "--hours"), Map.entry("tags", "--tag"), Map.entry("notes", "--note"),
            Map.entry("customFields", "--field"), Map.entry("birthday", "--birthday"), Map.entry("owner", "--owner"),
            Map.entry("externalIds", "--external"), Map.entry("cadenceDays", "--cadence"),
            Map.entry("inPersonCadenceDays", "--in-person-cadence"));

    /** What {@code --clear} accepts: the field options' names. */
    static final List<String> CLEARABLE = List.of("given", "family", "name-order", "org", "title", "country", "subdivision",
            "tz", "lang", "email", "phone", "channel", "hours", "tag", "note", "field", "birthday", "owner", "external",
            "cadence", "in-person-cadence");

    private static final Pattern LABELLED = Pattern.compile("(\\p{L}[\\p{L}\\p{N} _.-]{0,39}?)\\s*:\\s*(\\S.*)");

    private final CommandOptions opt;
    private final Set<String> cleared = new LinkedHashSet<>();
    private final Map<String, String> problems = new LinkedHashMap<>();

    private PersonOptions(CommandOptions opt) {
        this.opt = opt;
    }

    /**
     * The draft that results from applying the options to {@code base}.
     *
     * @param subject who is being saved, for the first line of an error ("Anna Schmidt")
     * @param organisation the id of the {@code --org} organisation; asked only when that option is
     *                     given and every other option is well-formed, so that an organisation is
     *                     never created for a person who cannot be saved
     * @throws CommandException listing every malformed option, each on its own line
     */
    static PersonDraft apply(CommandOptions opt, PersonDraft base, String subject, Supplier<UUID> organisation) {
        return new PersonOptions(opt).draft(base, subject, organisation);
    }

    /** True when any field option, or {@code --clear}, was given. */
    static boolean anyGiven(CommandOptions opt) {
        return CLEARABLE.stream().anyMatch(opt::isSet) || opt.isSet("clear");
    }

    private PersonDraft draft(PersonDraft base, String subject, Supplier<UUID> organisation) {
        for (String field : opt.all("clear")) {
            String name = field.strip().replaceFirst("^--", "").toLowerCase(Locale.ROOT);
            if (!CLEARABLE.contains(name)) {
                problems.put("--clear", "\"" + field + "\" is not a field: use one of " + String.join(", ", CLEARABLE));
            } else if (opt.isSet(name)) {
                problems.put("--" + name, "give --" + name + " or --clear " + name + ", not both");
            } else {
                cleared.add(name);
            }
        }
        String given = single("given", base.givenName(), v -> v);
        String family = single("family", base.familyName(), v -> v);
        NameOrder nameOrder = single("name-order", base.nameOrder(), PersonOptions::nameOrder);
        String title = single("title", base.title(), v -> v);
        String country = single("country", base.country(), v -> v);
        String subdivision = single("subdivision", base.subdivision(), v -> v);
        String zone = single("tz", base.timeZone(), v -> v);
        List<String> languages = list("lang", base.languages(), v -> v);
        List<ContactPoint> emails = list("email", base.emails(), PersonOptions::contactPoint);
        List<ContactPoint> phones = list("phone", base.phones(), PersonOptions::contactPoint);
        List<Channel> channels = list("channel", base.preferredChannels(), PersonOptions::channel);
        WorkingHours hours = single("hours", base.workingHours(), WorkingHours::parse);
        List<String> tags = list("tag", base.tags(), v -> v);
        String notes = single("note", base.notes(), v -> v);
        Map<String, String> custom = map("field", base.customFields());
        Birthday birthday = single("birthday", base.birthday(), v -> Birthday.parse(v.strip()));
        String owner = single("owner", base.owner(), v -> v);
        Map<String, String> external = map("external", base.externalIds());
        Integer cadence = single("cadence", base.cadenceDays(), PersonOptions::days);
        Integer inPersonCadence = single("in-person-cadence", base.inPersonCadenceDays(), PersonOptions::days);
        if (!problems.isEmpty()) {
            throw new CommandException(ServiceErrors.describe(subject, problems, Map.of()));
        }
        UUID organisationId = cleared.contains("org") ? null : opt.isSet("org") ? organisation.get() : base.organisationId();
        return new PersonDraft(given, family, nameOrder, organisationId, title, country, subdivision, zone, languages, emails,
                phones, channels, hours, tags, notes, custom, birthday, owner, external, cadence, inPersonCadence);
    }

    private <T> T single(String name, T current, Function<String, T> parse) {
        if (cleared.contains(name)) return null;
        if (!opt.isSet(name)) return current;
        try {
            return parse.apply(opt.text(name));
        } catch (IllegalArgumentException e) {
            problems.put("--" + name, e.getMessage());
            return current;
        }
    }

    private <T> List<T> list(String name, List<T> current, Function<String, T> parse) {
        if (cleared.contains(name)) return List.of();
        if (!opt.isSet(name)) return current;
        List<String> values = opt.all(name);
        List<T> parsed = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                parsed.add(parse.apply(values.get(i)));
            } catch (IllegalArgumentException e) {
                problems.put("--" + name + (values.size() > 1 ? " (" + Text.ordinal(i + 1) + ")" : ""), e.getMessage());
            }
        }
        return parsed;
    }

    private Map<String, String> map(String name, Map<String, String> current) {
        if (cleared.contains(name)) return Map.of();
        if (!opt.isSet(name)) return current;
        Map<String, String> entries = new LinkedHashMap<>();
        for (String value : opt.all(name)) {
            int eq = value.indexOf('=');
            if (eq <= 0 || value.substring(0, eq).isBlank()) {
                problems.put("--" + name, "\"" + value + "\" is not NAME=VALUE: write it like "
                        + ("field".equals(name) ? "shoe-size=42" : "hubspot=5121"));
            } else {
                entries.put(value.substring(0, eq).strip(), value.substring(eq + 1).strip());
            }
        }
        return entries;
    }

    /** {@code work:anna@example.com} is labelled "work"; a value without a leading word and colon has no label. */
    static ContactPoint contactPoint(String text) {
        String t = text.strip();
        Matcher m = LABELLED.matcher(t);
        return m.matches() ? new ContactPoint(m.group(2).strip(), m.group(1).strip()) : ContactPoint.of(t);
    }

    /** A channel as typed: {@code email}, {@code in_person}, {@code in-person}, any case. */
    static Channel channel(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Channel.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a channel: use " + Arrays.stream(Channel.values())
                    .map(PersonOptions::channelName).collect(Collectors.joining(", ")));
        }
    }

    /** How a channel is typed and shown: {@code email}, {@code in_person}. */
    static String channelName(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    private static NameOrder nameOrder(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "given-first" -> NameOrder.GIVEN_FIRST;
            case "family-first" -> NameOrder.FAMILY_FIRST;
            default -> throw new IllegalArgumentException("\"" + text + "\" is not a name order: use given-first or family-first");
        };
    }

    private static Integer days(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number of days: write it like 30");
        }
    }
}
