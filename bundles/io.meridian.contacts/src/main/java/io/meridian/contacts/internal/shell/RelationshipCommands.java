package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Direction;
import io.meridian.api.contacts.Health;
import io.meridian.api.contacts.Interaction;
import io.meridian.api.contacts.Introduction;
import io.meridian.api.contacts.IntroductionPath;
import io.meridian.api.contacts.NewInteraction;
import io.meridian.api.contacts.Origin;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.RelationshipHealth;
import io.meridian.api.contacts.RelationshipService;
import io.meridian.api.contacts.TrustAssessment;
import io.meridian.api.shell.CommandException;
import io.meridian.api.shell.ShellCommand;
import io.meridian.support.shell.Tables;
import io.meridian.support.shell.CommandOptions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** {@code contacts:log|trust|intro|path}: what happens between the user and a person, and who can introduce whom. */
@Component(service = RelationshipCommands.class, property = {
        ShellCommand.SCOPE + "=contacts",
        ShellCommand.FUNCTION + "=log", ShellCommand.FUNCTION + "=trust",
        ShellCommand.FUNCTION + "=intro", ShellCommand.FUNCTION + "=path"})
public final class RelationshipCommands {

    private static final String[] LOG = {
            "contacts:log - record an interaction with a person, or list the latest ones",
            "Usage: contacts:log PERSON --channel CHANNEL [--at WHEN] [--direction in|out] [SUMMARY...]",
            "       contacts:log PERSON [--limit N]    (without --channel: list the latest interactions)",
            "PERSON is an id, its first 6+ characters, or a name in quotes; SUMMARY is the rest of the line.",
            "  --channel=CHANNEL          email, call, video, message, meeting or in_person",
            "  --at=WHEN                  when it happened, in your time zone: 2026-11-20T14:00, or a date",
            "                             (the start of that day), today or yesterday; default: now",
            "  --direction=WHO            out (you reached out) or in (they did); default: out",
            "  --limit=N                  how many to list, 1 to 500; default: 20",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:log \"Anna Schmidt\" --channel in_person --at 2026-11-20T14:00 Lunch at Borchardt, talked about the tender"};
    private static final String[] TRUST = {
            "contacts:trust - assess how far you trust a person, or show the assessments and their trend",
            "Usage: contacts:trust PERSON --openness N --competence N --respect N --rapport N [--note TEXT] [--on DATE]",
            "       contacts:trust PERSON    (without scores: the history, oldest first, and the trend)",
            "Each criterion runs from 1 (low) to 5 (high); the trust score is their mean.",
            "  --openness=N               they share information freely",
            "  --competence=N             they can deliver",
            "  --respect=N                they honour your time and position",
            "  --rapport=N                you share values",
            "  --note=TEXT                why, in a few words",
            "  --on=DATE                  the day of the assessment: 2026-11-20, today; default: today",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:trust \"Anna Schmidt\" --openness 4 --competence 5 --respect 4 --rapport 3 --note \"delivered the pilot early\""};
    private static final String[] INTRO = {
            "contacts:intro - record who introduced a person, to you or to someone else; or list their introductions",
            "Usage: contacts:intro INTRODUCED --by INTRODUCER [--to PERSON] [--on DATE] [--note TEXT]",
            "       contacts:intro PERSON    (without --by: the introductions the person took part in)",
            "Each person is an id, its first 6+ characters, or a name or email that matches one person.",
            "  --by=INTRODUCER            who made the introduction",
            "  --to=PERSON                who they were introduced to; default: you",
            "  --on=DATE                  when: 2026-11-20, today; default: today",
            "  --note=TEXT                the occasion, in a few words",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:intro \"Carol Jones\" --by \"Bob Meyer\" --on 2026-03-02 --note \"Hannover fair\""};
    private static final String[] PATH = {
            "contacts:path - the best chain of warm introductions from you to a person, or to anyone at an organisation",
            "Usage: contacts:path PERSON|ORGANISATION [--min-trust SCORE]",
            "The path with the fewest introductions wins; among those, the one whose least trusted link is trusted most.",
            "  --min-trust=SCORE          ask only people whose latest trust score is at least SCORE (1.0 to 5.0); default: 3.0",
            "  -? --help                  show this help",
            "Example:",
            "  contacts:path \"Globex Corporation\" --min-trust 3.5"};
    private static final Map<String, String> LOG_FIELDS = Map.of("channel", "--channel", "at", "--at", "direction", "--direction",
            "summary", "SUMMARY");
    private static final Map<String, String> TRUST_FIELDS = Map.of("openness", "--openness", "competence", "--competence",
            "respect", "--respect", "rapport", "--rapport", "note", "--note", "on", "--on", "assessedOn", "--on");
    private static final Map<String, String> INTRO_FIELDS = Map.of("introducerId", "--by", "introducedId", "INTRODUCED",
            "toId", "--to", "on", "--on", "note", "--note");
    private static final List<String> CRITERIA = List.of("openness", "competence", "respect", "rapport");

