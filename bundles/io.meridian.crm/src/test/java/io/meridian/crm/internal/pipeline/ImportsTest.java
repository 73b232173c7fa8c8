package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Person;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportMode;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import pipeline end to end on the real contact services: import, re-import, dry run, modes and undo. */
class ImportsTest {

    @TempDir
    Path dir;
    private ImportBench bench;

    private ImportBench bench() {
        if (bench == null) bench = new ImportBench(dir);
        return bench;
    }

    @AfterEach
    void close() {
        if (bench != null) bench.close();
    }

    private ImportRun importFixture(String name, ImportOptions options) {
        return bench().importAndWait(ImportBench.fixture(name), options);
    }

    private Person byEmail(String email) {
        ContactService contacts = bench().contacts;
        List<java.util.UUID> ids = contacts.findByEmails(List.of(email)).get(email.toLowerCase());
        assertEquals(1, ids == null ? 0 : ids.size(), "people holding " + email);
        return contacts.get(ids.get(0));
    }

    private long people() {
        return bench().contacts.search(ContactQuery.all()).total();
    }

    @Test
    void aHubSpotExportImportsEveryRowNormalisedAndKeepsItsOtherColumnsAsCustomFields() {
        ImportRun run = importFixture("hubspot.csv", ImportOptions.defaults());

        assertEquals(ImportState.DONE, run.state(), run.toString());
        assertEquals("hubspot", run.preset());
        assertEquals(10, run.counts().records());
        assertEquals(10, run.counts().created());
        assertEquals(10, people());
        Person zoe = byEmail("zoe.muller@example.de");
        assertEquals("Zoë Müller", zoe.displayName());
        assertEquals("Kessler & Voss GmbH", zoe.organisationName());
        assertEquals("+4930901820", zoe.fields().phones().get(0).value());
        assertEquals("DE", zoe.fields().country(), "the country of an international number, when the row names none");
        assertEquals("Europe/Berlin", zoe.fields().timeZone());
        assertTrue(zoe.fields().customFields().containsKey(RecordNormaliser.TIME_ZONE_INFERRED), zoe.fields().customFields().toString());
        assertEquals(Map.of("hubspot", "5121"), zoe.fields().externalIds());
        assertEquals("Open", zoe.fields().customFields().get("Lead Status"));
        assertEquals("2024-03-14 09:21", zoe.fields().customFields().get("Create Date"));
        assertEquals("Amara Lindqvist", zoe.fields().owner());
        Person taro = byEmail("taro.yamada@example.jp");
        assertEquals("山田太郎", taro.displayName(), "family name first, no space, as Japanese is written");
        Person nameless = byEmail("procurement@tablebay.example.com");
        assertEquals("Table Bay Cold Storage (Pty) Ltd", nameless.fields().givenName(), "a nameless row is its company's contact");
        List<ImportEntry> report = bench().imports.report(run.id(), 0, 100);
        assertTrue(report.stream().anyMatch(e -> e.line() == 11 && e.kind() == ImportEntry.Kind.WARNING && e.message().contains("no name")),
                report.toString());
        assertTrue(report.stream().anyMatch(e -> e.line() == 7 && e.kind() == ImportEntry.Kind.WARNING
                && "Phone Number".equals(e.column())), "(415) 692-3107 has no country to read it by: " + report);
        assertEquals("(415) 692-3107", byEmail("meg.obrien@example.com").fields().customFields().get("Phone Number"));
    }

    @Test
    void importingTheSameFileAgainCreatesNothingAndChangesNothing() {
        importFixture("hubspot.csv", ImportOptions.defaults());
        ImportRun again = importFixture("hubspot.csv", ImportOptions.defaults());

        assertEquals(0, again.counts().created(), again.toString());
        assertEquals(0, again.counts().updated(), bench().imports.report(again.id(), 0, 50).toString());
        assertEquals(10, again.counts().unchanged());
        assertEquals(10, people());
        assertEquals(1, byEmail("zoe.muller@example.de").version(), "not even a version bump");
    }

    @Test
    void aReimportAddsWhatIsNewCreatesNewRowsAndNeverLetsABlankCellOverwriteAValue() {
        importFixture("hubspot.csv", ImportOptions.defaults());
        ImportRun run = importFixture("hubspot-reimport.csv", ImportOptions.defaults());

        assertEquals(2, run.counts().created(), bench().imports.report(run.id(), 0, 50).toString());
        assertEquals(2, run.counts().updated());
        assertEquals(8, run.counts().unchanged());
        assertEquals("Director of Procurement", byEmail("zoe.muller@example.de").fields().title());
        assertEquals("+4520417735", byEmail("soren.agard@example.net").fields().phones().get(0).value());
        assertEquals("Soieries du Rhône SARL", byEmail("f.lefevre@example.org").organisationName(), "the blank company cell left it");
        List<ImportEntry> report = bench().imports.report(run.id(), 0, 50);
        ImportEntry zoe = report.stream().filter(e -> e.line() == 2).findFirst().orElseThrow();
        assertEquals(ImportEntry.Kind.UPDATED, zoe.kind());
        assertTrue(zoe.message().contains("matched by its id hubspot 5121") && zoe.message().contains("title"), zoe.message());
    }

