package io.meridian.workbench.internal.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigurationFileGuardTest {

    @Test
    void wellFormedFileHasNoProblem(@TempDir Path etc) throws Exception {
        Path file = Files.writeString(etc.resolve("good.cfg"), "# comment\nname = Zoë\npath = C:\\\\data\nlong = a, \\\n  b\n");
        assertTrue(ConfigurationFileGuard.problem(file).isEmpty());
    }

    @Test
    void badEscapeIsReportedWithItsLineAndAFix(@TempDir Path etc) throws Exception {
        Path file = Files.writeString(etc.resolve("bad.cfg"), "a = 1\nb = 2, \\\n  3\nc = \\u00zz\n");
        String problem = ConfigurationFileGuard.problem(file).orElseThrow();
        assertTrue(problem.startsWith("etc/bad.cfg line 4: "), problem);
        assertTrue(problem.contains("write \\\\ for a backslash"), problem);
    }

    @Test
    void fileThatIsNotUtf8IsReported(@TempDir Path etc) throws Exception {
        Path file = Files.write(etc.resolve("latin1.cfg"), new byte[] {'a', '=', (byte) 0xE9, '\n'});
        assertEquals("etc/latin1.cfg is not UTF-8 text: save it as UTF-8", ConfigurationFileGuard.problem(file).orElseThrow());
    }
}
