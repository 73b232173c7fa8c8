package io.meridian.itest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interactive shell in a real terminal: {@code script} (util-linux) gives bin/meridian a
 * pseudo-terminal, as a user's terminal window would, so JLine's line editing is in play.
 */
class InteractiveShellIT {

    @Test
    void promptCompletesCommandsAndShutdownStopsCleanly(@TempDir Path folder) throws Exception {
        RunningWorkbench installation = RunningWorkbench.install(folder);
        // Without a size the pseudo-terminal is 0 columns wide and JLine would clip the prompt.
        String command = "stty cols 120 rows 40; " + installation.home.resolve("bin/meridian") + " --data " + installation.data + " --port 0";
        Process terminal = new ProcessBuilder("script", "-qfec", command, "/dev/null").redirectErrorStream(true).start();
        StringBuffer screen = new StringBuffer();
        Thread reader = new Thread(() -> copy(terminal.getInputStream(), screen), "terminal-output");
        reader.setDaemon(true);
        reader.start();
        OutputStream keyboard = terminal.getOutputStream();
        try {
            RunningWorkbench.await("the prompt", 90, () -> screen.indexOf("meridian> ") >= 0);
            // Tab completes the unambiguous command name; a dumb terminal would send "feature:li" as typed.
            type(keyboard, "feature:li\t\r");
            RunningWorkbench.await("the feature table", 30, () -> screen.indexOf("FEATURE") >= 0 && screen.indexOf("search-engine") >= 0);
            assertFalse(screen.toString().contains("Command not found: feature:li"), screen.toString());
            type(keyboard, "shutdown\r");
            assertTrue(terminal.waitFor(60, TimeUnit.SECONDS), "shutdown stops the workbench: " + screen);
            assertEquals(0, terminal.exitValue(), screen.toString());
            assertFalse(Files.exists(installation.data.resolve("workbench.json")));
        } finally {
            terminal.destroyForcibly();
        }
    }

    private static void type(OutputStream keyboard, String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    private static void copy(InputStream in, StringBuffer screen) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the terminal closed
        }
    }
}
