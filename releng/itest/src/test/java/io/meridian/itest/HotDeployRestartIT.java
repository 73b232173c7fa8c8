package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hot deploy across a restart: a bundle jar that stays in plugins/ while the workbench is
 * stopped and started again is still tied to its file, so deleting the file afterwards
 * uninstalls the bundle, as it does within one run. A rejected (non-bundle) jar kept across
 * the restart is reported again and forgotten when deleted.
 */
class HotDeployRestartIT {

    @TempDir
    Path folder;

    @Test
    void jarKeptAcrossARestartIsUninstalledWhenDeletedAfterIt() throws Exception {
        try (RunningWorkbench workbench = RunningWorkbench.start(folder)) {
            Path jar = TestBundles.write(workbench.home.resolve("plugins/kept.jar"), Map.of(
                    "Bundle-SymbolicName", "test.kept", "Bundle-Version", "1.0.0"));
            Path junk = workbench.home.resolve("plugins/junk.jar");
            Files.writeString(junk, "this is not a zip file");
            RunningWorkbench.await("test.kept ACTIVE", 10, () -> isActive(workbench.bundle("test.kept")));
            RunningWorkbench.await("junk.jar reported", 10, () ->
                    workbench.getJson("/api/v1/health").path("rejectedPlugins").has("junk.jar"));

            int exit = workbench.stop();
            assertTrue(exit == 0 || exit == 143, "exit code after SIGTERM: " + exit);
            workbench.start();
            RunningWorkbench.await("test.kept ACTIVE after the restart", 10, () -> isActive(workbench.bundle("test.kept")));
            RunningWorkbench.await("junk.jar reported after the restart", 10, () ->
                    workbench.getJson("/api/v1/health").path("rejectedPlugins").has("junk.jar"));

            Files.delete(jar);
            RunningWorkbench.await("test.kept uninstalled after its jar was deleted", 10,
                    () -> workbench.bundle("test.kept") == null);
            Files.delete(junk);
            RunningWorkbench.await("junk.jar forgotten after it was deleted", 10, () ->
                    !workbench.getJson("/api/v1/health").path("rejectedPlugins").has("junk.jar"));
        }
    }

    private static boolean isActive(JsonNode bundle) {
        return bundle != null && "ACTIVE".equals(bundle.path("state").asText());
    }
}
