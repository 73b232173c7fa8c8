package io.meridian.workbench.internal.features;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureRepositoryTest {

    @Test
    void brokenFilesAreReportedAndTheOthersLoad(@TempDir Path home) throws Exception {
        Path system = Files.createDirectories(home.resolve("system"));
        Files.writeString(system.resolve("lib.jar"), "");
        Path features = Files.createDirectories(home.resolve("features"));
        Files.writeString(features.resolve("good.json"), "{\"description\": \"fine\", \"bundles\": [{\"artifact\": \"lib\", \"startLevel\": 20}]}");
        Files.writeString(features.resolve("syntax.json"), "{\n \"bundles\": [\n");
        Files.writeString(features.resolve("nojar.json"), "{\"bundles\": [{\"artifact\": \"missing\"}]}");
        Files.writeString(features.resolve("badreq.json"), "{\"requires\": [\"nowhere\"], \"bundles\": []}");
        Files.writeString(features.resolve("wrongid.json"), "{\"id\": \"other\", \"bundles\": []}");

        FeatureRepository repository = FeatureRepository.load(features, system, new ObjectMapper());

        assertEquals(java.util.Set.of("good"), repository.features().keySet());
        assertEquals(20, repository.features().get("good").bundles().get(0).startLevel());
        assertEquals(4, repository.problems().size());
        String all = repository.problems().toString();
        assertTrue(all.contains("syntax.json line 3"), all);
        assertTrue(all.contains("nojar.json, bundles[0]: \"artifact\": system/missing.jar does not exist"), all);
        assertTrue(all.contains("feature 'nowhere' does not exist"), all);
        assertTrue(all.contains("the file name says 'wrongid'"), all);
    }
}
