package io.meridian.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoreFeatureTest {

    @Test
    void readsBundlesInOrderWithStartLevels(@TempDir Path home) throws Exception {
        Path system = Files.createDirectories(home.resolve("system"));
        Files.writeString(system.resolve("a.jar"), "");
        Files.writeString(system.resolve("b.jar"), "");
        Path feature = Files.writeString(home.resolve("core.json"),
                "{\"bundles\": [{\"artifact\": \"a\", \"startLevel\": 2}, {\"artifact\": \"b\", \"startLevel\": 5, \"start\": false}]}");
        CoreFeature core = CoreFeature.read(feature, system);
        assertEquals(2, core.bundles().size());
        assertEquals("a", core.bundles().get(0).artifact());
        assertEquals(2, core.bundles().get(0).startLevel());
        assertTrue(core.bundles().get(0).start());
        assertFalse(core.bundles().get(1).start());
    }

    @Test
    void malformedJsonNamesFileLineAndColumn(@TempDir Path home) throws Exception {
        Path feature = Files.writeString(home.resolve("core.json"), "{\n  \"bundles\": [\n    {\"artifact\" \"a\"}\n  ]\n}");
        LaunchException e = assertThrows(LaunchException.class, () -> CoreFeature.read(feature, home));
        assertTrue(e.getMessage().contains("core.json line 3"), e.getMessage());
    }

    @Test
    void missingJarNamesTheEntryAndTheJar(@TempDir Path home) throws Exception {
        Path feature = Files.writeString(home.resolve("core.json"), "{\"bundles\": [{\"artifact\": \"gone\"}]}");
        LaunchException e = assertThrows(LaunchException.class, () -> CoreFeature.read(feature, home));
        assertTrue(e.getMessage().contains("bundles[0]"), e.getMessage());
        assertTrue(e.getMessage().contains("gone.jar is missing"), e.getMessage());
    }
}
