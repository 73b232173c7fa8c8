package io.meridian.contacts.internal.shell;

import io.meridian.api.shell.CommandException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command's usage text parses, and --help answers before any service is touched. */
class HelpTest {

    private static Map<String, Function<String[], String>> commands() {
        PeopleCommands people = new PeopleCommands(null, null, null);
        RelationshipCommands relationships = new RelationshipCommands(null, null, null);
        PromiseCommands promises = new PromiseCommands(null, null);
        PrivacyCommands privacy = new PrivacyCommands(null);
        HealthCommands health = new HealthCommands(null, null);
        OrganisationCommands organisations = new OrganisationCommands(null);
        Map<String, Function<String[], String>> commands = new LinkedHashMap<>();
        commands.put("add", people::add);
        commands.put("list", people::list);
        commands.put("show", people::show);
        commands.put("edit", people::edit);
        commands.put("log", relationships::log);
        commands.put("promise", promises::promise);
        commands.put("trust", relationships::trust);
        commands.put("intro", relationships::intro);
        commands.put("path", relationships::path);
        commands.put("export", privacy::export);
        commands.put("erase", privacy::erase);
        commands.put("history", privacy::history);
        commands.put("health", health::health);
        commands.put("cadence", health::cadence);
        commands.put("org", organisations::org);
        return commands;
    }

    @Test
    void everyCommandPrintsItsUsageWithOptionsAndAnExample() {
        commands().forEach((name, command) -> {
            String help = command.apply(new String[]{"--help"});
            assertTrue(help.contains("Usage: contacts:" + name), help);
            assertTrue(help.contains("-? --help"), help);
            assertTrue(help.contains("Example"), "contacts:" + name + " has no example:\n" + help);
            for (String line : help.lines().toList()) {
                if (line.startsWith("  contacts:")) {
                    assertTrue(line.startsWith("  contacts:" + name + " "), "an example of another command: " + line);
                }
            }
        });
    }

    @Test
    void anUnknownOptionNamesItsCommand() {
        commands().forEach((name, command) -> {
            CommandException e = assertThrows(CommandException.class, () -> command.apply(new String[]{"--nonsense-option"}));
            assertEquals("contacts:" + name + ": invalid option '--nonsense-option'; 'contacts:" + name + " --help' shows the options",
                    e.getMessage());
        });
    }
}