    @Test
    void aDryRunReportsEverythingAndWritesNothing() {
        ImportRun run = importFixture("hubspot.csv", ImportOptions.defaults().asDryRun());

        assertEquals(ImportState.DONE, run.state());
        assertTrue(run.dryRun());
        assertEquals(10, run.counts().created());
        assertEquals(0, people());
        assertTrue(bench().contacts.checkpoint(ImportJob.changeSet(run.id())).isEmpty());
    }

    @Test
    void aFileThatRepeatsAPersonMergesTheRepeatIntoTheFirstInARealRunAndSaysSoInADryRun() {
        String csv = "First Name,Last Name,Email,Phone\n"
                + "Ana,Lima,ana@example.com,\n"
                + "Ana,Lima,ANA@example.com,+55 11 91234 5678\n";
        ImportRun dry = bench().importAndWait(ImportBench.text("repeat.csv", csv), ImportOptions.defaults().asDryRun());
        assertEquals(1, dry.counts().created());
        assertEquals(1, dry.counts().updated());
        assertTrue(bench().imports.report(dry.id(), 0, 10).get(0).message().contains("repeats the record on line 2"));

        ImportRun real = bench().importAndWait(ImportBench.text("repeat.csv", csv), ImportOptions.defaults());
        assertEquals(1, real.counts().created());
        assertEquals(1, real.counts().updated());
        assertEquals(1, people());
        assertEquals("+5511912345678", byEmail("ana@example.com").fields().phones().get(0).value());
    }

    @Test
    void createOnlyLeavesMatchesAloneAndUpdateOnlyCreatesNoOne() {
        importFixture("hubspot.csv", ImportOptions.defaults());
        ImportOptions createOnly = new ImportOptions(null, null, null, null, ImportMode.CREATE_ONLY, false, false, null, null);
        ImportRun created = importFixture("hubspot-reimport.csv", createOnly);
        assertEquals(2, created.counts().created());
        assertEquals(10, created.counts().skipped());
        assertNull(byEmail("zoe.muller@example.de").fields().title());

        ImportOptions updateOnly = new ImportOptions(null, null, null, null, ImportMode.UPDATE_ONLY, false, false, null, null);
        ImportRun updated = importFixture("match-by-email.csv", updateOnly);
        assertEquals(0, updated.counts().created());
        assertEquals(3, updated.counts().skipped(), bench().imports.report(updated.id(), 0, 10).toString());
        assertEquals(12, people());
    }

    @Test
    void samePersonByEmailInAnotherCaseIsMatchedAndSameNameAtSameCompanyIsOnlyAPossibleDuplicate() {
        importFixture("hubspot.csv", ImportOptions.defaults());
        ImportRun byEmail = importFixture("match-by-email.csv", ImportOptions.defaults());
        assertEquals(3, byEmail.counts().created(), bench().imports.report(byEmail.id(), 0, 10).toString());

        ImportRun similar = importFixture("similar-name.csv", ImportOptions.defaults());
        List<ImportEntry> report = bench().imports.report(similar.id(), 0, 20);
        assertEquals(1, similar.counts().possibleDuplicates(), report.toString());
        ImportEntry daan = report.stream().filter(e -> e.kind() == ImportEntry.Kind.POSSIBLE_DUPLICATE).findFirst().orElseThrow();
        assertEquals(2, daan.line());
        assertEquals(byEmail("daan.vanderberg@example.com").id(), daan.personId());
    }

    @Test
    void mergingSimilarPeopleWhenAskedMergesInsteadOfCreating() {
        importFixture("hubspot.csv", ImportOptions.defaults());
        ImportOptions merge = new ImportOptions(null, null, null, null, ImportMode.CREATE_AND_UPDATE, false, true, null, null);
        ImportRun run = importFixture("similar-name.csv", merge);
        assertEquals(0, run.counts().possibleDuplicates());
        assertEquals(4, run.counts().created(), "Daan merges; the other four are new");
        assertEquals(14, people());
    }

