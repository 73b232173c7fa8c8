package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills the workbench with SIGKILL while a client writes contacts and interactions as fast as
 * it can, three times over, and checks after each restart that the database opens cleanly and
 * holds every write the client saw acknowledged. A write the server committed but could not answer
 * before it died is allowed to be there or not; nothing more than was sent may appear.
 */
class CrashIT {

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        try (RunningWorkbench workbench = RunningWorkbench.start(folder)) {
            Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
            for (int round = 0; round < 3; round++) {
                int before = acknowledged.size();
                CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeUntilRefused(workbench, acknowledged));
                RunningWorkbench.await("writes acknowledged in round " + round, 60, () -> acknowledged.size() >= before + 30);
                ProcessHandle process = ProcessHandle.of(workbench.pid()).orElseThrow();
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                writer.get(60, TimeUnit.SECONDS);
                workbench.start();
                assertTrue(workbench.output().stream().noneMatch(line -> line.startsWith("ERROR")),
                        "restart after kill -9 in round " + round + ": " + workbench.output());
                for (Map.Entry<String, Integer> write : new ArrayList<>(acknowledged.entrySet())) {
                    HttpResponse<String> person = workbench.send(workbench.request("/api/v1/contacts/" + write.getKey()).GET());
                    assertEquals(200, person.statusCode(), "acknowledged contact " + write.getKey() + " is gone: " + person.body());
                    JsonNode interactions = RunningWorkbench.JSON.readTree(workbench.send(
                            workbench.request("/api/v1/contacts/" + write.getKey() + "/interactions").GET()).body());
                    // the write in flight when the process died may or may not have committed; none acknowledged may be lost
                    int stored = sizeOf(interactions);
                    assertTrue(stored >= write.getValue() && stored <= 1,
                            "interactions of " + write.getKey() + " after round " + round + ": " + stored
                                    + " stored, " + write.getValue() + " acknowledged, at most 1 sent");
                }
            }
        }
    }

    private static int sizeOf(JsonNode interactions) {
        return interactions.isArray() ? interactions.size() : interactions.path("items").size();
    }

    /** Creates contacts, each with one interaction, until the server stops answering; records what was acknowledged. */
    private static void writeUntilRefused(RunningWorkbench workbench, Map<String, Integer> acknowledged) {
        try {
            for (int i = 0; ; i++) {
                String body = "{\"givenName\":\"Crash\",\"familyName\":\"Test " + i + "\",\"country\":\"DE\",\"tags\":[\"crash\"]}";
                HttpResponse<String> created = workbench.send(workbench.request("/api/v1/contacts")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
                if (created.statusCode() != 201) throw new AssertionError("create → " + created.statusCode() + " " + created.body());
                String id = RunningWorkbench.JSON.readTree(created.body()).path("id").asText();
                acknowledged.put(id, 0);
                String interaction = "{\"channel\":\"call\",\"at\":\"" + Instant.now().minusSeconds(60) + "\",\"direction\":\"outbound\"}";
                HttpResponse<String> logged = workbench.send(workbench.request("/api/v1/contacts/" + id + "/interactions")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(interaction)));
                if (logged.statusCode() != 201) throw new AssertionError("log → " + logged.statusCode() + " " + logged.body());
                acknowledged.put(id, 1);
            }
        } catch (IOException | InterruptedException killed) {
            // the server died mid-request: that write was never acknowledged
        }
    }
}
