package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contacts shell commands as a user types them, through {@code bin/meridian run '...'}
 * against a running workbench: adding people with every option, finding, showing and editing
 * them, what happens with them, trust, introductions and paths, export, erasure, help, errors
 * that name the option, and data that outlives a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactsShellIT {

    private static final Pattern ID = Pattern.compile("with id ([0-9a-f-]{36})");
    private static final Pattern SHORT_ID = Pattern.compile("\\(id ([0-9a-f]{8})\\)");
    private static final List<String> COMMANDS = List.of("add", "list", "show", "edit", "log", "promise", "trust", "intro", "path",
            "export", "erase", "history", "health", "cadence", "org");

    @TempDir
    Path folder;
    RunningWorkbench workbench;
    String anna;
    String bruno;
    String carla;
    String dave;
    String erik;
    final LocalDate today = LocalDate.now();

    @BeforeAll
    void start(@TempDir Path home) throws Exception {
        workbench = RunningWorkbench.start(home);
        workbench.requireFeature("contacts", "io.meridian.contacts");
        RunningWorkbench.await("the contacts commands answer", 60, () -> workbench.cli("run", "contacts:list").exitCode() == 0);
    }

    @AfterAll
    void stop() throws Exception {
        workbench.close();
    }

    @Test
    @Order(1)
    void addTakesEveryFieldAndPrintsTheNewId() throws Exception {
        String added = ok("contacts:add --given Anna --family Schmidt --country DE --subdivision DE-BY --tz Europe/Berlin"
                + " --org \"Acme GmbH\" --create-org --title CFO --lang de --lang en-GB --email work:anna@acme.example"
                + " --email anna@example.com --phone \"mobile:+49 151 23456789\" --channel email --channel in_person"
                + " --hours 09:00-17:30 --tag partner --tag board --note \"prefers mornings\" --field shoe-size=38"
                + " --birthday 1980-04-23 --owner jonas --external hubspot=5121 --cadence 21 --in-person-cadence 120");
        assertTrue(added.startsWith("Added Anna Schmidt (Acme GmbH) with id "), added);
        assertTrue(added.contains("Created organisation Acme GmbH"), added);
        anna = id(added);
        bruno = id(ok("contacts:add --given Kenji --family Sato --country JP --tz Asia/Tokyo --birthday --04-23 --tag partner"
                + " --org \"acme gmbh\" --phone \"03-1234-5678\""));
        carla = id(ok("contacts:add --given Carla --family Rossi --country IT --org Globex --create-org --email carla@globex.example"));
        dave = id(ok("contacts:add --given Dave --family Miller --country US --org Initech --create-org --tag prospect"));
        erik = id(ok("contacts:add --given Erik --family Berg --country SE"));

        RunningWorkbench.CommandResult unknownOrg = run("contacts:add --given Fay --org Hooli");
        assertEquals(1, unknownOrg.exitCode());
        assertTrue(unknownOrg.err().contains("--org: there is no organisation named \"Hooli\": add --create-org"), unknownOrg.err());
    }

    @Test
    @Order(2)
    void listFiltersSortsAndPagesWithShortIds() throws Exception {
        String all = ok("contacts:list");
        assertTrue(all.lines().findFirst().orElseThrow().matches("ID\\s+NAME\\s+ORGANISATION\\s+COUNTRY\\s+HEALTH\\s+LAST CONTACT.*"), all);
        assertTrue(all.contains(anna.substring(0, 8) + "  Anna Schmidt"), all);
        assertTrue(all.contains("Sato Kenji"), "family name first in Japan: " + all);
        assertTrue(all.contains("never"), all);
        assertTrue(all.contains("Showing 1–5 of 5 people."), all);

        String germans = ok("contacts:list --country de");
        assertTrue(germans.contains("Anna Schmidt") && !germans.contains("Sato Kenji"), germans);
        String partners = ok("contacts:list --tag partner");
        assertTrue(partners.contains("Anna Schmidt") && partners.contains("Sato Kenji") && !partners.contains("Carla"), partners);
        String globex = ok("contacts:list --org globex");
        assertTrue(globex.contains("Carla Rossi") && globex.contains("Showing 1–1 of 1 person."), globex);
        String text = ok("contacts:list acme");
        assertTrue(text.contains("Anna Schmidt") && text.contains("Sato Kenji") && !text.contains("Dave"), text);

        String firstPage = ok("contacts:list --sort name --limit 2");
        assertEquals(List.of("Anna Schmidt", "Carla Rossi"), names(firstPage));
        assertTrue(firstPage.contains("Showing 1–2 of 5 people. Next page: add --offset 2"), firstPage);
        assertEquals(List.of("Dave Miller", "Erik Berg"), names(ok("contacts:list --sort name --limit 2 --offset 2")));
        assertEquals(List.of("Sato Kenji", "Erik Berg"), names(ok("contacts:list --sort name --desc --limit 2")));
        assertEquals(0, run("contacts:list --sort due").exitCode());

        RunningWorkbench.CommandResult badSort = run("contacts:list --sort age");
        assertEquals(1, badSort.exitCode());
        assertTrue(badSort.err().contains("--sort: \"age\" is not a sort order"), badSort.err());
    }

    @Test
    @Order(3)
    void showPrintsThePersonWithEverything() throws Exception {
        String shown = ok("contacts:show \"Anna Schmidt\"");
        assertTrue(shown.startsWith("Anna Schmidt  (id " + anna + ")"), shown);
        for (String expected : List.of("CFO at Acme GmbH", "DE (Germany), DE-BY", "Europe/Berlin, now ", "working hours 09:00-17:30",
                "de, en-GB", "anna@acme.example (work), anna@example.com", "+4915123456789 (mobile)", "email, in_person",
                "1980-04-23, ", " years old, ", "partner, board", "jonas", "every 21 days, in person every 120 days (their own)",
                "shoe-size: 38", "hubspot 5121", "prefers mornings", "Health ", "recency", "Last interactions", "Open commitments",
                "Trust", "Introductions")) {
            assertTrue(shown.contains(expected), "show lacks \"" + expected + "\":\n" + shown);
        }
        String kenji = ok("contacts:show " + bruno.substring(0, 6));
        assertTrue(kenji.contains("--04-23, next in") || kenji.contains("--04-23, today"), kenji);
        assertTrue(kenji.contains("+81312345678"), "a local number is stored in E.164 for the person's country: " + kenji);

        RunningWorkbench.CommandResult ambiguous = run("contacts:show a");
        assertEquals(1, ambiguous.exitCode());
        assertTrue(ambiguous.err().contains("matches") && ambiguous.err().contains(anna.substring(0, 8) + "  Anna Schmidt  Acme GmbH"),
                ambiguous.err());
    }

    @Test
    @Order(4)
    void editChangesOnlyTheOptionsGiven() throws Exception {
        String edited = ok("contacts:edit " + anna.substring(0, 8) + " --title \"Chief Executive\" --clear birthday --tag partner");
        assertTrue(edited.startsWith("Updated Anna Schmidt (title, tag, cleared birthday), now version 2"), edited);
        String shown = ok("contacts:show " + anna);
        assertTrue(shown.contains("Chief Executive at Acme GmbH"), shown);
        assertFalse(shown.contains("Birthday"), shown);
        assertTrue(shown.contains("Tags           partner\n"), shown);
        assertTrue(shown.contains("anna@acme.example (work)") && shown.contains("hubspot 5121"), "untouched fields stay: " + shown);

        RunningWorkbench.CommandResult nothing = run("contacts:edit " + anna);
        assertEquals(1, nothing.exitCode());
        assertTrue(nothing.err().contains("nothing to change"), nothing.err());
    }

    @Test
    @Order(5)
    void logRecordsAnInPersonVisit() throws Exception {
        String at = today.minusDays(3) + "T14:00";
        String logged = ok("contacts:log anna --channel in_person --at " + at + " --direction out Lunch at Borchardt, talked about the tender");
        assertTrue(logged.startsWith("Logged in_person interaction with Anna Schmidt on " + today.minusDays(3) + " 14:00"), logged);
        ok("contacts:log anna --channel email --direction in --at " + today.minusDays(1) + " Sent the tender documents");
        String listed = ok("contacts:log anna");
        assertTrue(listed.indexOf("Sent the tender documents") < listed.indexOf("Lunch at Borchardt"), "newest first: " + listed);
        String shown = ok("contacts:show anna");
        assertTrue(shown.contains(at.replace('T', ' ') + "  in_person  you   Lunch at Borchardt, talked about the tender"), shown);
        assertTrue(shown.contains("Last contact   1 day ago; in person 3 days ago"), shown);
        assertTrue(ok("contacts:list --country DE").contains("1 day ago"));
    }

    @Test
    @Order(6)
    void promiseIsRecordedDoneAndDelayed() throws Exception {
        String proposal = shortId(ok("contacts:promise anna --due " + today.plusDays(7) + " Send the revised proposal"));
        String reference = shortId(ok("contacts:promise anna --due " + today.plusDays(3) + " --by them Send a reference"));
        String done = ok("contacts:promise anna --done " + proposal + " --on " + today);
        assertTrue(done.startsWith("Done: \"Send the revised proposal\" (Anna Schmidt) on " + today + ", on time"), done);
        String delayed = ok("contacts:promise --delay " + reference + " --new-due " + today.plusDays(10));
        assertTrue(delayed.contains("now due " + today.plusDays(10) + " (was " + today.plusDays(3) + ")"), delayed);
        String listed = ok("contacts:promise anna");
        assertTrue(listed.contains(reference + "  they") && listed.contains(today.plusDays(10) + " (was " + today.plusDays(3) + ")"), listed);
        assertTrue(listed.contains(proposal + "  you") && listed.contains("done " + today + ", on time"), listed);

        RunningWorkbench.CommandResult again = run("contacts:promise anna --done " + proposal);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("--done: the commitment is already done"), again.err());
    }

    @Test
    @Order(7)
    void trustTwiceShowsTheTrend() throws Exception {
        ok("contacts:trust anna --openness 3 --competence 4 --respect 3 --rapport 3 --on " + today.minusDays(60));
        String second = ok("contacts:trust anna --openness 4 --competence 5 --respect 4 --rapport 4 --note \"delivered early\"");
        assertTrue(second.contains("4.25 on " + today) && second.contains("rising from 3.25 on " + today.minusDays(60)), second);
        String history = ok("contacts:trust anna");
        assertTrue(history.contains(today.minusDays(60) + "  3.25") && history.contains(today + "  4.25"), history);
        assertTrue(history.contains("delivered early"), history);
        String shown = ok("contacts:show anna");
        assertTrue(shown.contains("rising from 3.25"), shown);

        RunningWorkbench.CommandResult partial = run("contacts:trust anna --openness 4");
        assertEquals(1, partial.exitCode());
        assertTrue(partial.err().contains("missing: --competence, --respect, --rapport"), partial.err());
    }

    @Test
    @Order(8)
    void introductionsMakeAWarmPath() throws Exception {
        String intro = ok("contacts:intro " + bruno + " --by anna --on " + today.minusDays(100) + " --note \"Hannover fair\"");
        assertEquals("Recorded: Anna Schmidt introduced Sato Kenji to you on " + today.minusDays(100) + " (Hannover fair)", intro.strip());
        ok("contacts:trust kenji --openness 4 --competence 4 --respect 4 --rapport 4");
        ok("contacts:intro dave --by carla --to kenji");

        String path = ok("contacts:path dave --min-trust 3.5");
        assertTrue(path.startsWith("You → Sato Kenji (trust 4.0") && path.contains(" → Dave Miller"), path);
        assertTrue(path.contains("1 introduction; the least trusted link scores 4.0."), path);
        String viaOrganisation = ok("contacts:path Initech");
        assertTrue(viaOrganisation.contains("→ Dave Miller"), viaOrganisation);
        String none = ok("contacts:path dave --min-trust 4.5");
        assertTrue(none.startsWith("No warm path to Dave Miller"), none);
        assertTrue(ok("contacts:intro kenji").contains("Anna Schmidt introduced Sato Kenji to you"));
    }

    @Test
    @Order(9)
    void historyHealthCadenceAndOrganisations() throws Exception {
        String history = ok("contacts:history anna");
        assertTrue(history.contains("person       updated  title, tags, birthday"), history);
        assertTrue(history.contains("interaction  created") && history.contains("shell"), history);

        String health = ok("contacts:health anna");
        assertTrue(health.startsWith("Anna Schmidt: Health "), health);
        for (String factor : List.of("recency", "in_person", "commitments", "trust")) assertTrue(health.contains(factor), health);

        assertEquals("Added the cadence rule for prospect: every 10 days, in person every 60 days",
                ok("contacts:cadence set prospect --days 10 --in-person-days 60").strip());
        String rules = ok("contacts:cadence");
        assertTrue(rules.contains("* (everyone)  30 days") && rules.contains("prospect      10 days         60 days"), rules);
        assertTrue(ok("contacts:show dave").contains("every 10 days, in person every 60 days (from their tags"));
        ok("contacts:cadence remove prospect");
        assertFalse(ok("contacts:cadence").contains("prospect"));

        assertTrue(ok("contacts:org add Umbrella --country GB --website umbrella.example").startsWith("Added organisation Umbrella"));
        String organisations = ok("contacts:org list");
        assertTrue(organisations.contains("Acme GmbH") && organisations.contains("Umbrella") && organisations.contains("of 4."), organisations);
        String acme = ok("contacts:org show acme gmbh");
        assertTrue(acme.contains("People (2)") && acme.contains("Anna Schmidt") && acme.contains("Sato Kenji"), acme);
    }

    @Test
    @Order(10)
    void exportWritesPrettyJsonWithIsoDates() throws Exception {
        Path file = folder.resolve("anna.json");
        String exported = ok("contacts:export anna --out " + file);
        assertTrue(exported.startsWith("Exported Anna Schmidt to " + file + ": 2 interactions, 2 commitments, 2 trust assessments, 1 introduction"),
                exported);
        String text = Files.readString(file);
        assertTrue(text.startsWith("{\n  \""), "pretty printed: " + text.substring(0, Math.min(200, text.length())));
        JsonNode json = RunningWorkbench.JSON.readTree(text);
        assertEquals(anna, json.path("person").path("id").asText());
        assertEquals("Anna Schmidt", json.path("person").path("displayName").asText());
        assertEquals("Chief Executive", json.path("person").path("fields").path("title").asText());
        assertEquals("Acme GmbH", json.path("organisation").path("name").asText());
        assertEquals(2, json.path("interactions").size());
        assertEquals("IN_PERSON", json.path("interactions").get(1).path("channel").asText());
        assertEquals(2, json.path("commitments").size());
        assertEquals(2, json.path("trust").size());
        assertTrue(json.path("exportedAt").isTextual() && json.path("exportedAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"),
                "instants as ISO text: " + json.path("exportedAt"));
        assertEquals(today.toString(), json.path("trust").get(1).path("assessedOn").asText());
        assertTrue(json.path("history").size() >= 5, json.path("history").toString());

        RunningWorkbench.CommandResult again = run("contacts:export anna --out " + file);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("exists: name another file, or add --force"), again.err());
        assertEquals(anna, RunningWorkbench.JSON.readTree(ok("contacts:export anna")).path("person").path("id").asText());
    }

    @Test
    @Order(11)
    void eraseNeedsYesAndLeavesOnlyATombstone() throws Exception {
        ok("contacts:log erik --channel call --at " + today.minusDays(2) + " Introductory call");
        RunningWorkbench.CommandResult refused = run("contacts:erase erik");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("not erased: this would erase Erik Berg, id " + erik + ", and what is held about them: 1 interaction"),
                refused.err());
        assertTrue(refused.err().contains("Add --yes to erase."), refused.err());
        ok("contacts:show " + erik);

        String erased = ok("contacts:erase erik --yes");
        assertTrue(erased.startsWith("Erased Erik Berg"), erased);
        RunningWorkbench.CommandResult gone = run("contacts:show " + erik);
        assertEquals(1, gone.exitCode());
        assertTrue(gone.err().contains("contact " + erik + " was erased on ") && gone.err().contains("(from shell)"), gone.err());
        assertEquals(1, run("contacts:show erik").exitCode());
    }

    @Test
    @Order(12)
    void everyCommandExplainsItselfWithHelp() throws Exception {
        for (String command : COMMANDS) {
            String help = ok("contacts:" + command + " --help");
            assertTrue(help.contains("Usage: contacts:" + command), help);
            assertTrue(help.contains("-? --help"), help);
            assertTrue(help.contains("Example"), "contacts:" + command + " --help has no example:\n" + help);
        }
        assertTrue(ok("contacts:add --help").contains("--in-person-cadence=DAYS"));
    }

    @Test
    @Order(13)
    void badInputExitsNonZeroNamingTheOption() throws Exception {
        RunningWorkbench.CommandResult country = run("contacts:add --given Fay --family Wong --country XX");
        assertNotEquals(0, country.exitCode());
        assertTrue(country.err().contains("Fay Wong was not saved:\n  --country: \"XX\" is not an ISO 3166-1 country code"), country.err());

        RunningWorkbench.CommandResult phone = run("contacts:add --given Fay --country DE --phone 12 --email fay@example.com");
        assertNotEquals(0, phone.exitCode());
        assertTrue(phone.err().contains("--phone (1st): \"12\" is not a valid phone number for DE"), phone.err());

        RunningWorkbench.CommandResult several = run("contacts:edit anna --email nonsense --hours late --birthday 1980-02-30");
        assertNotEquals(0, several.exitCode());
        assertTrue(several.err().contains("--hours: ") && several.err().contains("--birthday: "), several.err());

        RunningWorkbench.CommandResult typo = run("contacts:log anna --chanel call");
        assertNotEquals(0, typo.exitCode());
        assertTrue(typo.err().contains("invalid option '--chanel' (did you mean --channel?)"), typo.err());

        RunningWorkbench.CommandResult future = run("contacts:log anna --channel call --at " + today.plusDays(5));
        assertNotEquals(0, future.exitCode());
        assertTrue(future.err().contains("--at: "), future.err());
        assertEquals(4, names(ok("contacts:list")).size(), "nothing was added by the failed commands");
    }

    @Test
    @Order(14)
    void everythingSurvivesARestart() throws Exception {
        int exit = workbench.stop();
        assertTrue(exit == 0 || exit == 143, "SIGTERM ends the workbench cleanly, exit code " + exit);
        workbench.start();
        RunningWorkbench.await("the contacts commands answer", 60, () -> workbench.cli("run", "contacts:list").exitCode() == 0);
        String shown = ok("contacts:show anna");
        assertTrue(shown.contains("Chief Executive at Acme GmbH"), shown);
        assertTrue(shown.contains("Lunch at Borchardt") && shown.contains("rising from 3.25"), shown);
        assertTrue(shown.contains("Anna Schmidt introduced Sato Kenji to you"), shown);
        assertEquals(List.of("Anna Schmidt", "Carla Rossi", "Dave Miller", "Sato Kenji"), names(ok("contacts:list")));
        assertTrue(run("contacts:show " + erik).err().contains("was erased"));
    }

    private RunningWorkbench.CommandResult run(String command) throws Exception {
        return workbench.cli("run", command);
    }

    /** Runs a command that must succeed, and returns what it printed. */
    private String ok(String command) throws Exception {
        RunningWorkbench.CommandResult result = run(command);
        assertEquals(0, result.exitCode(), command + "\nstdout: " + result.out() + "\nstderr: " + result.err());
        return result.out();
    }

    private static String id(String output) {
        Matcher m = ID.matcher(output);
        assertTrue(m.find(), output);
        return m.group(1);
    }

    private static String shortId(String output) {
        Matcher m = SHORT_ID.matcher(output);
        assertTrue(m.find(), output);
        return m.group(1);
    }

    /** The names column of a contacts:list table, in order. */
    private static List<String> names(String table) {
        List<String> lines = table.lines().toList();
        int from = lines.get(0).indexOf("NAME");
        int to = lines.get(0).indexOf("ORGANISATION");
        return lines.subList(1, lines.size()).stream().filter(l -> !l.startsWith("Showing") && l.length() > from)
                .map(l -> l.substring(from, Math.min(to, l.length())).strip()).toList();
    }
}
