package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Team mode: two workbenches share one PostgreSQL server, configured in etc/; a backup taken
 * from the server restores into a personal, embedded H2 workbench.
 */
class TeamModeIT {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path folder;

    @Test
    void twoWorkbenchesShareOneServerAndABackupMovesToTheEmbeddedDatabase() throws Exception {
        try (RunningWorkbench alice = teamWorkbench(folder.resolve("alice"));
             RunningWorkbench bob = teamWorkbench(folder.resolve("bob"))) {
            String info = alice.cli("run", "store:info").out();
            assertTrue(info.contains("open: PostgreSQL at postgresql://127.0.0.1:"), info);
            assertTrue(info.contains("io.meridian.contacts"), info);

            JsonNode created = json(alice.send(post(alice, "/api/v1/contacts",
                    "{\"givenName\":\"Kenji\",\"familyName\":\"Tanaka\",\"country\":\"JP\",\"timeZone\":\"Asia/Tokyo\"}")), 201);
            String id = created.path("id").asText();
            assertEquals("Tanaka Kenji", created.path("displayName").asText());

            JsonNode seenByBob = bob.getJson("/api/v1/contacts/" + id);
            assertEquals("Tanaka Kenji", seenByBob.path("displayName").asText());
            long version = seenByBob.path("version").asLong();
            json(bob.send(patch(bob, "/api/v1/contacts/" + id, "{\"version\":" + version + ",\"title\":\"Buyer\"}")), 200);
            HttpResponse<String> stale = alice.send(patch(alice, "/api/v1/contacts/" + id, "{\"version\":" + version + ",\"title\":\"CEO\"}"));
            assertEquals(409, stale.statusCode(), stale.body());
            assertEquals("Buyer", alice.getJson("/api/v1/contacts/" + id).path("title").asText());

            alice.stop();
            alice.start();
            assertEquals("Buyer", alice.getJson("/api/v1/contacts/" + id).path("title").asText(), "after a restart");

            Path backup = folder.resolve("team-backup.zip");
            RunningWorkbench.CommandResult saved = alice.cli("run", "store:backup " + backup);
            assertEquals(0, saved.exitCode(), saved.err());

            try (RunningWorkbench personal = RunningWorkbench.start(folder.resolve("personal"))) {
                assertTrue(personal.cli("run", "store:info").out().contains("open: H2"));
                RunningWorkbench.CommandResult restored = personal.cli("run", "store:restore " + backup);
                assertEquals(0, restored.exitCode(), restored.out() + restored.err());
                JsonNode moved = personal.getJson("/api/v1/contacts/" + id);
                assertEquals("Buyer", moved.path("title").asText());
                assertEquals("Tanaka Kenji", moved.path("displayName").asText());
            }
        }
    }

    @Test
    void anUnreachableServerIsExplainedAndRemovingItsConfigurationFallsBackLive() throws Exception {
        try (RunningWorkbench workbench = RunningWorkbench.install(folder.resolve("unreachable"))) {
            Path config = workbench.home.resolve("etc/io.meridian.store.cfg");
            Files.writeString(config, "url = jdbc:postgresql://127.0.0.1:1/meridian\nuser = kim\npassword = x\n");
            Files.writeString(workbench.home.resolve("etc/io.meridian.features.cfg"), "features = contacts, postgresql\n");
            workbench.start();
            String diag = workbench.cli("run", "diag io.meridian.contacts").out();
            assertTrue(diag.contains("Root cause: component io.meridian.contacts.internal.ContactStore needs a io.meridian.api.store.Database"
                    + " service"), diag);
            assertTrue(diag.contains("io.meridian.store reports: the database is not open: cannot open postgresql://127.0.0.1:1/meridian"
                    + " as kim: Connection refused"), diag);
            RunningWorkbench.CommandResult list = workbench.cli("run", "contacts:list");
            assertEquals(1, list.exitCode());
            assertTrue(list.err().contains("contacts:list is not available now"), list.err());

            Files.delete(config);
            RunningWorkbench.await("the embedded database after the configuration is gone", 30,
                    () -> workbench.cli("run", "contacts:list").exitCode() == 0);
            assertTrue(workbench.cli("run", "store:info").out().contains("open: H2"));
        }
    }

    private static RunningWorkbench teamWorkbench(Path home) throws Exception {
        RunningWorkbench workbench = RunningWorkbench.install(home);
        Files.writeString(workbench.home.resolve("etc/io.meridian.store.cfg"), "url = " + POSTGRES.jdbcUrl() + "\nuser = " + POSTGRES.user()
                + "\npassword = " + POSTGRES.password() + "\n");
        Files.writeString(workbench.home.resolve("etc/io.meridian.features.cfg"), "features = contacts, postgresql\n");
        workbench.start();
        RunningWorkbench.await("the contacts routes on PostgreSQL", 60,
                () -> workbench.send(workbench.request("/api/v1/contacts").GET()).statusCode() == 200);
        return workbench;
    }

    private static HttpRequest.Builder post(RunningWorkbench w, String path, String body) {
        return w.request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder patch(RunningWorkbench w, String path, String body) {
        return w.request(path).header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(body));
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        return RunningWorkbench.JSON.readTree(response.body());
    }
}
