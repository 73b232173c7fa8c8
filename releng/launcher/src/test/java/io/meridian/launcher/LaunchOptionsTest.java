package io.meridian.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchOptionsTest {

    private static final Path DEFAULT_DATA = Path.of("/opt/meridian/data");

    @Test
    void noArgumentsStartsWithTheDefaults() throws Exception {
        LaunchOptions options = LaunchOptions.parse(List.of(), DEFAULT_DATA);
        assertEquals(LaunchOptions.Action.START, options.action());
        assertEquals(DEFAULT_DATA, options.dataDir());
        assertEquals(LaunchOptions.DEFAULT_PORT, options.port());
        assertTrue(!options.headless());
        assertTrue(!options.demo());
    }

    @Test
    void demoAsksForTheDemoBookAndAMisspellingIsNamed() throws Exception {
        assertTrue(LaunchOptions.parse(List.of("--headless", "--demo"), DEFAULT_DATA).demo());
        LaunchException e = assertThrows(LaunchException.class,
                () -> LaunchOptions.parse(List.of("--dmeo"), DEFAULT_DATA));
        assertTrue(e.getMessage().contains("did you mean --demo?"), e.getMessage());
    }

    @Test
    void flagsAcceptSeparateAndEqualsValues() throws Exception {
        LaunchOptions options = LaunchOptions.parse(List.of("--data=/tmp/x", "--port", "0", "--headless"), DEFAULT_DATA);
        assertEquals(Path.of("/tmp/x"), options.dataDir());
        assertEquals(0, options.port());
        assertTrue(options.headless());
    }

    @Test
    void runJoinsTheRestIntoOneCommand() throws Exception {
        LaunchOptions options = LaunchOptions.parse(List.of("--data", "/d", "run", "feature:install", "search-engine"), DEFAULT_DATA);
        assertEquals(LaunchOptions.Action.RUN, options.action());
        assertEquals("feature:install search-engine", options.command().orElseThrow());
    }

    @Test
    void unknownFlagIsAUsageErrorWithASuggestion() {
        LaunchException e = assertThrows(LaunchException.class, () -> LaunchOptions.parse(List.of("--dta", "/x"), DEFAULT_DATA));
        assertEquals(LaunchException.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("unknown option '--dta' (did you mean --data?)"), e.getMessage());
    }

    @Test
    void suggestionIsTheClosestFlagOrNone() {
        LaunchException typo = assertThrows(LaunchException.class, () -> LaunchOptions.parse(List.of("--hepl"), DEFAULT_DATA));
        assertTrue(typo.getMessage().contains("(did you mean --help?)"), typo.getMessage());
        LaunchException far = assertThrows(LaunchException.class, () -> LaunchOptions.parse(List.of("--verbose"), DEFAULT_DATA));
        assertTrue(far.getMessage().startsWith("unknown option '--verbose'\n"), far.getMessage());
    }

    @Test
    void portOutsideTheRangeOrNotANumberIsRefused() {
        for (String bad : List.of("65536", "-1", "http", "")) {
            LaunchException e = assertThrows(LaunchException.class, () -> LaunchOptions.parse(List.of("--port=" + bad), DEFAULT_DATA));
            assertTrue(e.getMessage().contains("is not a port number"), e.getMessage());
        }
    }

    @Test
    void flagWithoutItsValueSaysWhatIsExpected() {
        LaunchException e = assertThrows(LaunchException.class, () -> LaunchOptions.parse(List.of("--data"), DEFAULT_DATA));
        assertTrue(e.getMessage().contains("--data needs a value"), e.getMessage());
    }

    @Test
    void runWithoutACommandIsAUsageError() {
        LaunchException e = assertThrows(LaunchException.class, () -> LaunchOptions.parse(List.of("run", " "), DEFAULT_DATA));
        assertEquals(LaunchException.USAGE, e.exitCode());
    }
}