    @Test
    void undoRemovesWhatTheImportCreatedAndRestoresWhatItUpdated() {
        importFixture("hubspot.csv", ImportOptions.defaults());
        ImportRun reimport = importFixture("hubspot-reimport.csv", ImportOptions.defaults());

        ImportRun undone = bench().imports.undo(reimport.id());

        assertEquals(ImportState.UNDONE, undone.state());
        assertTrue(undone.message().contains("2 people removed, 2 restored"), undone.message());
        assertEquals(10, people());
        assertNull(byEmail("zoe.muller@example.de").fields().title());
        assertTrue(byEmail("soren.agard@example.net").fields().phones().isEmpty());
    }

    @Test
    void rejectedRowsComeBackAsACsvWithTheirLineAndReasonAndFormulaCellsDisarmed() throws Exception {
        String csv = "First Name,Last Name,Email,Notes\n"
                + "=HYPERLINK(\"http://x\"),Evil,,@SUM(1+1)\n"
                + ",,,=SUM(A1:A9)\n"
                + "Ana,Lima,ana@example.com,fine\n";
        ImportRun run = bench().importAndWait(ImportBench.text("formula.csv", csv), ImportOptions.defaults());
        assertEquals(1, run.counts().rejected(), bench().imports.report(run.id(), 0, 10).toString());
        assertEquals("=HYPERLINK(\"http://x\")", bench().contacts.search(new ContactQuery("evil", null, null, null, null, null,
                null, false, 0, 5)).items().get(0).displayName().split(" ")[0], "stored as the text it is");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bench().imports.writeRejected(run.id(), out);
        String errors = out.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("\uFEFFLine,Column,Reason,First Name,Last Name,Email,Notes"), errors);
        assertTrue(errors.contains("3,,\"has no name, email or organisation"), errors);
        assertTrue(errors.contains(",'=SUM(A1:A9)"), "a formula cell comes back as text: " + errors);
        assertEquals(List.of("'=1+2", "'-1+2", "'+A1", "'@SUM(1)", "'\tx", "plain", "", "2024-01-01", "+4930901820", "-12.5"),
                java.util.stream.Stream.of("=1+2", "-1+2", "+A1", "@SUM(1)", "\tx", "plain", "", "2024-01-01", "+4930901820", "-12.5")
                        .map(RejectedCsv::guard).toList(), "formulas disarmed, plain numbers (an E.164 phone) left as they are");
    }

    @Test
    void theImportListsThePeopleItCreatedByLineAndTheirNamesUntilItIsUndone() {
        String csv = "First Name,Last Name,Email\n"
                + "Ana,Lima,ana@example.com\n"
                + ",,\n"
                + "Kenji,Moreau,kenji@example.com\n";
        ImportRun dry = bench().importAndWait(ImportBench.text("people.csv", csv), ImportOptions.defaults().asDryRun());
        assertEquals(0, bench().imports.createdCount(dry.id()), "a dry run creates no one");

        ImportRun run = bench().importAndWait(ImportBench.text("people.csv", csv), ImportOptions.defaults());
        List<CreatedPeople.Created> created = bench().imports.created(run.id(), 0, 10);
        assertEquals(2, bench().imports.createdCount(run.id()));
        assertEquals(List.of(2L, 4L), created.stream().map(CreatedPeople.Created::line).toList());
        assertEquals(List.of("Ana Lima", "Kenji Moreau"), created.stream().map(CreatedPeople.Created::displayName).toList());
        assertEquals(byEmail("kenji@example.com").id(), created.get(1).personId());
        assertEquals(List.of(4L), bench().imports.created(run.id(), 1, 10).stream().map(CreatedPeople.Created::line).toList(), "paged");

        ImportRun again = bench().importAndWait(ImportBench.text("people.csv", csv), ImportOptions.defaults());
        assertEquals(0, bench().imports.createdCount(again.id()), "a record that matches someone creates no one");

        bench().imports.undo(run.id());
        assertTrue(bench().imports.created(run.id(), 0, 10).stream().allMatch(c -> c.displayName() == null),
                "listed still, as no longer in Meridian");
    }

    @Test
    void aRowWhoseOnlyClueIsAnAddressThatIsNotOneIsRejectedNamingItsCell() {
        String csv = "First Name,Last Name,Company,E-mail Address\n"
                + "Ana,Lima,,ana@example.com\n"
                + ",,,jan.kowalski(at)example.com\n";
        ImportRun run = bench().importAndWait(ImportBench.text("clue.csv", csv), ImportOptions.defaults());

        assertEquals(1, run.counts().rejected());
        ImportEntry rejected = bench().imports.report(run.id(), 0, 10).stream()
                .filter(e -> e.kind() == ImportEntry.Kind.REJECTED).findFirst().orElseThrow();
        assertEquals(3, rejected.line());
        assertEquals("E-mail Address", rejected.column());
        assertTrue(rejected.message().startsWith("\"jan.kowalski(at)example.com\" is not an email address"), rejected.message());
    }
}
