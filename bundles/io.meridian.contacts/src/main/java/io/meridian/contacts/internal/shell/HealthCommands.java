package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.CadenceRule;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Health;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.RelationshipHealth;
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

/** {@code contacts:health|cadence}: how each relationship is doing, and how often to be in touch. */
@Component(service = HealthCommands.class, property = {
        ShellCommand.SCOPE + "=contacts",
        ShellCommand.FUNCTION + "=health", ShellCommand.FUNCTION + "=cadence"})
public final class HealthCommands {

    private static final String[] HEALTH = {
            "contacts:health - how a relationship is doing, 0 to 100, and the reasons for the score",
            "Usage: contacts:health PERSON",
            "PERSON is an id, its first 6+ characters, or a name or email that matches one person.",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:health \"Anna Schmidt\""};
    private static final String[] CADENCE = {
            "contacts:cadence - how often to be in touch with the people carrying a tag, or with everyone",
            "Usage: contacts:cadence [list]",
            "       contacts:cadence set TAG [--days N] [--in-person-days N]",
            "       contacts:cadence remove TAG",
            "TAG \"*\" (in quotes) is the rule for everyone. A person's own --cadence beats their tags' rules;",
            "among several tags, the shortest cadence wins. A new rule takes the in-person days of the rule",
            "for everyone unless --in-person-days is given.",
            "  --days=N                   any contact at least every N days, 1 to 3650",
            "  --in-person-days=N         meet in person at least every N days, 1 to 3650",
            "  -? --help                  show this help",
            "Examples:",
            "  contacts:cadence set partner --days 14 --in-person-days 90",
            "  contacts:cadence set \"*\" --days 45"};
    private static final Map<String, String> RULE_FIELDS = Map.of("tag", "TAG", "days", "--days", "inPersonDays", "--in-person-days");

    private final RelationshipHealth health;
    private final ContactRef refs;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public HealthCommands(@Reference ContactService contacts, @Reference RelationshipHealth health) {
        this.health = health;
        this.refs = new ContactRef(contacts);
    }

    public String health(String... args) {
        CommandOptions opt = CommandOptions.parse(HEALTH, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON");
        Person person = refs.person(opt.joinedOperands());
        Health h = ServiceErrors.call(person.displayName(), Map.of(), () -> health.health(person.id()));
        Instant now = clock.instant();
        List<List<String>> rows = new ArrayList<>();
        h.reasons().forEach(r -> rows.add(List.of(r.factor(), r.points() + "/" + r.outOf(), r.explanation())));
        return person.displayName() + ": " + PersonSheet.healthHeadline(h) + "\n"
                + Tables.table(List.of("FACTOR", "POINTS", "WHY"), rows)
                + "Cadence: every " + Text.days(person.cadenceDays()) + ", in person every " + Text.days(person.inPersonCadenceDays())
                + ". Last contact " + Text.ago(person.lastContactAt(), now, clock.getZone())
                + ", in person " + Text.ago(person.lastInPersonAt(), now, clock.getZone()) + ".";
    }

    public String cadence(String... args) {
        CommandOptions opt = CommandOptions.parse(CADENCE, args);
        if (opt.help()) return opt.usage();
        List<String> operands = opt.operands();
        String action = operands.isEmpty() ? "list" : operands.get(0).toLowerCase(Locale.ROOT);
        switch (action) {
            case "list" -> {
                opt.expectOperands(0, 1, "list");
                return rules();
            }
            case "set" -> {
                opt.expectOperands(2, 2, "set TAG (\"*\" in quotes for everyone)");
                return set(operands.get(1).strip(), opt);
            }
            case "remove" -> {
                opt.expectOperands(2, 2, "remove TAG");
                if (opt.isSet("days") || opt.isSet("in-person-days")) throw new CommandException("remove takes no --days or --in-person-days");
                String tag = operands.get(1).strip();
                if (CadenceRule.DEFAULT.equals(tag)) {
                    throw new CommandException("the rule for everyone stays; change its days instead: contacts:cadence set \"*\" --days N");
                }
                ServiceErrors.run("The cadence rule for " + tag, RULE_FIELDS, () -> health.removeCadenceRule(tag, Origin.SHELL));
                return "Removed the cadence rule for tag " + tag + "; its people now follow their other tags, or the rule for everyone";
            }
            default -> throw new CommandException("\"" + operands.get(0) + "\" is not an action: use list, set or remove;"
                    + " 'contacts:cadence --help' shows examples");
        }
    }

    private String set(String tag, CommandOptions opt) {
        List<CadenceRule> rules = health.cadenceRules();
        Optional<CadenceRule> existing = rules.stream().filter(r -> r.tag().equalsIgnoreCase(tag)).findFirst();
        Optional<CadenceRule> everyone = rules.stream().filter(r -> r.tag().equals(CadenceRule.DEFAULT)).findFirst();
        if (!opt.isSet("days") && !opt.isSet("in-person-days")) {
            throw new CommandException("say what to set: --days N, --in-person-days N, or both");
        }
        Integer days = opt.number("days", 1, 3650, existing.map(CadenceRule::days).orElse(null));
        if (days == null) throw new CommandException("a new rule needs --days N: how often to be in touch with the people tagged " + tag);
        int inPerson = opt.number("in-person-days", 1, 3650,
                existing.or(() -> everyone).map(CadenceRule::inPersonDays).orElse(365));
        CadenceRule stored = ServiceErrors.call("The cadence rule for " + tag, RULE_FIELDS,
                () -> health.setCadenceRule(new CadenceRule(tag, days, inPerson), Origin.SHELL));
        return (existing.isPresent() ? "Changed" : "Added") + " the cadence rule for " + describe(stored.tag()) + ": every "
                + Text.days(stored.days()) + ", in person every " + Text.days(stored.inPersonDays());
    }

    private String rules() {
        List<List<String>> rows = new ArrayList<>();
        for (CadenceRule r : health.cadenceRules()) {
            rows.add(List.of(describe(r.tag()), Text.days(r.days()), Text.days(r.inPersonDays())));
        }
        return Tables.table(List.of("TAG", "IN TOUCH EVERY", "IN PERSON EVERY"), rows)
                + "A person's own cadence beats these; among several tags, the shortest wins.";
    }

    private static String describe(String tag) {
        return CadenceRule.DEFAULT.equals(tag) ? "* (everyone)" : tag;
    }
}
