package io.meridian.itest;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench as a power user meets it: start, health, security, plugins, features, shell. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformIT {

    Path folder;
    RunningWorkbench workbench;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        this.folder = folder;
        workbench = RunningWorkbench.install(folder);
        // The feature tests install and remove search-engine, which the default culture feature would already require.
        Files.writeString(workbench.home.resolve("etc/io.meridian.features.cfg"), "features = contacts\n");
        workbench.start();
    }

    @AfterAll
    void stop() throws Exception {
        workbench.close();
    }

    @Test
    @Order(1)
    void healthListsEveryCoreBundleActive() throws Exception {
        JsonNode health = workbench.getJson("/api/v1/health");
        assertEquals("ok", health.path("status").asText(), health.toPrettyString());
        JsonNode core = RunningWorkbench.JSON.readTree(workbench.home.resolve("features/core.json").toFile());
        Set<String> active = new HashSet<>();
        for (JsonNode bundle : health.path("bundles")) {
            if ("ACTIVE".equals(bundle.path("state").asText())) active.add(bundle.path("symbolicName").asText());
        }
        int checked = 0;
        for (JsonNode entry : core.path("bundles")) {
            if (!entry.path("start").asBoolean(true)) continue;
            Path jar = workbench.home.resolve("system/" + entry.path("artifact").asText() + ".jar");
            String bsn;
            try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
                bsn = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].trim();
            }
            assertTrue(active.contains(bsn), bsn + " is not ACTIVE: " + health.toPrettyString());
            checked++;
        }
        assertTrue(checked > 25, "core.json lists the core bundles");
        assertEquals(0, health.path("unsatisfiedComponents").size());
    }

    @Test
    @Order(2)
    void workbenchFileIsReadableByTheOwnerOnly() throws Exception {
        Path file = workbench.data.resolve("workbench.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        JsonNode json = RunningWorkbench.JSON.readTree(file.toFile());
        assertEquals(workbench.pid(), json.path("pid").asLong());
        assertTrue(json.path("url").asText().startsWith("http://127.0.0.1:" + json.path("port").asInt()));
    }

    @Test
    @Order(3)
    void requestWithoutTokenIsRefusedWithJson() throws Exception {
        HttpResponse<String> response = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "api/v1/health")).GET());
        assertEquals(401, response.statusCode());
        assertEquals("unauthorized", RunningWorkbench.JSON.readTree(response.body()).path("error").asText());
        HttpResponse<String> wrong = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "api/v1/plugins"))
                .header("Authorization", "Bearer not-the-token").GET());
        assertEquals(401, wrong.statusCode());
    }

    @Test
    @Order(4)
    void foreignHostHeaderIsRefused() throws Exception {
        java.net.Socket socket = new java.net.Socket("127.0.0.1", workbench.port);
        try (socket) {
            socket.getOutputStream().write(("GET /api/v1/health HTTP/1.1\r\nHost: attacker.example:" + workbench.port
                    + "\r\nAuthorization: Bearer " + workbench.token + "\r\nConnection: close\r\n\r\n").getBytes());
            String answer = new String(socket.getInputStream().readAllBytes());
            assertTrue(answer.startsWith("HTTP/1.1 421"), answer);
            assertTrue(answer.contains("\"bad_host\""), answer);
        }
    }

    @Test
    @Order(4)
    void serverListensOnTheLoopbackAddressOnly() throws Exception {
        // The kernel's socket tables say where the port is bound, without sending anything anywhere.
        String port = String.format("%04X", workbench.port);
        java.util.List<String> listening = new java.util.ArrayList<>();
        for (String table : java.util.List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) continue;
            for (String line : Files.readAllLines(file)) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length > 3 && columns[1].endsWith(":" + port) && "0A".equals(columns[3])) listening.add(columns[1]);
            }
        }
        // 127.0.0.1 as an IPv4 socket, or as the IPv4-mapped address of a dual-stack one.
        java.util.Set<String> loopback = java.util.Set.of("0100007F:" + port, "0000000000000000FFFF00000100007F:" + port);
        assertFalse(listening.isEmpty(), "nothing listens on port " + workbench.port);
        assertTrue(loopback.containsAll(listening), "listening sockets on port " + workbench.port + ": " + listening);
    }

    @Test
    @Order(5)
    void openingThePrintedUrlSetsAnHttpOnlyCookieThatAuthorises() throws Exception {
        HttpResponse<String> landing = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "?token=" + workbench.token)).GET());
        assertEquals(303, landing.statusCode());
        String cookie = landing.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        HttpResponse<String> withCookie = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "api/v1/health"))
                .header("Cookie", cookie.split(";", 2)[0]).GET());
        assertEquals(200, withCookie.statusCode());
        HttpResponse<String> page = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url))
                .header("Cookie", cookie.split(";", 2)[0]).GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/ui/frame.js"), page.body());
        assertFalse(page.body().contains(workbench.token), "the page never shows the token");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        java.util.regex.Matcher meta = java.util.regex.Pattern.compile("name=\"meridian-csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertTrue(meta.find(), "the frame carries its anti-forgery value: " + page.body());
        String csrf = meta.group(1);
        HttpResponse<String> status = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "status"))
                .header("Cookie", cookie.split(";", 2)[0]).GET());
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("io.meridian.workbench"), "the script-free status page lists the bundles: " + status.body());
        assertTrue(cookie.startsWith("meridian_token_" + workbench.port + "="), cookie);

        HttpResponse<String> fromOtherLocalSite = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "api/v1/shell"))
                .header("Cookie", cookie.split(";", 2)[0]).header("Origin", "http://127.0.0.1:3000")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"command\":\"lb\"}")));
        assertEquals(403, fromOtherLocalSite.statusCode(), fromOtherLocalSite.body());
        HttpResponse<String> withoutCsrf = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "api/v1/shell"))
                .header("Cookie", cookie.split(";", 2)[0]).header("Origin", "http://127.0.0.1:" + workbench.port)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"command\":\"feature:list\"}")));
        assertEquals(403, withoutCsrf.statusCode(), withoutCsrf.body());
        assertTrue(withoutCsrf.body().contains("\"csrf\""), withoutCsrf.body());
        HttpResponse<String> wrongCsrf = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "api/v1/shell"))
                .header("Cookie", cookie.split(";", 2)[0]).header("Origin", "http://127.0.0.1:" + workbench.port)
                .header("X-Meridian-CSRF", csrf + "x")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"command\":\"feature:list\"}")));
        assertEquals(403, wrongCsrf.statusCode(), wrongCsrf.body());
        HttpResponse<String> fromOwnPage = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "api/v1/shell"))
                .header("Cookie", cookie.split(";", 2)[0]).header("Origin", "http://127.0.0.1:" + workbench.port)
                .header("X-Meridian-CSRF", csrf)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"command\":\"feature:list\"}")));
        assertEquals(200, fromOwnPage.statusCode(), fromOwnPage.body());

        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", workbench.port)) {
            socket.getOutputStream().write(("GET /api/v1/health?token=%zz HTTP/1.1\r\nHost: 127.0.0.1:" + workbench.port
                    + "\r\nConnection: close\r\n\r\n").getBytes());
            String answer = new String(socket.getInputStream().readAllBytes());
            assertTrue(answer.startsWith("HTTP/1.1 401"), "a broken escape is no token, and no crash: " + answer);
            assertTrue(answer.contains("\"unauthorized\""), answer);
        }
    }

    @Test
    @Order(6)
    void unknownRouteAndOversizedBodyAnswerJsonErrors() throws Exception {
        HttpResponse<String> missing = workbench.send(workbench.request("/api/v1/no-such-route").GET());
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", RunningWorkbench.JSON.readTree(missing.body()).path("error").asText());
        // Only the headers are sent: the server must refuse on the declared length, before reading the body.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", workbench.port)) {
            socket.getOutputStream().write(("POST /api/v1/shell HTTP/1.1\r\nHost: 127.0.0.1:" + workbench.port
                    + "\r\nAuthorization: Bearer " + workbench.token + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (2 << 20) + "\r\nConnection: close\r\n\r\n").getBytes());
            String answer = new String(socket.getInputStream().readAllBytes());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("\"too_large\""), answer);
        }
        HttpResponse<String> malformed = workbench.send(workbench.request("/api/v1/shell").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"command\": ")));
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("line 1"), malformed.body());
    }

    @Test
    @Order(6)
    void routeOfAnotherBundleThrowingApiExceptionIsAnsweredWithItsStatusAndJson() throws Exception {
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="test.refusing.route">
                  <implementation class="io.meridian.itest.bundles.RefusingRoute"/>
                  <service><provide interface="jakarta.servlet.Servlet"/></service>
                  <property name="osgi.http.whiteboard.servlet.pattern" value="/api/v1/test-refusing"/>
                </scr:component>
                """;
        TestBundles.write(workbench.home.resolve("plugins/refusing-route.jar"), Map.of(
                "Bundle-SymbolicName", "test.refusing.route", "Bundle-Version", "1.0.0",
                "Service-Component", "OSGI-INF/route.xml",
                "Import-Package", "jakarta.servlet,jakarta.servlet.http,io.meridian.api.rest"),
                Map.of("OSGI-INF/route.xml", component), io.meridian.itest.bundles.RefusingRoute.class);
        RunningWorkbench.await("the route answers", 10, () ->
                workbench.send(workbench.request("/api/v1/test-refusing").GET()).statusCode() != 404);
        HttpResponse<String> refused = workbench.send(workbench.request("/api/v1/test-refusing").GET());
        assertEquals(422, refused.statusCode(), refused.body());
        JsonNode body = RunningWorkbench.JSON.readTree(refused.body());
        assertEquals("unsupported_zone", body.path("error").asText());
        assertEquals("Mars/Olympus is not a time zone; use an IANA name such as Asia/Tokyo", body.path("detail").asText());
        Files.delete(workbench.home.resolve("plugins/refusing-route.jar"));
        RunningWorkbench.await("the route is gone", 10, () ->
                workbench.send(workbench.request("/api/v1/test-refusing").GET()).statusCode() == 404);
    }

    @Test
    @Order(7)
    void secondInstanceOnTheSameDataFailsAtOnceAndHarmsNothing() throws Exception {
        RunningWorkbench.CommandResult second = workbench.cli("--headless", "--port", "0");
        assertEquals(1, second.exitCode(), second.out() + second.err());
        assertTrue(second.err().contains("already running on data directory"), second.err());
        assertEquals("ok", workbench.getJson("/api/v1/health").path("status").asText());
        assertTrue(workbench.output().stream().noneMatch(line -> line.startsWith("ERROR")), "the refused second instance left no error in the running one: " + workbench.output());
    }

    @Test
    @Order(8)
    void droppedBundleIsActiveWithinFiveSecondsAndDeletingItUninstalls() throws Exception {
        Path jar = TestBundles.write(workbench.home.resolve("plugins/greeting.jar"), Map.of(
                "Bundle-SymbolicName", "test.greeting", "Bundle-Version", "1.0.0",
                "Bundle-Activator", "io.meridian.itest.bundles.GreetingActivator",
                "Import-Package", "org.osgi.framework"), io.meridian.itest.bundles.GreetingActivator.class);
        RunningWorkbench.await("test.greeting ACTIVE", 5, () -> {
            JsonNode b = workbench.bundle("test.greeting");
            return b != null && "ACTIVE".equals(b.path("state").asText());
        });
        assertEquals("plugin", workbench.bundle("test.greeting").path("origin").asText());

        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        TestBundles.write(workbench.home.resolve("plugins/greeting.jar.next"), Map.of(
                "Bundle-SymbolicName", "test.greeting", "Bundle-Version", "1.1.0",
                "Bundle-Activator", "io.meridian.itest.bundles.GreetingActivator",
                "Import-Package", "org.osgi.framework"), io.meridian.itest.bundles.GreetingActivator.class);
        Files.move(workbench.home.resolve("plugins/greeting.jar.next"), jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        RunningWorkbench.await("test.greeting updated to 1.1.0", 10, () -> {
            JsonNode b = workbench.bundle("test.greeting");
            return b != null && "1.1.0".equals(b.path("version").asText()) && "ACTIVE".equals(b.path("state").asText());
        });

        Files.delete(jar);
        RunningWorkbench.await("test.greeting uninstalled", 10, () -> workbench.bundle("test.greeting") == null);
    }

    @Test
    @Order(9)
    void bundleWithAMissingImportIsExplainedByDiagAndHealth() throws Exception {
        TestBundles.write(workbench.home.resolve("plugins/needs-missing.jar"), Map.of(
                "Bundle-SymbolicName", "test.needs.missing", "Bundle-Version", "1.0.0",
                "Import-Package", "com.example.absent;version=\"[2.0,3)\""));
        RunningWorkbench.await("test.needs.missing installed", 10, () -> workbench.bundle("test.needs.missing") != null);
        RunningWorkbench.CommandResult diag = workbench.cli("run", "diag test.needs.missing");
        assertEquals(0, diag.exitCode(), diag.err());
        assertTrue(diag.out().contains("Root cause: it needs package com.example.absent version [2.0.0,3.0.0)"), diag.out());
        assertTrue(diag.out().contains("No Meridian feature provides it"), diag.out());
        JsonNode health = workbench.getJson("/api/v1/health");
        assertEquals("degraded", health.path("status").asText());
        JsonNode bundle = workbench.bundle("test.needs.missing");
        assertFalse(bundle.path("healthy").asBoolean());
        assertTrue(bundle.path("problems").get(0).asText().contains("com.example.absent"));
        assertNotNull(workbench.bundle("io.meridian.workbench"));
        Files.delete(workbench.home.resolve("plugins/needs-missing.jar"));
        RunningWorkbench.await("test.needs.missing removed", 10, () -> workbench.bundle("test.needs.missing") == null);
    }

    @Test
    @Order(9)
    void diagNamesTheFeatureThatWouldProvideAMissingPackage() throws Exception {
        TestBundles.write(workbench.home.resolve("plugins/needs-lucene.jar"), Map.of(
                "Bundle-SymbolicName", "test.needs.lucene", "Bundle-Version", "1.0.0",
                "Import-Package", "org.apache.lucene.search;version=\"[9.12,10)\""));
        RunningWorkbench.await("test.needs.lucene installed", 10, () -> workbench.bundle("test.needs.lucene") != null);
        RunningWorkbench.CommandResult diag = workbench.cli("run", "diag test.needs.lucene");
        assertTrue(diag.out().contains("it needs package org.apache.lucene.search version [9.12.0,10.0.0)"), diag.out());
        assertTrue(diag.out().contains("Feature search-engine (bundle org.apache.lucene.meridian) provides it: "
                + "run 'feature:install search-engine'"), diag.out());
        Files.delete(workbench.home.resolve("plugins/needs-lucene.jar"));
        RunningWorkbench.await("test.needs.lucene removed", 10, () -> workbench.bundle("test.needs.lucene") == null);
    }

    @Test
    @Order(9)
    void componentWaitingForAServiceIsExplainedByDiagAndHealth() throws Exception {
        String component = """
                <?xml version="1.0" encoding="UTF-8"?>
                <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="test.planner" immediate="true">
                  <implementation class="io.meridian.itest.bundles.GreetingActivator"/>
                  <reference name="calendar" interface="io.meridian.api.calendar.HolidayCalendar" cardinality="1..1"/>
                </scr:component>
                """;
        TestBundles.write(workbench.home.resolve("plugins/planner.jar"), Map.of(
                "Bundle-SymbolicName", "test.planner", "Bundle-Version", "1.0.0",
                "Service-Component", "OSGI-INF/planner.xml",
                "Import-Package", "org.osgi.framework,io.meridian.api.calendar"),
                Map.of("OSGI-INF/planner.xml", component), io.meridian.itest.bundles.GreetingActivator.class);
        RunningWorkbench.await("test.planner active", 10, () -> {
            JsonNode b = workbench.bundle("test.planner");
            return b != null && "ACTIVE".equals(b.path("state").asText());
        });
        RunningWorkbench.CommandResult diag = workbench.cli("run", "diag test.planner");
        assertTrue(diag.out().contains("Root cause: component test.planner needs a io.meridian.api.calendar.HolidayCalendar "
                + "service (reference 'calendar') and none is registered."), diag.out());
        JsonNode health = workbench.getJson("/api/v1/health");
        assertEquals("degraded", health.path("status").asText());
        assertEquals("test.planner", health.path("unsatisfiedComponents").get(0).path("component").asText(), health.toPrettyString());
        Files.delete(workbench.home.resolve("plugins/planner.jar"));
        RunningWorkbench.await("test.planner removed", 10, () -> workbench.bundle("test.planner") == null);
    }

    @Test
    @Order(10)
    void bundleThatThrowsOnStartIsIsolatedAndExplained() throws Exception {
        TestBundles.write(workbench.home.resolve("plugins/failing.jar"), Map.of(
                "Bundle-SymbolicName", "test.failing", "Bundle-Version", "1.0.0",
                "Bundle-Activator", "io.meridian.itest.bundles.FailingActivator",
                "Import-Package", "org.osgi.framework"), io.meridian.itest.bundles.FailingActivator.class);
        RunningWorkbench.await("test.failing installed", 10, () -> workbench.bundle("test.failing") != null);
        HttpResponse<String> start = workbench.send(workbench.request("/api/v1/plugins/" + workbench.bundle("test.failing").path("id").asLong()
                + "/start").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(409, start.statusCode(), start.body());
        assertTrue(start.body().contains("region database missing"), start.body());
        RunningWorkbench.CommandResult diag = workbench.cli("run", "diag test.failing");
        assertTrue(diag.out().contains("Root cause: it failed to start: java.lang.IllegalStateException: region database missing"), diag.out());
        assertEquals("ACTIVE", workbench.bundle("io.meridian.workbench").path("state").asText());
        HttpResponse<String> delete = workbench.send(workbench.request("/api/v1/plugins/" + workbench.bundle("test.failing").path("id").asLong()).DELETE());
        assertEquals(204, delete.statusCode(), delete.body());
        assertFalse(Files.exists(workbench.home.resolve("plugins/failing.jar")));
        assertEquals(null, workbench.bundle("test.failing"));
    }

    @Test
    @Order(10)
    void jarThatIsNotABundleIsReportedAndTheRestKeepsRunning() throws Exception {
        Path junk = workbench.home.resolve("plugins/notes.jar");
        Files.writeString(junk, "this is not a zip file");
        RunningWorkbench.await("notes.jar reported", 10, () ->
                workbench.getJson("/api/v1/health").path("rejectedPlugins").has("notes.jar"));
        JsonNode health = workbench.getJson("/api/v1/health");
        assertTrue(health.path("rejectedPlugins").path("notes.jar").asText().contains("not a readable jar file"), health.toPrettyString());
        assertEquals("degraded", health.path("status").asText());
        RunningWorkbench.await("console names notes.jar", 5, () ->
                workbench.output().stream().anyMatch(line -> line.startsWith("ERROR") && line.contains("plugins/notes.jar is not installed")));
        Files.delete(junk);
        RunningWorkbench.await("notes.jar forgotten", 10, () ->
                !workbench.getJson("/api/v1/health").path("rejectedPlugins").has("notes.jar"));
    }

    @Test
    @Order(11)
    void uploadedBundleIsInstalledFromPlugins() throws Exception {
        Path jar = TestBundles.write(folder.resolve("upload.jar"), Map.of(
                "Bundle-SymbolicName", "test.uploaded", "Bundle-Version", "2.0.0",
                "Bundle-Activator", "io.meridian.itest.bundles.GreetingActivator",
                "Import-Package", "org.osgi.framework"), io.meridian.itest.bundles.GreetingActivator.class);
        HttpResponse<String> upload = workbench.send(workbench.request("/api/v1/plugins").header("Content-Type", "application/java-archive")
                .POST(HttpRequest.BodyPublishers.ofFile(jar)));
        assertEquals(202, upload.statusCode(), upload.body());
        RunningWorkbench.await("test.uploaded ACTIVE", 5, () -> {
            JsonNode b = workbench.bundle("test.uploaded");
            return b != null && "ACTIVE".equals(b.path("state").asText());
        });
        HttpResponse<String> notABundle = workbench.send(workbench.request("/api/v1/plugins").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString("just text")));
        assertEquals(400, notABundle.statusCode());
    }

    @Test
    @Order(12)
    void featureInstallAndUninstallThroughShellAndRest() throws Exception {
        RunningWorkbench.CommandResult dryRun = workbench.cli("run", "feature:install --dry-run search-engine");
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        assertTrue(dryRun.out().contains("Bundles to install: org.apache.lucene.meridian"), dryRun.out());
        assertEquals(null, workbench.bundle("org.apache.lucene.meridian"));

        HttpResponse<String> install = workbench.send(workbench.request("/api/v1/features/search-engine").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, install.statusCode(), install.body());
        assertEquals("ACTIVE", workbench.bundle("org.apache.lucene.meridian").path("state").asText());
        assertTrue(Files.readString(workbench.home.resolve("etc/io.meridian.features.cfg")).contains("search-engine"));

        HttpResponse<String> coreOverRest = workbench.send(workbench.request("/api/v1/features/core").DELETE());
        assertEquals(400, coreOverRest.statusCode(), coreOverRest.body());
        assertTrue(coreOverRest.body().contains("cannot be uninstalled"), coreOverRest.body());
        RunningWorkbench.CommandResult core = workbench.cli("run", "feature:uninstall core");
        assertEquals(1, core.exitCode());
        assertTrue(core.err().contains("cannot be uninstalled"), core.err());

        RunningWorkbench.CommandResult unknown = workbench.cli("run", "feature:install no-such-feature");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("no feature 'no-such-feature'"), unknown.err());
        assertTrue(unknown.err().contains("search-engine"), "names the known features: " + unknown.err());

        RunningWorkbench.CommandResult uninstall = workbench.cli("run", "feature:uninstall search-engine");
        assertEquals(0, uninstall.exitCode(), uninstall.err());
        assertEquals(null, workbench.bundle("org.apache.lucene.meridian"));
    }

    @Test
    @Order(12)
    void featureBringsTheFeaturesItRequiresAndProtectsThem() throws Exception {
        Files.writeString(workbench.home.resolve("features/knowledge-sample.json"), """
                {
                  "description": "A sample feature that needs the search engine",
                  "requires": ["search-engine"],
                  "bundles": []
                }
                """);
        RunningWorkbench.CommandResult plan = workbench.cli("run", "feature:install --dry-run knowledge-sample");
        assertTrue(plan.out().contains("Features to install: knowledge-sample, search-engine"), plan.out());

        assertEquals(0, workbench.cli("run", "feature:install knowledge-sample").exitCode());
        assertEquals("ACTIVE", workbench.bundle("org.apache.lucene.meridian").path("state").asText());
        RunningWorkbench.CommandResult refused = workbench.cli("run", "feature:uninstall search-engine");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("required by installed feature knowledge-sample; uninstall it first"), refused.err());

        RunningWorkbench.CommandResult removal = workbench.cli("run", "feature:uninstall knowledge-sample");
        assertTrue(removal.out().contains("Bundles to uninstall: org.apache.lucene.meridian"), removal.out());
        assertEquals(null, workbench.bundle("org.apache.lucene.meridian"));
        Files.delete(workbench.home.resolve("features/knowledge-sample.json"));
    }

    @Test
    @Order(13)
    void unknownCommandExitsNonZeroWithAMessage() throws Exception {
        RunningWorkbench.CommandResult result = workbench.cli("run", "no-such-command");
        assertNotEquals(0, result.exitCode());
        assertTrue(result.err().contains("Command not found: no-such-command"), result.err());
    }

    @Test
    @Order(14)
    void malformedConfigurationFileIsReportedWithItsLineAndRecoveredWhenFixed() throws Exception {
        Path cfg = workbench.home.resolve("etc/io.meridian.example.cfg");
        Files.writeString(cfg, "greeting = hello\nwindow = \\u12G4\n");
        RunningWorkbench.await("bad configuration reported", 10, () ->
                workbench.getJson("/api/v1/health").path("rejectedConfiguration").has("io.meridian.example.cfg"));
        String reason = workbench.getJson("/api/v1/health").path("rejectedConfiguration").path("io.meridian.example.cfg").asText();
        assertTrue(reason.startsWith("etc/io.meridian.example.cfg line 2: "), reason);
        RunningWorkbench.await("console names the file", 5, () -> workbench.output().stream()
                .anyMatch(line -> line.startsWith("ERROR") && line.contains("etc/io.meridian.example.cfg line 2")));
        Files.writeString(cfg, "greeting = hello\nwindow = 09:00-17:00\n");
        RunningWorkbench.await("fixed configuration loaded", 10, () -> {
            RunningWorkbench.CommandResult shown = workbench.cli("run", "(cm:getConfiguration io.meridian.example) properties");
            return shown.out().contains("09:00-17:00");
        });
        assertFalse(workbench.getJson("/api/v1/health").path("rejectedConfiguration").has("io.meridian.example.cfg"));
        Files.delete(cfg);
    }

    @Test
    @Order(15)
    void brokenCoreFeatureAtRuntimeChangesNothing() throws Exception {
        Path core = workbench.home.resolve("features/core.json");
        String good = Files.readString(core);
        try {
            Files.writeString(core, "{ \"bundles\": [ broken");
            RunningWorkbench.CommandResult refused = workbench.cli("run", "feature:install search-engine");
            assertEquals(1, refused.exitCode());
            assertTrue(refused.err().contains("features/core.json cannot be used"), refused.err());
            assertEquals("ACTIVE", workbench.bundle("org.apache.felix.http.jetty12").path("state").asText());
            assertEquals("ACTIVE", workbench.bundle("io.meridian.workbench").path("state").asText());
            assertEquals(null, workbench.bundle("org.apache.lucene.meridian"));
        } finally {
            Files.writeString(core, good);
        }
    }

    @Test
    @Order(20)
    void sigtermStopsCleanlyAndTheNextStartKeepsTheFeatureSelection() throws Exception {
        workbench.cli("run", "feature:install search-engine");
        int exit = workbench.stop();
        assertTrue(exit == 0 || exit == 143, "exit code " + exit);
        assertFalse(Files.exists(workbench.data.resolve("workbench.json")), "workbench.json is removed on shutdown");
        workbench.start();
        assertEquals("ACTIVE", workbench.bundle("org.apache.lucene.meridian").path("state").asText());
        JsonNode health = workbench.getJson("/api/v1/health");
        assertEquals("ok", health.path("status").asText(), health.toPrettyString());
        assertTrue(workbench.output().stream().noneMatch(line -> line.startsWith("ERROR")), "a clean restart: " + workbench.output());
    }

    @Test
    @Order(21)
    void killedWorkbenchRestartsWithItsStateIntact() throws Exception {
        ProcessHandle.of(workbench.pid()).orElseThrow().destroyForcibly();
        RunningWorkbench.await("process gone", 10, () -> ProcessHandle.of(workbench.pid()).map(p -> !p.isAlive()).orElse(true));
        assertTrue(Files.exists(workbench.data.resolve("workbench.json")), "kill -9 leaves the file behind");
        RunningWorkbench.CommandResult offline = workbench.cli("run", "feature:list");
        assertEquals(0, offline.exitCode(), "a stale workbench.json is ignored: " + offline.err());
        workbench.start();
        assertEquals("ACTIVE", workbench.bundle("org.apache.lucene.meridian").path("state").asText());
        assertEquals("ok", workbench.getJson("/api/v1/health").path("status").asText());
        assertTrue(workbench.output().stream().noneMatch(line -> line.startsWith("ERROR")), "restart after kill -9: " + workbench.output());
    }
}
