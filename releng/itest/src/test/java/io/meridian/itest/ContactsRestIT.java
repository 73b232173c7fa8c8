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

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contacts REST API as a client meets it, on the real distribution: people and their
 * versions, one message per invalid field, what happens with a person, the warm introduction
 * path, export, erasure, and data that outlives a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactsRestIT {

    RunningWorkbench workbench;
    String anna;
    long annaVersion;
    String bruno;
    String carla;
    String globex;
    String erased;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        workbench = RunningWorkbench.start(folder);
        workbench.requireFeature("contacts", "io.meridian.contacts");
        awaitContactRoutes();
    }

    @AfterAll
    void stop() throws Exception {
        workbench.close();
    }

    @Test
    @Order(1)
    void contactsBundleIsActiveWithEveryComponentSatisfied() throws Exception {
        assertEquals("ACTIVE", workbench.bundle("io.meridian.contacts").path("state").asText());
        JsonNode health = workbench.getJson("/api/v1/health");
        assertEquals(0, health.path("unsatisfiedComponents").size(), health.toPrettyString());
    }

    @Test
    @Order(2)
    void createdContactReadsBackNormalisedWithItsVersionAsETag() throws Exception {
        HttpResponse<String> created = send(workbench.request("/api/v1/contacts").header("X-Meridian-Client", "workbench")
                .POST(json("""
                        {"givenName": "Anna", "familyName": "Schmidt", "country": "de", "timeZone": "Europe/Berlin",
                         "languages": ["de", "en-GB"], "emails": ["anna@Example.COM"],
                         "phones": [{"value": "030 901820", "label": "work"}], "preferredChannels": ["In_Person", "email"],
                         "workingHours": "09:00-17:30", "birthday": "--04-23", "tags": ["Partner"],
                         "customFields": {"met at": "Hannover Messe", "dog": "Bruno"}, "externalIds": {"hubspot": "5121"},
                         "notes": "prefers mornings"}""")));
        assertEquals(201, created.statusCode(), created.body());
        JsonNode person = read(created);
        anna = person.path("id").asText();
        annaVersion = person.path("version").asLong();
        assertEquals("/api/v1/contacts/" + anna, created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertEquals("\"" + annaVersion + "\"", created.headers().firstValue("ETag").orElseThrow());
        assertEquals("Anna Schmidt", person.path("displayName").asText());
        assertEquals("DE", person.path("country").asText());
        assertEquals("anna@example.com", person.path("emails").get(0).path("value").asText());
        assertEquals("+4930901820", person.path("phones").get(0).path("value").asText());
        assertEquals("work", person.path("phones").get(0).path("label").asText());
        assertEquals("[\"in_person\",\"email\"]", person.path("preferredChannels").toString());
        assertEquals("--04-23", person.path("birthday").asText());
        assertEquals("[\"partner\"]", person.path("tags").toString());
        assertTrue(person.path("effectiveCadenceDays").asInt() > 0, person.toPrettyString());

        HttpResponse<String> got = send(workbench.request("/api/v1/contacts/" + anna).GET());
        assertEquals(200, got.statusCode(), got.body());
        assertEquals("\"" + annaVersion + "\"", got.headers().firstValue("ETag").orElseThrow());
        JsonNode read = read(got);
        assertEquals("09:00-17:30", read.path("workingHours").asText());
        assertEquals("Hannover Messe", read.path("customFields").path("met at").asText());
        assertEquals("5121", read.path("externalIds").path("hubspot").asText());
    }

    @Test
    @Order(3)
    void patchChangesWhatItNamesClearsNullsAndKeepsTheRest() throws Exception {
        HttpResponse<String> patched = send(workbench.request("/api/v1/contacts/" + anna).method("PATCH", json(
                "{\"version\": " + annaVersion + ", \"title\": \"CTO\", \"workingHours\": null, \"customFields\": {\"dog\": null}}")));
        assertEquals(200, patched.statusCode(), patched.body());
        JsonNode person = read(patched);
        assertEquals(annaVersion + 1, person.path("version").asLong());
        assertEquals("CTO", person.path("title").asText());
        assertTrue(person.path("workingHours").isNull(), person.toPrettyString());
        assertFalse(person.path("customFields").has("dog"), person.toPrettyString());
        assertEquals("Hannover Messe", person.path("customFields").path("met at").asText());
        assertEquals("Anna", person.path("givenName").asText());
        assertEquals("+4930901820", person.path("phones").get(0).path("value").asText());
        assertEquals("\"" + (annaVersion + 1) + "\"", patched.headers().firstValue("ETag").orElseThrow());
        annaVersion++;

        HttpResponse<String> viaIfMatch = send(workbench.request("/api/v1/contacts/" + anna).header("If-Match", "\"" + annaVersion + "\"")
                .method("PATCH", json("{\"owner\": \"sam\"}")));
        assertEquals(200, viaIfMatch.statusCode(), viaIfMatch.body());
        annaVersion++;
        assertEquals(annaVersion, read(viaIfMatch).path("version").asLong());
    }

    @Test
    @Order(4)
    void stalePatchIsRefusedWithTheCurrentVersionAndTheEarlierChangeSurvives() throws Exception {
        HttpResponse<String> stale = send(workbench.request("/api/v1/contacts/" + anna).method("PATCH", json(
                "{\"version\": " + (annaVersion - 2) + ", \"title\": \"Intern\"}")));
        assertEquals(409, stale.statusCode(), stale.body());
        JsonNode error = read(stale);
        assertEquals("stale_version", error.path("error").asText());
        assertTrue(error.path("fields").path("version").asText().contains(String.valueOf(annaVersion)), error.toPrettyString());

        JsonNode person = read(send(workbench.request("/api/v1/contacts/" + anna).GET()));
        assertEquals("CTO", person.path("title").asText(), "never a lost update");
        assertEquals(annaVersion, person.path("version").asLong());

        HttpResponse<String> withoutVersion = send(workbench.request("/api/v1/contacts/" + anna).method("PATCH", json("{\"title\": \"Intern\"}")));
        assertEquals(428, withoutVersion.statusCode(), withoutVersion.body());
        assertEquals("version_required", read(withoutVersion).path("error").asText());
    }

    @Test
    @Order(5)
    void invalidFieldsAreReportedTogetherOneMessageEach() throws Exception {
        HttpResponse<String> invalid = send(workbench.request("/api/v1/contacts").POST(json("""
                {"givenName": "Xavier", "country": "XX", "timeZone": "Mars/Olympus_Mons",
                 "emails": ["xavier.example.com"], "phones": ["+49 1"]}""")));
        assertEquals(400, invalid.statusCode(), invalid.body());
        JsonNode error = read(invalid);
        assertEquals("invalid_fields", error.path("error").asText());
        for (String field : List.of("country", "timeZone", "emails[0]", "phones[0]")) {
            assertFalse(error.path("fields").path(field).asText().isBlank(), field + " is named: " + error.toPrettyString());
        }

        HttpResponse<String> malformed = send(workbench.request("/api/v1/contacts").POST(json("""
                {"givenName": "Xavier", "birthday": "23.04.1980", "workingHours": "nine to five",
                 "preferredChannels": ["pigeon"], "nickname": "X", "organisationId": "not-an-id", "cadenceDays": "often"}""")));
        assertEquals(400, malformed.statusCode(), malformed.body());
        JsonNode fields = read(malformed).path("fields");
        for (String field : List.of("birthday", "workingHours", "preferredChannels[0]", "nickname", "organisationId", "cadenceDays")) {
            assertFalse(fields.path(field).asText().isBlank(), field + " is named: " + fields.toPrettyString());
        }
        assertTrue(fields.path("organisationId").asText().contains("organizationId"), "suggests the REST spelling: " + fields);

        HttpResponse<String> notJson = send(workbench.request("/api/v1/contacts").POST(json("{\"givenName\": ")));
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertEquals("bad_json", read(notJson).path("error").asText());
    }

    @Test
    @Order(6)
    void unknownOrMalformedIdsAreAnsweredPlainly() throws Exception {
        HttpResponse<String> unknown = send(workbench.request("/api/v1/contacts/" + UUID.randomUUID()).GET());
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("not_found", read(unknown).path("error").asText());
        HttpResponse<String> unknownPatch = send(workbench.request("/api/v1/contacts/" + UUID.randomUUID())
                .method("PATCH", json("{\"version\": 1, \"title\": \"x\"}")));
        assertEquals(404, unknownPatch.statusCode(), unknownPatch.body());
        HttpResponse<String> malformed = send(workbench.request("/api/v1/contacts/42").GET());
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("bad_id", read(malformed).path("error").asText());
        HttpResponse<String> noRoute = send(workbench.request("/api/v1/contacts/" + anna + "/nothing-here").GET());
        assertEquals(404, noRoute.statusCode(), noRoute.body());
    }

    @Test
    @Order(7)
    void interactionsCommitmentsTrustAndIntroductionsAreRecorded() throws Exception {
        Instant lunch = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> visit = send(workbench.request("/api/v1/contacts/" + anna + "/interactions").POST(json(
                "{\"channel\": \"in_person\", \"at\": \"" + lunch + "\", \"direction\": \"outbound\", \"summary\": \"Lunch in Mitte\"}")));
        assertEquals(201, visit.statusCode(), visit.body());
        assertEquals("in_person", read(visit).path("channel").asText());
        String callDay = LocalDate.now().minusDays(10).toString();
        HttpResponse<String> call = send(workbench.request("/api/v1/contacts/" + anna + "/interactions").POST(json(
                "{\"channel\": \"CALL\", \"at\": \"" + callDay + "\", \"direction\": \"inbound\"}")));
        assertEquals(201, call.statusCode(), call.body());
        HttpResponse<String> badInteraction = send(workbench.request("/api/v1/contacts/" + anna + "/interactions").POST(json(
                "{\"channel\": \"pigeon\", \"at\": \"yesterday\"}")));
        assertEquals(400, badInteraction.statusCode(), badInteraction.body());
        JsonNode bad = read(badInteraction).path("fields");
        assertTrue(bad.has("channel") && bad.has("at") && bad.has("direction"), bad.toPrettyString());

        JsonNode interactions = workbench.getJson("/api/v1/contacts/" + anna + "/interactions");
        assertEquals(2, interactions.size(), interactions.toPrettyString());
        assertEquals("Lunch in Mitte", interactions.get(0).path("summary").asText(), "newest first");
        assertEquals("api", interactions.get(0).path("origin").asText());

        String due = LocalDate.now().plusDays(7).toString();
        HttpResponse<String> promised = send(workbench.request("/api/v1/contacts/" + anna + "/commitments").POST(json(
                "{\"what\": \"Send the proposal\", \"owedBy\": \"me\", \"due\": \"" + due + "\"}")));
        assertEquals(201, promised.statusCode(), promised.body());
        JsonNode commitment = read(promised);
        String commitmentId = commitment.path("id").asText();
        assertEquals("open", commitment.path("status").asText());
        long commitmentVersion = commitment.path("version").asLong();

        String newDue = LocalDate.now().plusDays(14).toString();
        HttpResponse<String> delayed = send(workbench.request("/api/v1/contacts/" + anna + "/commitments/" + commitmentId).POST(json(
                "{\"version\": " + commitmentVersion + ", \"action\": \"delay\", \"newDue\": \"" + newDue + "\"}")));
        assertEquals(200, delayed.statusCode(), delayed.body());
        assertEquals(newDue, read(delayed).path("revisedDue").asText());
        HttpResponse<String> staleDone = send(workbench.request("/api/v1/contacts/" + anna + "/commitments/" + commitmentId).POST(json(
                "{\"version\": " + commitmentVersion + ", \"action\": \"done\"}")));
        assertEquals(409, staleDone.statusCode(), staleDone.body());
        HttpResponse<String> done = send(workbench.request("/api/v1/contacts/" + anna + "/commitments/" + commitmentId).POST(json(
                "{\"version\": " + read(delayed).path("version").asLong() + ", \"action\": \"done\"}")));
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("done", read(done).path("status").asText());
        assertEquals(1, workbench.getJson("/api/v1/contacts/" + anna + "/commitments").size());

        HttpResponse<String> trust = send(workbench.request("/api/v1/contacts/" + anna + "/trust").POST(json(
                "{\"openness\": 5, \"competence\": 4, \"respect\": 5, \"rapport\": 4, \"note\": \"delivered the pilot early\"}")));
        assertEquals(201, trust.statusCode(), trust.body());
        assertEquals(4.5, read(trust).path("score").asDouble());
        HttpResponse<String> badTrust = send(workbench.request("/api/v1/contacts/" + anna + "/trust").POST(json(
                "{\"openness\": 6, \"competence\": 4, \"respect\": 5}")));
        assertEquals(400, badTrust.statusCode(), badTrust.body());
        JsonNode badTrustFields = read(badTrust).path("fields");
        assertTrue(badTrustFields.has("openness") && badTrustFields.has("rapport"), badTrustFields.toPrettyString());
        assertEquals(1, workbench.getJson("/api/v1/contacts/" + anna + "/trust").size());

        HttpResponse<String> organization = send(workbench.request("/api/v1/organizations").POST(json(
                "{\"name\": \"Globex\", \"country\": \"US\", \"website\": \"https://globex.example\"}")));
        assertEquals(201, organization.statusCode(), organization.body());
        globex = read(organization).path("id").asText();
        bruno = create("{\"givenName\": \"Bruno\", \"familyName\": \"Diaz\", \"country\": \"US\", \"organizationId\": \"" + globex + "\"}");
        carla = create("{\"givenName\": \"Carla\", \"familyName\": \"Rossi\", \"country\": \"IT\"}");
        HttpResponse<String> introduced = send(workbench.request("/api/v1/contacts/" + bruno + "/introductions").POST(json(
                "{\"introducerId\": \"" + anna + "\", \"toId\": \"" + carla + "\", \"note\": \"at the Globex offsite\"}")));
        assertEquals(201, introduced.statusCode(), introduced.body());
        JsonNode introduction = read(introduced);
        assertEquals(anna, introduction.path("introducerId").asText());
        assertEquals(bruno, introduction.path("introducedId").asText());
        assertEquals(1, workbench.getJson("/api/v1/contacts/" + bruno + "/introductions").size());
        assertEquals(1, workbench.getJson("/api/v1/contacts/" + anna + "/introductions").size(), "any role counts");
    }

    @Test
    @Order(8)
    void pathFindsTheWarmIntroductionThroughATrustedContact() throws Exception {
        JsonNode path = workbench.getJson("/api/v1/contacts/" + bruno + "/path?minTrust=3.5");
        List<String> people = new ArrayList<>();
        for (JsonNode step : path.path("steps")) people.add(step.path("personId").asText());
        assertEquals(List.of(anna, bruno), people, path.toPrettyString());
        assertEquals(4.5, path.path("weakestTrust").asDouble());

        HttpResponse<String> tooDemanding = send(workbench.request("/api/v1/contacts/" + bruno + "/path?minTrust=4.8").GET());
        assertEquals(404, tooDemanding.statusCode(), tooDemanding.body());
        JsonNode noPath = read(tooDemanding);
        assertEquals("no_path", noPath.path("error").asText());
        assertTrue(noPath.path("detail").asText().contains("Bruno Diaz"), noPath.toPrettyString());

        JsonNode toGlobex = workbench.getJson("/api/v1/organizations/" + globex + "/path?minTrust=3.5");
        JsonNode steps = toGlobex.path("steps");
        assertEquals(bruno, steps.get(steps.size() - 1).path("personId").asText(), toGlobex.toPrettyString());

        HttpResponse<String> outOfRange = send(workbench.request("/api/v1/contacts/" + bruno + "/path?minTrust=9").GET());
        assertEquals(400, outOfRange.statusCode(), outOfRange.body());
        assertTrue(read(outOfRange).path("fields").has("minTrust"));
    }

    @Test
    @Order(9)
    void organizationsAreListedPatchedWithTheirVersionAndShowTheirPeople() throws Exception {
        JsonNode organization = workbench.getJson("/api/v1/organizations/" + globex);
        assertEquals("Globex", organization.path("name").asText());
        HttpResponse<String> patched = send(workbench.request("/api/v1/organizations/" + globex).method("PATCH", json(
                "{\"version\": " + organization.path("version").asLong() + ", \"notes\": \"makes everything\"}")));
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals("makes everything", read(patched).path("notes").asText());
        assertEquals("US", read(patched).path("country").asText());
        HttpResponse<String> stale = send(workbench.request("/api/v1/organizations/" + globex).method("PATCH", json(
                "{\"version\": " + organization.path("version").asLong() + ", \"notes\": \"lost\"}")));
        assertEquals(409, stale.statusCode(), stale.body());

        JsonNode list = workbench.getJson("/api/v1/organizations?q=glob");
        assertEquals(1, list.path("total").asLong(), list.toPrettyString());
        assertTrue(list.path("totalExact").asBoolean(), list.toPrettyString());
        JsonNode people = workbench.getJson("/api/v1/organizations/" + globex + "/people");
        assertEquals(1, people.path("items").size(), people.toPrettyString());
        assertEquals("Globex", people.path("items").get(0).path("organizationName").asText());
        assertEquals("Globex", workbench.getJson("/api/v1/contacts/" + bruno).path("organizationName").asText());
    }

    @Test
    @Order(10)
    void contactListFiltersSortsAndPages() throws Exception {
        JsonNode byName = workbench.getJson("/api/v1/contacts?q=anna");
        assertEquals(1, byName.path("total").asLong(), byName.toPrettyString());
        assertEquals(anna, byName.path("items").get(0).path("id").asText());
        assertEquals(1, workbench.getJson("/api/v1/contacts?tag=partner").path("total").asLong());
        assertEquals(1, workbench.getJson("/api/v1/contacts?organization=" + globex).path("total").asLong());
        JsonNode page = workbench.getJson("/api/v1/contacts?sort=last_contact&desc=true&offset=1&limit=1");
        assertEquals(3, page.path("total").asLong(), page.toPrettyString());
        assertEquals(1, page.path("items").size());
        assertEquals(1, page.path("offset").asInt());

        HttpResponse<String> bad = send(workbench.request("/api/v1/contacts?sort=age&limit=0&organisation=x").GET());
        assertEquals(400, bad.statusCode(), bad.body());
        JsonNode fields = read(bad).path("fields");
        assertTrue(fields.has("sort") && fields.has("limit") && fields.has("organisation"), fields.toPrettyString());
    }

    @Test
    @Order(11)
    void healthExplainsItsScoreAndHistoryTellsWhereChangesCameFrom() throws Exception {
        JsonNode health = workbench.getJson("/api/v1/contacts/" + anna + "/health");
        int score = health.path("score").asInt();
        assertTrue(score >= 0 && score <= 100, health.toPrettyString());
        assertFalse(health.path("reasons").isEmpty(), health.toPrettyString());
        int sum = 0;
        for (JsonNode reason : health.path("reasons")) {
            assertFalse(reason.path("explanation").asText().isBlank(), reason.toPrettyString());
            sum += reason.path("points").asInt();
        }
        assertEquals(score, sum, "the score is the sum of its reasons");

        JsonNode history = workbench.getJson("/api/v1/contacts/" + anna + "/history");
        JsonNode creation = history.get(history.size() - 1);
        assertEquals("created", creation.path("action").asText(), history.toPrettyString());
        assertEquals("ui", creation.path("origin").asText(), "created with X-Meridian-Client: workbench");
        assertEquals("api", history.get(0).path("origin").asText());
    }

    @Test
    @Order(12)
    void exportIsAnAttachmentHoldingTheInteractions() throws Exception {
        HttpResponse<String> export = send(workbench.request("/api/v1/contacts/" + anna + "/export").GET());
        assertEquals(200, export.statusCode(), export.body());
        String disposition = export.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment"), disposition);
        JsonNode data = read(export);
        assertEquals(anna, data.path("person").path("id").asText());
        assertEquals(2, data.path("interactions").size(), data.toPrettyString());
        assertEquals(1, data.path("commitments").size());
        assertEquals(1, data.path("trust").size());
        assertFalse(data.path("history").isEmpty());
        assertNotNull(data.path("health").path("score"));
    }

    @Test
    @Order(13)
    void erasedContactIsGoneAndItsTombstoneReported() throws Exception {
        erased = create("{\"givenName\": \"Eve\", \"familyName\": \"Gone\", \"emails\": [\"eve@example.com\"]}");
        send(workbench.request("/api/v1/contacts/" + erased + "/interactions").POST(json(
                "{\"channel\": \"email\", \"at\": \"" + LocalDate.now().minusDays(1) + "\", \"direction\": \"inbound\"}")));
        HttpResponse<String> erase = send(workbench.request("/api/v1/contacts/" + erased).DELETE());
        assertEquals(200, erase.statusCode(), erase.body());
        JsonNode tombstone = read(erase);
        assertEquals(erased, tombstone.path("personId").asText());
        assertFalse(tombstone.path("erasedAt").asText().isBlank(), tombstone.toPrettyString());

        HttpResponse<String> gone = send(workbench.request("/api/v1/contacts/" + erased).GET());
        assertEquals(404, gone.statusCode(), gone.body());
        JsonNode error = read(gone);
        assertEquals("erased", error.path("error").asText());
        assertTrue(error.path("detail").asText().contains("erased"), error.toPrettyString());
        assertEquals(0, workbench.getJson("/api/v1/contacts?q=eve").path("total").asLong());

        String frank = create("{\"givenName\": \"Frank\"}");
        HttpResponse<String> viaPost = send(workbench.request("/api/v1/contacts/" + frank + "/erase").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, viaPost.statusCode(), viaPost.body());
        assertEquals(404, send(workbench.request("/api/v1/contacts/" + frank + "/interactions").GET()).statusCode());
    }

    @Test
    @Order(14)
    void dataOutlivesARestart() throws Exception {
        int exit = workbench.stop();
        assertTrue(exit == 0 || exit == 143, "exit code " + exit);
        workbench.start();
        awaitContactRoutes();
        JsonNode person = workbench.getJson("/api/v1/contacts/" + anna);
        assertEquals(annaVersion, person.path("version").asLong());
        assertEquals("CTO", person.path("title").asText());
        assertEquals(2, workbench.getJson("/api/v1/contacts/" + anna + "/interactions").size());
        assertEquals(bruno, workbench.getJson("/api/v1/contacts/" + bruno + "/path?minTrust=3.5").path("steps").get(1).path("personId").asText());
        HttpResponse<String> gone = send(workbench.request("/api/v1/contacts/" + erased).GET());
        assertEquals(404, gone.statusCode());
        assertEquals("erased", read(gone).path("error").asText());
    }

    private void awaitContactRoutes() throws Exception {
        RunningWorkbench.await("GET /api/v1/contacts answers", 30,
                () -> send(workbench.request("/api/v1/contacts").GET()).statusCode() == 200);
    }

    private String create(String body) throws Exception {
        HttpResponse<String> created = send(workbench.request("/api/v1/contacts").POST(json(body)));
        assertEquals(201, created.statusCode(), created.body());
        return read(created).path("id").asText();
    }

    /** Sends with {@code Content-Type: application/json}: every body in this API is JSON. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return workbench.send(request.setHeader("Content-Type", "application/json"));
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static JsonNode read(HttpResponse<String> response) throws IOException {
        return RunningWorkbench.JSON.readTree(response.body());
    }
}
