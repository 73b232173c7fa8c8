package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Page;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.contacts.RelationshipHealth;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.support.shell.Tables;
import io.meridian.support.shell.CommandOptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code contacts:add|edit|list|show}: keep people and find them. */
@Component(service = PeopleCommands.class, property = {
        ShellCommand.SCOPE + "=contacts",
        ShellCommand.FUNCTION + "=add", ShellCommand.FUNCTION + "=edit",
        ShellCommand.FUNCTION + "=list", ShellCommand.FUNCTION + "=show"})
public final class PeopleCommands {

    private static final String[] ADD = lines(List.of(
            "contacts:add - add a person; prints their id",
            "Usage: contacts:add OPTIONS",
            "Options that can be repeated take one value each time, preferred value first."),
            PersonOptions.USAGE, List.of(
            "  -? --help                  show this help",
            "Example:",
            "  contacts:add --given Anna --family Schmidt --country DE --tz Europe/Berlin --org \"Acme GmbH\" --create-org"
                    + " --title CFO --email work:anna@acme.example --phone \"mobile:+49 151 23456789\" --tag partner --cadence 21"));
    private static final String[] EDIT = lines(List.of(
            "contacts:edit - change a person's fields; fields without an option stay as they are",
            "Usage: contacts:edit PERSON OPTIONS",
            "PERSON is an id, its first 6+ characters, or a name or email that matches one person.",
            "An option replaces its field; a repeatable option replaces the whole list, so give every value to keep."),
            PersonOptions.USAGE, List.of(
            "  --clear=FIELD              empty a field, named like its option: title, email, org (repeatable)",
            "  -? --help                  show this help",
            "Examples:",
            "  contacts:edit \"Anna Schmidt\" --title \"Chief Financial Officer\" --tag partner --tag board",
            "  contacts:edit 3f2a9c1e --clear birthday --clear phone"));
    private static final String[] LIST = {
            "contacts:list - list people, filtered and sorted, one page at a time",
            "Usage: contacts:list [OPTIONS] [TEXT]",
            "TEXT matches names, organisation, emails and tags, ignoring case and accents.",
            "  --country=CODE             only people in this country (ISO code: DE)",
            "  --tag=TAG                  only people with this tag",
            "  --overdue                  only people past their cadence (any contact, or in person)",
            "  --owner=NAME               only relationships this team member owns",
            "  --org=NAME                 only people of this organisation (name or id)",
            "  --sort=ORDER               name, health (weakest first), last-contact (longest ago first)",
            "                             or due (soonest next contact first); default: name",
            "  --desc                     reverse the order",
            "  --offset=N                 skip the first N people; default: 0",
            "  --limit=N                  people per page, 1 to 500; default: 50",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:list --country DE --tag partner --sort health --limit 20"};
    private static final String[] SHOW = {
            "contacts:show - everything about a person: details, local time, birthday, recent interactions,",
            "open commitments, trust and its trend, introductions, and their relationship health with reasons",
            "Usage: contacts:show PERSON",
            "PERSON is an id, its first 6+ characters, or a name or email that matches one person.",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:show \"Anna Schmidt\""};
    private static final Map<String, String> ORGANISATION_FIELDS = Map.of("name", "--org");

    private final ContactService contacts;
    private final RelationshipService relationships;
    private final RelationshipHealth health;
    private final ContactRef refs;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public PeopleCommands(@Reference ContactService contacts, @Reference RelationshipService relationships,
                          @Reference RelationshipHealth health) {
        this.contacts = contacts;
        this.relationships = relationships;
        this.health = health;
        this.refs = new ContactRef(contacts);
    }

    public String add(String... args) {
        CommandOptions opt = CommandOptions.parse(ADD, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(0, 0, "options");
        String given = opt.text("given");
        String family = opt.text("family");
        String subject = given == null && family == null ? "The new contact"
                : Stream.of(given, family).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
        List<String> notes = new ArrayList<>();
        PersonDraft draft = PersonOptions.apply(opt, PersonDraft.named(null, null, null), subject,
                () -> organisation(opt.text("org"), opt.isSet("create-org"), notes));
        Person person = save(notes, () -> ServiceErrors.call(subject, PersonOptions.OPTION_OF_FIELD,
                () -> contacts.create(draft, Origin.SHELL)));
        notes.add(0, "Added " + person.displayName() + (person.organisationName() == null ? "" : " (" + person.organisationName() + ")")
                + " with id " + person.id());
        notes.add("See them with: contacts:show " + Text.shortId(person.id()));
        return String.join("\n", notes);
    }

    public String edit(String... args) {
        CommandOptions opt = CommandOptions.parse(EDIT, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON to change");
        Person current = refs.person(opt.joinedOperands());
        if (!PersonOptions.anyGiven(opt)) {
            throw new CommandException("nothing to change for " + current.displayName() + ": give the options of the fields to change,"
                    + " e.g. --title CFO; 'contacts:edit --help' lists them");
        }
        List<String> notes = new ArrayList<>();
        PersonDraft draft = PersonOptions.apply(opt, current.fields(), current.displayName(),
                () -> organisation(opt.text("org"), opt.isSet("create-org"), notes));
        Person updated = save(notes, () -> ServiceErrors.call(current.displayName(), PersonOptions.OPTION_OF_FIELD,
                () -> contacts.update(current.id(), current.version(), draft, Origin.SHELL)));
        List<String> changed = PersonOptions.CLEARABLE.stream().filter(opt::isSet).collect(Collectors.toCollection(ArrayList::new));
        opt.all("clear").forEach(c -> changed.add("cleared " + c.strip().replaceFirst("^--", "")));
        notes.add(0, "Updated " + updated.displayName() + " (" + String.join(", ", changed) + "), now version " + updated.version());
        return String.join("\n", notes);
    }

    public String list(String... args) {
        CommandOptions opt = CommandOptions.parse(LIST, args);
        if (opt.help()) return opt.usage();
        String country = opt.text("country");
        if (country != null && !Set.of(Locale.getISOCountries()).contains(country.strip().toUpperCase(Locale.ROOT))) {
            throw new CommandException("--country: \"" + country + "\" is not an ISO 3166-1 country code: use two letters, like DE or JP");
        }
        UUID organisation = opt.isSet("org") ? refs.organisation(opt.text("org")).id() : null;
        int offset = opt.number("offset", 0, Integer.MAX_VALUE, 0);
        int limit = opt.number("limit", 1, 500, 50);
        ContactQuery query = new ContactQuery(opt.joinedOperands(), country == null ? null : country.strip().toUpperCase(Locale.ROOT),
                opt.text("tag"), opt.isSet("overdue") ? Boolean.TRUE : null, opt.text("owner"), organisation, sort(opt.text("sort")),
                opt.isSet("desc"), offset, limit);
        Page<ContactSummary> page = contacts.search(query);
        if (page.total() == 0) return "No people match. " + (args == null || args.length == 0 ? "Add one with contacts:add" : "Try fewer filters.");
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        for (ContactSummary s : page.items()) {
            rows.add(List.of(Text.shortId(s.id()), Tables.truncate(s.displayName(), 32), Tables.truncate(Text.orDash(s.organisationName()), 24),
                    Text.orDash(s.country()), s.healthScore() == null ? "-" : s.healthScore().toString(),
                    Text.ago(s.lastContactAt(), now, clock.getZone()), Text.due(s.nextContactDue(), now, clock.getZone())
                            + (s.nextInPersonDue().isBefore(now) ? ", visit overdue" : ""), String.join(", ", s.tags())));
        }
        StringBuilder text = new StringBuilder(Tables.table(
                List.of("ID", "NAME", "ORGANISATION", "COUNTRY", "HEALTH", "LAST CONTACT", "NEXT CONTACT", "TAGS"), rows));
        if (page.items().isEmpty()) {
            text.append("No people on this page; ").append(page.total()).append(page.totalExact() ? "" : " or more")
                    .append(" in all, so use a smaller --offset.");
        } else {
            int last = offset + page.items().size();
            text.append("Showing ").append(offset + 1).append('–').append(last).append(" of ")
                    .append(page.totalExact() ? "" : "more than ").append(page.total())
                    .append(page.total() == 1 && page.totalExact() ? " person" : " people").append('.');
            if (page.hasMore()) text.append(" Next page: add --offset ").append(last).append(" to the same command.");
        }
        return text.toString();
    }

    public String show(String... args) {
        CommandOptions opt = CommandOptions.parse(SHOW, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON to show");
        Person person = refs.person(opt.joinedOperands());
        UUID id = person.id();
        Organisation organisation = person.fields().organisationId() == null ? null
                : contacts.findOrganisation(person.fields().organisationId()).orElse(null);
        PersonSheet sheet = ServiceErrors.call(person.displayName(), Map.of(), () -> new PersonSheet(person, organisation,
                health.health(id), relationships.interactions(id, 5), relationships.commitments(id), relationships.trustHistory(id),
                relationships.introductions(id)));
        return sheet.render(this::nameOf, clock.instant(), clock.getZone());
    }

    /** Saves; when that fails after --create-org made an organisation, says so, since the organisation stays. */
    private static Person save(List<String> notes, Supplier<Person> action) {
        try {
            return action.get();
        } catch (CommandException e) {
            if (notes.isEmpty()) throw e;
            throw new CommandException(e.getMessage() + "\n" + String.join("\n", notes) + "; it stays, and --org finds it next time", e);
        }
    }

    private String nameOf(UUID id) {
        return contacts.find(id).map(Person::displayName).orElse("someone since erased");
    }

    /** The id of the organisation named {@code name} (or with that id), created first when allowed. */
    private UUID organisation(String name, boolean create, List<String> notes) {
        String text = name.strip();
        try {
            UUID id = UUID.fromString(text);
            if (contacts.findOrganisation(id).isPresent()) return id;
        } catch (IllegalArgumentException e) {
            // not an id: a name
        }
        Optional<Organisation> existing = contacts.findOrganisationByName(text);
        if (existing.isPresent()) return existing.get().id();
        if (!create) {
            throw new CommandException("--org: there is no organisation named \"" + text + "\": add --create-org to create it,"
                    + " or see the names with contacts:org list");
        }
        Organisation created = ServiceErrors.call("Organisation \"" + text + "\"", ORGANISATION_FIELDS,
                () -> contacts.createOrganisation(new OrganisationDraft(text, null, null, null), Origin.SHELL));
        notes.add("Created organisation " + created.name() + " with id " + created.id());
        return created.id();
    }

    private static ContactQuery.Sort sort(String text) {
        if (text == null) return ContactQuery.Sort.NAME;
        try {
            return ContactQuery.Sort.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandException("--sort: \"" + text + "\" is not a sort order: use name, health, last-contact or due");
        }
    }

    private static String[] lines(List<String> head, List<String> middle, List<String> tail) {
        return Stream.of(head, middle, tail).flatMap(List::stream).toArray(String[]::new);
    }
}
