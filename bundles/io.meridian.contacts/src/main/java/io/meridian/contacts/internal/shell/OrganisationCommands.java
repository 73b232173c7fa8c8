package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.Organisation;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Page;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.support.shell.Tables;
import io.meridian.support.shell.CommandOptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code contacts:org}: the organisations people work for. */
@Component(service = OrganisationCommands.class, property = {
        ShellCommand.SCOPE + "=contacts", ShellCommand.FUNCTION + "=org"})
public final class OrganisationCommands {

    private static final String[] ORG = {
            "contacts:org - add, list and show the organisations people work for",
            "Usage: contacts:org list [TEXT] [--offset N] [--limit N]",
            "       contacts:org add NAME [--country CODE] [--website URL] [--notes TEXT]",
            "       contacts:org show NAME|ID",
            "NAME is unique, ignoring case; quote it when it has spaces. TEXT matches part of a name.",
            "  --country=CODE             with add: ISO 3166-1 code of its seat: DE",
            "  --website=URL              with add: its web address: https://acme.example",
            "  --notes=TEXT               with add: what to remember about it",
            "  --offset=N                 with list: skip the first N; default: 0",
            "  --limit=N                  with list: how many, 1 to 500; default: 50",
            "  -? --help                  show this help",
            "Examples:",
            "  contacts:org add \"Acme GmbH\" --country DE --website https://acme.example",
            "  contacts:org show acme gmbh"};
    private static final Map<String, String> FIELDS = Map.of("name", "NAME", "country", "--country", "website", "--website",
            "notes", "--notes");
    private static final List<String> ADD_OPTIONS = List.of("country", "website", "notes");
    private static final List<String> LIST_OPTIONS = List.of("offset", "limit");

    private final ContactService contacts;
    private final ContactRef refs;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public OrganisationCommands(@Reference ContactService contacts) {
        this.contacts = contacts;
        this.refs = new ContactRef(contacts);
    }

    public String org(String... args) {
        CommandOptions opt = CommandOptions.parse(ORG, args);
        if (opt.help()) return opt.usage();
        List<String> operands = opt.operands();
        String action = operands.isEmpty() ? "list" : operands.get(0).toLowerCase(Locale.ROOT);
        String rest = operands.size() < 2 ? null : String.join(" ", operands.subList(1, operands.size()));
        return switch (action) {
            case "list" -> {
                refuse(opt, ADD_OPTIONS, "list");
                yield list(rest, opt.number("offset", 0, Integer.MAX_VALUE, 0), opt.number("limit", 1, 500, 50));
            }
            case "add" -> {
                refuse(opt, LIST_OPTIONS, "add");
                if (rest == null) throw new CommandException("contacts:org add needs the NAME of the organisation");
                yield add(rest, opt);
            }
            case "show" -> {
                refuse(opt, ADD_OPTIONS, "show");
                refuse(opt, LIST_OPTIONS, "show");
                if (rest == null) throw new CommandException("contacts:org show needs the NAME or id of the organisation");
                yield show(refs.organisation(rest));
            }
            default -> throw new CommandException("\"" + operands.get(0) + "\" is not an action: use list, add or show;"
                    + " 'contacts:org --help' shows examples");
        };
    }

    private String add(String name, CommandOptions opt) {
        Organisation created = ServiceErrors.call("Organisation \"" + name + "\"", FIELDS, () -> contacts.createOrganisation(
                new OrganisationDraft(name, opt.text("country"), opt.text("website"), opt.text("notes")), Origin.SHELL));
        return "Added organisation " + created.name() + " with id " + created.id();
    }

    private String list(String text, int offset, int limit) {
        Page<Organisation> page = contacts.organisations(text, offset, limit);
        if (page.total() == 0) {
            return text == null ? "No organisations yet; add one with contacts:org add NAME" : "No organisation name contains \"" + text + "\"";
        }
        List<List<String>> rows = new ArrayList<>();
        for (Organisation o : page.items()) {
            rows.add(List.of(Text.shortId(o.id()), o.name(), Text.orDash(o.country()), Text.orDash(o.website())));
        }
        int last = offset + page.items().size();
        return Tables.table(List.of("ID", "NAME", "COUNTRY", "WEBSITE"), rows) + "Showing " + (page.items().isEmpty() ? 0 : offset + 1)
                + "–" + last + " of " + page.total() + "." + (last < page.total() ? " Next page: add --offset " + last + "." : "");
    }

    private String show(Organisation o) {
        StringBuilder text = new StringBuilder(o.name()).append("  (id ").append(o.id()).append(")\n");
        if (o.country() != null) {
            text.append("  Country  ").append(o.country()).append(" (")
                    .append(new Locale("", o.country()).getDisplayCountry(Locale.ENGLISH)).append(")\n");
        }
        if (o.website() != null) text.append("  Website  ").append(o.website()).append('\n');
        if (o.notes() != null && !o.notes().isBlank()) text.append("  Notes    ").append(o.notes()).append('\n');
        Page<ContactSummary> people = contacts.search(new ContactQuery(null, null, null, null, null, o.id(), ContactQuery.Sort.NAME,
                false, 0, 500));
        text.append("\nPeople (").append(people.totalExact() ? "" : "more than ").append(people.total()).append(")\n");
        List<List<String>> rows = new ArrayList<>();
        for (ContactSummary s : people.items()) {
            rows.add(List.of(Text.shortId(s.id()), s.displayName(), Text.orDash(s.title()), Text.orDash(s.country()),
                    s.healthScore() == null ? "-" : s.healthScore().toString(), Text.ago(s.lastContactAt(), clock.instant(), clock.getZone())));
        }
        if (rows.isEmpty()) text.append("  none yet: contacts:add --org \"").append(o.name()).append("\" adds one\n");
        else text.append(Tables.table(List.of("ID", "NAME", "TITLE", "COUNTRY", "HEALTH", "LAST CONTACT"), rows).indent(2));
        return text.toString();
    }

    private static void refuse(CommandOptions opt, List<String> options, String action) {
        for (String option : options) {
            if (opt.isSet(option)) throw new CommandException("--" + option + " does not go with " + action + "; 'contacts:org --help' shows which options go where");
        }
    }
}
