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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CRM import on the real distribution, as a client and a shell user meet it: preview, dry run,
 * a multipart upload with a mapping, the report and the rejected rows as CSV, undo, bad input
 * answered with its reason, and an import killed with SIGKILL half-way that resumes at the next
 * start without a duplicate or a lost row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrmImportIT {

    static final Path FIXTURES = Path.of("../../bundles/io.meridian.crm/src/test/resources/fixtures");
    RunningWorkbench workbench;
    long dryRun;
    long real;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.start(folder);
        workbench.requireFeature("crm", "io.meridian.crm");
        RunningWorkbench.await("the import routes", 60, () -> workbench.send(workbench.request("/api/v1/import").GET()).statusCode() == 200);
    }

    @AfterAll
    void stop() throws Exception {
        workbench.close();
    }

    private HttpResponse<String> post(String path, byte[] body, String contentType) throws Exception {
        return workbench.send(workbench.request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private JsonNode waitForImport(long id) throws Exception {
        JsonNode[] last = new JsonNode[1];
        RunningWorkbench.await("import " + id + " finishes", 120, () -> {
            last[0] = workbench.getJson("/api/v1/import/" + id);
            String state = last[0].path("state").asText();
            return state.equals("done") || state.equals("failed") || state.equals("cancelled");
        });
        return last[0];
    }

    /** How many people there are, for the small numbers these tests deal in (the list counts exactly up to 200). */
    private long contacts() throws Exception {
        JsonNode page = workbench.getJson("/api/v1/contacts?limit=1");
        assertTrue(page.path("totalExact").asBoolean(), page.toString());
        return page.path("total").asLong();
    }

    @Test
    @Order(1)
    void aPreviewNamesTheExportItRecognisesAndWhereEachColumnGoes() throws Exception {
        HttpResponse<String> preview = post("/api/v1/import/preview?name=hubspot.csv", Files.readAllBytes(FIXTURES.resolve("hubspot.csv")), "text/csv");
        assertEquals(200, preview.statusCode(), preview.body());
        JsonNode body = RunningWorkbench.JSON.readTree(preview.body());
        assertEquals("hubspot", body.path("preset").asText());
        assertEquals("UTF-8, comma-separated", body.path("encoding").asText());
        assertEquals("externalId", body.path("columns").get(0).path("target").asText());
        assertEquals("custom:Lead Status", body.path("columns").get(7).path("target").asText());
        assertEquals("Zoë", body.path("samples").get(0).path("givenName").asText());
    }

    @Test
    @Order(2)
    void aDryRunReportsAndWritesNothing() throws Exception {
        HttpResponse<String> started = post("/api/v1/import?dryRun=true&name=hubspot.csv", Files.readAllBytes(FIXTURES.resolve("hubspot.csv")), "text/csv");
        assertEquals(202, started.statusCode(), started.body());
        dryRun = RunningWorkbench.JSON.readTree(started.body()).path("id").asLong();
        assertTrue(started.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/import/" + dryRun));
        JsonNode done = waitForImport(dryRun);
        assertEquals("done", done.path("state").asText(), done.toPrettyString());
        assertEquals(10, done.path("counts").path("created").asLong());
        assertEquals(0, contacts());
    }

    @Test
    @Order(3)
    void aMultipartUploadWithAMappingImportsAndItsReportAndRejectedRowsCanBeRead() throws Exception {
        String boundary = "----meridian" + UUID.randomUUID();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        part(form, boundary, "file", "bad-ragged.csv", Files.readAllBytes(FIXTURES.resolve("bad-ragged.csv")));
        part(form, boundary, "mapping", null, "{\"columns\": {\"Lead Status\": \"tags\"}}".getBytes(StandardCharsets.UTF_8));
        form.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> started = post("/api/v1/import", form.toByteArray(), "multipart/form-data; boundary=" + boundary);
        assertEquals(202, started.statusCode(), started.body());
        real = RunningWorkbench.JSON.readTree(started.body()).path("id").asLong();
        JsonNode done = waitForImport(real);
        assertEquals("done", done.path("state").asText(), done.toPrettyString());
        assertEquals(3, done.path("counts").path("created").asLong());
        assertEquals(3, done.path("counts").path("rejected").asLong());
        assertEquals("rejected", done.path("report").path("entries").get(0).path("kind").asText());
        assertEquals(3, done.path("report").path("entries").get(0).path("line").asLong());
        JsonNode people = workbench.getJson("/api/v1/contacts?q=kwame");
        assertEquals("[\"new\"]", people.path("items").get(0).path("tags").toString(), "Lead Status mapped to tags: " + people);

        HttpResponse<String> errors = workbench.send(workbench.request("/api/v1/import/" + real + "/errors.csv").GET());
        assertEquals(200, errors.statusCode());
        assertTrue(errors.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String[] lines = errors.body().split("\r\n");
        assertEquals(4, lines.length, errors.body());
        assertTrue(lines[1].startsWith("3,,\"has 7 cells"), lines[1]);
    }

    private static void part(ByteArrayOutputStream form, String boundary, String name, String file, byte[] content) throws IOException {
        form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file + "\"") + "\r\nContent-Type: "
                + (file == null ? "application/json" : "text/csv") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.write(content);
        form.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Order(4)
    void undoTakesTheImportBackOnceAndRefusesASecondTime() throws Exception {
        assertEquals(3, contacts());
        HttpResponse<String> export = workbench.send(workbench.request("/api/v1/export?format=json").GET());
        assertEquals(200, export.statusCode(), export.body());
        JsonNode exported = RunningWorkbench.JSON.readTree(export.body());
        assertEquals("meridian-contacts", exported.path("format").asText());
        assertEquals(3, exported.path("people").size());
        HttpResponse<String> undone = workbench.send(workbench.request("/api/v1/import/" + real + "/undo").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, undone.statusCode(), undone.body());
        assertEquals("undone", RunningWorkbench.JSON.readTree(undone.body()).path("state").asText());
        assertEquals(0, contacts());
        HttpResponse<String> again = workbench.send(workbench.request("/api/v1/import/" + real + "/undo").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("was undone already"), again.body());
    }

    @Test
    @Order(5)
    void badInputIsAnsweredWithWhatIsWrongAndHowToFixIt() throws Exception {
        HttpResponse<String> mode = post("/api/v1/import?mode=sometimes&name=x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, mode.statusCode());
        assertTrue(mode.body().contains("use create, update or both"), mode.body());
        HttpResponse<String> binary = post("/api/v1/import?name=contacts.xlsx", Files.readAllBytes(FIXTURES.resolve("bad-binary.csv")),
                "application/octet-stream");
        assertEquals(400, binary.statusCode(), binary.body());
        assertTrue(binary.body().contains("no installed format can read this file"), binary.body());
        HttpResponse<String> mapping = post("/api/v1/import?name=h.csv&mapping=" + java.net.URLEncoder.encode("{\"Nope\": \"email\"}",
                StandardCharsets.UTF_8), Files.readAllBytes(FIXTURES.resolve("hubspot.csv")), "text/csv");
        assertEquals(400, mapping.statusCode(), mapping.body());
        assertTrue(mapping.body().contains("the mapping names column \\\"Nope\\\", which the file does not have"), mapping.body());
        assertEquals(404, workbench.send(workbench.request("/api/v1/import/999").GET()).statusCode());
        HttpResponse<String> anonymous = workbench.send(HttpRequest.newBuilder(java.net.URI.create(workbench.url + "api/v1/import")).GET());
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    @Order(6)
    void anImportKilledHalfWayResumesAtTheNextStartWithNothingTwiceAndNothingLost() throws Exception {
        int rows = 12_000; // enough for the book to set its list indexes aside for the import
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email,Company,Country\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Person").append(i).append(",Crash").append(i).append(",crash").append(i).append("@example.com,Firm ").append(i % 50)
                    .append(",DE\n");
        }
        HttpResponse<String> started = post("/api/v1/import?name=big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(202, started.statusCode(), started.body());
        long id = RunningWorkbench.JSON.readTree(started.body()).path("id").asLong();
        RunningWorkbench.await("some batches stored", 120, () -> workbench.getJson("/api/v1/import/" + id).path("counts").path("created").asLong() >= 1000);
        JsonNode before = workbench.getJson("/api/v1/import/" + id);
        assertEquals("running", before.path("state").asText(), "the import must still be running when it is killed: " + before);

        ProcessHandle process = ProcessHandle.of(workbench.pid()).orElseThrow();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().get();
        workbench.start();

        JsonNode done = waitForImport(id);
        assertEquals("done", done.path("state").asText(), done.toPrettyString());
        assertEquals(rows, done.path("counts").path("created").asLong(), done.toPrettyString());
        Set<String> names = new HashSet<>();
        int listed = 0;
        for (int offset = 0; ; offset += 500) {
            JsonNode page = workbench.getJson("/api/v1/contacts?q=crash&limit=500&offset=" + offset);
            for (JsonNode p : page.path("items")) {
                listed++;
                assertTrue(names.add(p.path("displayName").asText()), "twice: " + p);
            }
            if (page.path("items").size() < 500) break;
        }
        assertEquals(rows, listed, "every row once");
        assertEquals(rows, names.size());
        String log = workbench.logTail(2000);
        assertTrue(log.contains("list indexes for a load of about"), "the import set the list indexes aside:\n" + log);
        assertTrue(log.contains("list indexes again, as the load finished"), "and the resumed run built them again when it ended:\n" + log);
    }
}