    private final ContactService contacts;
    private final RelationshipService relationships;
    private final RelationshipHealth health;
    private final ContactRef refs;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public RelationshipCommands(@Reference ContactService contacts, @Reference RelationshipService relationships,
                                @Reference RelationshipHealth health) {
        this.contacts = contacts;
        this.relationships = relationships;
        this.health = health;
        this.refs = new ContactRef(contacts);
    }

    public String log(String... args) {
        CommandOptions opt = CommandOptions.parse(LOG, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON (in quotes when it has spaces)");
        Person person = refs.person(opt.operands().get(0));
        if (!opt.isSet("channel")) {
            if (opt.operands().size() > 1 || opt.isSet("at") || opt.isSet("direction")) {
                throw new CommandException("--channel is missing: say how you were in touch, one of email, call, video, message,"
                        + " meeting or in_person");
            }
            return interactions(person, opt.number("limit", 1, 500, 20));
        }
        Channel channel;
        try {
            channel = PersonOptions.channel(opt.text("channel"));
        } catch (IllegalArgumentException e) {
            throw new CommandException("--channel: " + e.getMessage());
        }
        Instant at = opt.moment("at", clock.getZone(), clock.instant());
        Direction direction = direction(opt.text("direction"));
        String summary = String.join(" ", opt.operands().subList(1, opt.operands().size()));
        Interaction logged = ServiceErrors.call("The interaction with " + person.displayName(), LOG_FIELDS,
                () -> relationships.logInteraction(person.id(), new NewInteraction(channel, at, direction,
                        summary.isBlank() ? null : summary), Origin.SHELL));
        Health now = health.health(person.id());
        return "Logged " + PersonOptions.channelName(logged.channel()) + " interaction with " + person.displayName() + " on "
                + Text.dateTime(logged.at(), clock.getZone()) + (direction == Direction.INBOUND ? ", they reached out" : ", you reached out")
                + ". " + PersonSheet.healthHeadline(now);
    }

    public String trust(String... args) {
        CommandOptions opt = CommandOptions.parse(TRUST, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON to assess");
        Person person = refs.person(opt.joinedOperands());
        List<String> missing = CRITERIA.stream().filter(c -> !opt.isSet(c)).toList();
        if (missing.size() == CRITERIA.size()) {
            if (opt.isSet("note") || opt.isSet("on")) {
                throw new CommandException("give all four scores with --note or --on: --openness, --competence, --respect and --rapport");
            }
            return trustHistory(person);
        }
        if (!missing.isEmpty()) {
            throw new CommandException("an assessment needs all four scores; missing: --" + String.join(", --", missing)
                    + " (each 1 to 5)");
        }
        int[] scores = CRITERIA.stream().mapToInt(c -> opt.number(c, 1, 5, null)).toArray();
        LocalDate on = opt.date("on", LocalDate.now(clock), LocalDate.now(clock));
        ServiceErrors.call("The assessment of " + person.displayName(), TRUST_FIELDS, () -> relationships.assessTrust(person.id(),
                scores[0], scores[1], scores[2], scores[3], opt.text("note"), on, Origin.SHELL));
        List<TrustAssessment> history = relationships.trustHistory(person.id());
        return "Trust in " + person.displayName() + ": " + PersonSheet.latestTrust(history);
    }

    public String intro(String... args) {
        CommandOptions opt = CommandOptions.parse(INTRO, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the person who was INTRODUCED");
        Person introduced = refs.person(opt.joinedOperands());
        if (!opt.isSet("by")) {
            if (opt.isSet("to") || opt.isSet("on") || opt.isSet("note")) {
                throw new CommandException("--by is missing: name who made the introduction");
            }
            List<Introduction> all = relationships.introductions(introduced.id());
            if (all.isEmpty()) return introduced.displayName() + " has no introductions recorded; record one with --by INTRODUCER";
            StringBuilder text = new StringBuilder();
            all.forEach(i -> text.append(PersonSheet.introduction(i, this::nameOf)).append('\n'));
            return text.toString();
        }
        Person introducer = refs.person(opt.text("by"));
        Person to = opt.isSet("to") ? refs.person(opt.text("to")) : null;
        LocalDate on = opt.date("on", LocalDate.now(clock), LocalDate.now(clock));
        Introduction recorded = ServiceErrors.call("The introduction of " + introduced.displayName(), INTRO_FIELDS,
                () -> relationships.recordIntroduction(introducer.id(), introduced.id(), to == null ? null : to.id(), on,
                        opt.text("note"), Origin.SHELL));
        return "Recorded: " + PersonSheet.introduction(recorded, this::nameOf);
    }

    public String path(String... args) {
        CommandOptions opt = CommandOptions.parse(PATH, args);
        if (opt.help()) return opt.usage();
        opt.expectOperands(1, Integer.MAX_VALUE, "the PERSON or ORGANISATION to reach");
        ContactRef.Target target = refs.personOrOrganisation(opt.joinedOperands());
        double minTrust = opt.decimal("min-trust", 1.0, 5.0, 3.0);
        Optional<IntroductionPath> path = ServiceErrors.call("The path", Map.of("minTrust", "--min-trust"),
                () -> relationships.pathTo(target.id(), minTrust));
        if (path.isEmpty()) {
            return "No warm path to " + target.name() + " through people you trust at least " + Text.score(minTrust)
                    + ". Lower --min-trust, assess trust with contacts:trust, or record introductions with contacts:intro.";
        }
        StringBuilder chain = new StringBuilder("You");
        for (IntroductionPath.Step step : path.get().steps()) {
            List<String> about = new ArrayList<>();
            if (step.trust() != null) about.add("trust " + Text.score(step.trust()));
            if (step.how() != null && !step.how().isBlank()) about.add(step.how());
            chain.append(" → ").append(step.displayName()).append(about.isEmpty() ? "" : " (" + String.join(", ", about) + ")");
        }
        int introductions = Math.max(0, path.get().steps().size() - 1);
        String last = path.get().steps().get(path.get().steps().size() - 1).displayName();
        return chain + "\n" + (introductions == 0 ? "You know " + last + " directly" + (target.organisation() ? ", at " + target.name() : "") + "."
                : introductions + (introductions == 1 ? " introduction" : " introductions") + "; the least trusted link scores "
                + Text.score(path.get().weakestTrust()) + ".");
    }

    private String interactions(Person person, int limit) {
        List<Interaction> latest = relationships.interactions(person.id(), limit);
        if (latest.isEmpty()) return "No interactions with " + person.displayName() + " yet; log one with --channel";
        List<List<String>> rows = new ArrayList<>();
        for (Interaction i : latest) {
            rows.add(List.of(Text.dateTime(i.at(), clock.getZone()), PersonOptions.channelName(i.channel()),
                    i.direction() == Direction.INBOUND ? "them" : "you", i.origin().name().toLowerCase(Locale.ROOT), Text.orDash(i.summary())));
        }
        return Tables.table(List.of("WHEN", "CHANNEL", "FROM", "RECORDED BY", "SUMMARY"), rows);
    }

    private String trustHistory(Person person) {
        List<TrustAssessment> history = relationships.trustHistory(person.id());
        if (history.isEmpty()) {
            return person.displayName() + " has not been assessed yet; add the four scores, see contacts:trust --help";
        }
        List<List<String>> rows = new ArrayList<>();
        for (TrustAssessment t : history) {
            rows.add(Stream.of(t.assessedOn().toString(), Text.score(t.score()), Integer.toString(t.openness()),
                    Integer.toString(t.competence()), Integer.toString(t.respect()), Integer.toString(t.rapport()),
                    Text.orDash(t.note())).toList());
        }
        return Tables.table(List.of("ON", "SCORE", "OPENNESS", "COMPETENCE", "RESPECT", "RAPPORT", "NOTE"), rows)
                + "Latest: " + PersonSheet.latestTrust(history);
    }

    private String nameOf(UUID id) {
        return contacts.find(id).map(Person::displayName).orElse("someone since erased");
    }

    private static Direction direction(String text) {
        if (text == null) return Direction.OUTBOUND;
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "in", "inbound" -> Direction.INBOUND;
            case "out", "outbound" -> Direction.OUTBOUND;
            default -> throw new CommandException("--direction: \"" + text + "\" is not a direction: use out (you reached out)"
                    + " or in (they did)");
        };
    }
}
