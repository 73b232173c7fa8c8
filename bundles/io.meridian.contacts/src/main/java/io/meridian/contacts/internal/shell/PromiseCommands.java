package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.Commitment;
import io.meridian.api.contacts.CommitmentChange;
import io.meridian.api.contacts.CommitmentStatus;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.contacts.NewCommitment;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Page;
import io.meridian.api.contacts.Party;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.support.shell.CommandOptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** {@code contacts:promise}: record what the user and a person promised each other, and how each promise ended. */
@Component(service = PromiseCommands.class, property = {
        ShellCommand.SCOPE + "=contacts", ShellCommand.FUNCTION + "=promise"})
public final class PromiseCommands {

    private static final String[] PROMISE = {
            "contacts:promise - record a promise between you and a person, and mark it done, cancelled or delayed",
            "Usage: contacts:promise PERSON --due DATE [--by me|them] WHAT...",
            "       contacts:promise [PERSON] --done ID [--on DATE]",
            "       contacts:promise [PERSON] --cancel ID",
            "       contacts:promise [PERSON] --delay ID --new-due DATE [--on DATE]",
            "       contacts:promise PERSON    (without options: their commitments, open ones first)",
            "PERSON is an id, its first 6+ characters, or a name in quotes; WHAT is the rest of the line.",
            "ID is a commitment's id or its first characters, as listed; with PERSON, only theirs are searched.",
            "  --due=DATE                 when it is due: 2026-12-01, today, tomorrow",
            "  --by=PARTY                 who promised: me or them; default: me",
            "  --done=ID                  the commitment was delivered",
            "  --cancel=ID                the commitment is no longer expected",
            "  --delay=ID                 the other side was told it will be late",
            "  --new-due=DATE             with --delay: the new date given",
            "  --on=DATE                  with --done or --delay: when it happened; default: today",
            "  -? --help                  show this help",
            "Examples:",
            "  contacts:promise \"Anna Schmidt\" --due 2026-12-01 Send the revised proposal",
            "  contacts:promise \"Anna Schmidt\" --delay 7c1e04aa --new-due 2026-12-08",
            "  contacts:promise --done 7c1e04aa --on 2026-12-07"};
    private static final Map<String, String> FIELDS = Map.of("what", "WHAT", "due", "--due", "owedBy", "--by",
            "on", "--on", "newDue", "--new-due");
    private static final List<String> CHANGES = List.of("done", "cancel", "delay");

    private final ContactService contacts;
    private final RelationshipService relationships;
    private final ContactRef refs;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public PromiseCommands(@Reference ContactService contacts, @Reference RelationshipService relationships) {
        this.contacts = contacts;
        this.relationships = relationships;
        this.refs = new ContactRef(contacts);
    }

    public String promise(String... args) {
        CommandOptions opt = CommandOptions.parse(PROMISE, args);
        if (opt.help()) return opt.usage();
        List<String> changes = CHANGES.stream().filter(opt::isSet).toList();
        if (changes.size() > 1) throw new CommandException("give one of --done, --cancel or --delay, not " + String.join(" and --", changes));
        LocalDate today = LocalDate.now(clock);
        if (!changes.isEmpty()) {
            if (opt.isSet("due") || opt.isSet("by")) throw new CommandException("--due and --by describe a new promise; leave them out with --" + changes.get(0));
            Person person = opt.operands().isEmpty() ? null : refs.person(opt.joinedOperands());
            return change(changes.get(0), person, opt, today);
        }
        if (opt.isSet("on") || opt.isSet("new-due")) throw new CommandException("--on and --new-due go with --done or --delay ID");
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON, then WHAT was promised");
        Person person = refs.person(opt.operands().get(0));
        if (!opt.isSet("due")) {
            if (opt.operands().size() > 1 || opt.isSet("by")) {
                throw new CommandException("--due is missing: say by when it was promised, e.g. --due 2026-12-01");
            }
            List<Commitment> all = relationships.commitments(person.id());
            if (all.isEmpty()) return person.displayName() + " has no commitments; record one with --due DATE WHAT";
            List<Commitment> ordered = Stream.concat(all.stream().filter(PromiseCommands::open),
                    all.stream().filter(c -> !open(c))).toList();
            return PersonSheet.commitmentTable(ordered);
        }
        String what = String.join(" ", opt.operands().subList(1, opt.operands().size()));
        if (what.isBlank()) throw new CommandException("say WHAT was promised after the person: contacts:promise PERSON --due DATE Send the deck");
        LocalDate due = opt.date("due", today, null);
        Party by = party(opt.text("by"));
        Commitment made = ServiceErrors.call("The promise to " + person.displayName(), FIELDS,
                () -> relationships.promise(person.id(), new NewCommitment(what, by, due), Origin.SHELL));
        return "Recorded: " + (by == Party.ME ? "you promised " + person.displayName() : person.displayName() + " promised you")
                + " \"" + made.what() + "\" by " + made.due() + " (id " + Text.shortId(made.id()) + ")";
    }

