package io.meridian.itest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bin/meridian without a running workbench: flags, bad input, and short-lived runs. */
class CommandLineIT {

    @TempDir
    Path folder;

    @Test
    void runWithoutAWorkbenchUsesAShortLivedFramework() throws Exception {
        RunningWorkbench installation = RunningWorkbench.install(folder);
        RunningWorkbench.CommandResult list = installation.cli("run", "feature:list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("core") && list.out().contains("installed"), list.out());
        RunningWorkbench.CommandResult failing = installation.cli("run", "feature:info nope");
        assertEquals(1, failing.exitCode());
        assertTrue(failing.err().contains("no feature 'nope'"), failing.err());
        RunningWorkbench.CommandResult typo = installation.cli("run", "echo ${x");
        assertEquals(1, typo.exitCode());
        assertTrue(typo.err().contains("the command does not parse"), typo.err());
        assertFalse(typo.err().contains("ERROR ["), "a typo is not logged as a fault: " + typo.err());
    }

    @Test
    void helpAndVersionAnswerWithoutStartingAnything() throws Exception {
        RunningWorkbench installation = RunningWorkbench.install(folder);
        RunningWorkbench.CommandResult help = installation.cli("--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: meridian [--data DIR] [--port N] [--headless]"), help.out());
        RunningWorkbench.CommandResult version = installation.cli("--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().matches("Meridian \\d+\\.\\d+\\.\\d+.*\\R"), version.out());
        assertFalse(Files.exists(installation.data.resolve("cache")), "nothing was started");
    }

    @Test
    void unknownFlagIsAUsageErrorNamingTheFlag() throws Exception {
        RunningWorkbench installation = RunningWorkbench.install(folder);
        RunningWorkbench.CommandResult result = installation.cli("--prot", "9000");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("unknown option '--prot' (did you mean --port?)"), result.err());
    }

    @Test
    void busyPortFailsAtOnceWithAClearMessage() throws Exception {
        RunningWorkbench installation = RunningWorkbench.install(folder);
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            RunningWorkbench.CommandResult result = installation.cli("--headless", "--port", Integer.toString(busy.getLocalPort()));
            assertEquals(1, result.exitCode());
            assertTrue(result.err().contains("port " + busy.getLocalPort() + " on 127.0.0.1 is already in use"), result.err());
        }
    }

    @Test
    void dataDirectoryThatCannotBeCreatedIsReported() throws Exception {
        RunningWorkbench installation = RunningWorkbench.install(folder);
        Path file = folder.resolve("a-file");
        Files.writeString(file, "not a directory");
        // The last --data wins: cli() puts the installation's own first.
        RunningWorkbench.CommandResult result = installation.cli("--data", file.resolve("data").toString(), "--headless");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("cannot use data directory"), result.err());
    }

    @Test
    void brokenCoreFeatureStopsTheStartWithItsPlaceAndChangesNothing() throws Exception {
        RunningWorkbench installation = RunningWorkbench.install(folder);
        Files.writeString(installation.home.resolve("features/core.json"), "{\n  \"bundles\": [\n    { \"artifact\": \"jline\", \"startLevel\": \"5\" }\n  ]\n}\n");
        RunningWorkbench.CommandResult result = installation.cli("run", "feature:list");
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("core.json, bundles[0]: \"startLevel\" must be a whole number"), result.err());
    }

    @Test
    void malformedFeatureFileIsNamedAndTheOthersStillLoad() throws Exception {
        RunningWorkbench installation = RunningWorkbench.install(folder);
        Files.writeString(installation.home.resolve("features/broken.json"), "{\n  \"bundles\": [\n    { \"artifact\": 42 \n  ]\n}\n");
        RunningWorkbench.CommandResult list = installation.cli("run", "feature:list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("search-engine"), list.out());
        assertTrue(list.out().contains("broken.json line 4"), list.out());
    }

}
