package io.meridian.workbench.internal.prefs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CfgFileTest {

    @TempDir
    Path etc;

    private static Properties read(Path file) throws Exception {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void changedKeyIsRewrittenInPlaceAndCommentsAndOrderStay() throws Exception {
        Path file = etc.resolve("io.meridian.crm.cfg");
        Files.write(file, List.of("# the largest upload we accept", "maxFileMegabytes = 2048", "", "# kept as it is", "other = x"));
        CfgFile.apply(file, Map.of("maxFileMegabytes", "512"));
        assertEquals(List.of("# the largest upload we accept", "maxFileMegabytes = 512", "", "# kept as it is", "other = x"),
                Files.readAllLines(file));
    }

    @Test
    void keySetBackToItsDefaultIsRemovedAndANewKeyGoesAtTheEnd() throws Exception {
        Path file = etc.resolve("p.cfg");
        Files.write(file, List.of("a = 1", "b = 2"));
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("a", null);
        changes.put("c", "3");
        CfgFile.apply(file, changes);
        assertEquals(List.of("b = 2", "c = 3"), Files.readAllLines(file));
    }

    @Test
    void valuesThatNeedEscapingReadBackAsWritten() throws Exception {
        Path file = etc.resolve("p.cfg");
        String awkward = "C:\\data\\meridian = \"x\" # not a comment\nsecond line, ünïcode";
        CfgFile.apply(file, Map.of("path", awkward, "key with=sign", "v"));
        Properties p = read(file);
        assertEquals(awkward, p.getProperty("path"));
        assertEquals("v", p.getProperty("key with=sign"));
    }

    @Test
    void aValueContinuedOverSeveralLinesIsReplacedWhole() throws Exception {
        Path file = etc.resolve("p.cfg");
        Files.write(file, List.of("list = one, \\", "    two, \\", "    three", "after = y"));
        CfgFile.apply(file, Map.of("list", "four"));
        assertEquals(List.of("list = four", "after = y"), Files.readAllLines(file));
    }

    @Test
    void aNewFileStartsWithASentenceSayingWhoWroteIt() throws Exception {
        Path file = etc.resolve("new.cfg");
        CfgFile.apply(file, Map.of("homeCountry", "DE"));
        List<String> lines = Files.readAllLines(file);
        assertTrue(lines.get(0).startsWith("# Written by Meridian's Preferences"), lines.toString());
        assertEquals("DE", read(file).getProperty("homeCountry"));
        try (var files = Files.list(etc)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file is left behind");
        }
    }
}