    private String change(String kind, Person person, CommandOptions opt, LocalDate today) {
        if (!"delay".equals(kind) && opt.isSet("new-due")) throw new CommandException("--new-due goes with --delay only");
        if ("cancel".equals(kind) && opt.isSet("on")) throw new CommandException("--on goes with --done or --delay; a cancellation has no date");
        Commitment c = commitment(opt.text(kind).strip().toLowerCase(Locale.ROOT), person);
        LocalDate on = opt.date("on", today, today);
        CommitmentChange change = switch (kind) {
            case "done" -> new CommitmentChange.Done(on);
            case "cancel" -> new CommitmentChange.Cancelled();
            default -> {
                if (!opt.isSet("new-due")) throw new CommandException("--delay needs --new-due DATE: the date you gave them");
                yield new CommitmentChange.DelayCommunicated(on, opt.date("new-due", today, null));
            }
        };
        Map<String, String> fields = new HashMap<>(FIELDS);
        fields.put("status", "--" + kind);
        Commitment changed = ServiceErrors.call("The commitment \"" + c.what() + "\"", fields,
                () -> relationships.changeCommitment(c.id(), c.version(), change, Origin.SHELL));
        String name = contacts.find(changed.personId()).map(Person::displayName).orElse("them");
        return switch (kind) {
            case "done" -> "Done: \"" + changed.what() + "\" (" + name + ") on " + changed.doneOn()
                    + (changed.keptOnTime() ? ", on time" : ", later than promised");
            case "cancel" -> "Cancelled: \"" + changed.what() + "\" (" + name + ")";
            default -> "Delay told to " + name + " on " + changed.delayCommunicatedOn() + ": \"" + changed.what() + "\" now due "
                    + changed.revisedDue() + " (was " + changed.due() + ")";
        };
    }

    /**
     * The commitment whose id starts with {@code prefix}: among the person's, or when no person is
     * named, among everyone's (the API finds commitments per person only).
     */
    private Commitment commitment(String prefix, Person person) {
        if (prefix.length() < 4) throw new CommandException("\"" + prefix + "\" is too short for a commitment id: give at least 4 characters");
        List<Commitment> matches = new ArrayList<>();
        if (person != null) {
            relationships.commitments(person.id()).stream().filter(c -> c.id().toString().startsWith(prefix)).forEach(matches::add);
        } else {
            for (int offset = 0; ; offset += 500) {
                Page<ContactSummary> page = contacts.search(new ContactQuery(null, null, null, null, null, null, ContactQuery.Sort.NAME,
                        false, offset, 500));
                for (ContactSummary s : page.items()) {
                    relationships.commitments(s.id()).stream().filter(c -> c.id().toString().startsWith(prefix)).forEach(matches::add);
                }
                if (page.items().size() < 500) break;
            }
        }
        String whose = person == null ? "" : " of " + person.displayName();
        if (matches.isEmpty()) {
            throw new CommandException("no commitment" + whose + " has an id starting with " + prefix
                    + ": contacts:promise PERSON lists a person's commitments with their ids");
        }
        if (matches.size() > 1) {
            throw new CommandException(matches.size() + " commitments" + whose + " have ids starting with " + prefix
                    + "; give more characters:\n" + PersonSheet.commitmentTable(matches).indent(2).stripTrailing());
        }
        return matches.get(0);
    }

    private static boolean open(Commitment c) {
        return c.status() == CommitmentStatus.OPEN || c.status() == CommitmentStatus.LATE;
    }

    private static Party party(String text) {
        if (text == null) return Party.ME;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "me" -> Party.ME;
            case "them", "they" -> Party.THEM;
            default -> throw new CommandException("--by: \"" + text + "\" is not a party: use me (you promised) or them (they promised)");
        };
    }
}
