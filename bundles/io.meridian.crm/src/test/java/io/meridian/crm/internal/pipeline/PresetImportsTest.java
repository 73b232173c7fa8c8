package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.Person;
import io.meridian.api.importing.ImportEntry;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportState;
import io.meridian.crm.internal.formats.VCardFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each export layout imported end to end, checked against what its fixture holds (see
 * fixtures/FIXTURES.md): the right person, with the right country, phones, emails, dates and
 * labels, from the quirks of each system.
 */
class PresetImportsTest {

    @TempDir
    Path dir;
    private ImportBench bench;

    private ImportBench bench() {
        if (bench == null) {
            bench = new ImportBench(dir);
            bench.formats.add(new VCardFormat());
        }
        return bench;
    }

    @AfterEach
    void close() {
        if (bench != null) bench.close();
    }

    private ImportRun importFixture(String name) {
        ImportRun run = bench().importAndWait(ImportBench.fixture(name), ImportOptions.defaults());
        assertEquals(ImportState.DONE, run.state(), run.toString());
        return run;
    }

    private List<ImportEntry> report(ImportRun run) {
        return bench().imports.report(run.id(), 0, 1000);
    }

    private Person byEmail(String email) {
        List<UUID> ids = bench().contacts.findByEmails(List.of(email)).get(email.toLowerCase());
        assertEquals(1, ids == null ? 0 : ids.size(), "people holding " + email);
        return bench().contacts.get(ids.get(0));
    }

    private static List<String> values(List<ContactPoint> points) {
        return points.stream().map(ContactPoint::value).toList();
    }

    @Test
    void googleContacts() {
        ImportRun run = importFixture("google-current.csv");
        assertEquals("google", run.preset());
        assertEquals(10, run.counts().created(), report(run).toString());
        Person zoe = byEmail("zoe.muller@example.de");
        assertEquals(List.of("zoe.muller@example.de", "z.mueller@example.com", "zoe.m@example.net"), values(zoe.fields().emails()),
                "' ::: ' joins two addresses in one cell");
        assertEquals(List.of("+4930901820", "+4915123456789"), values(zoe.fields().phones()));
        assertEquals("mobile", zoe.fields().phones().get(1).label());
        assertEquals("DE", zoe.fields().country());
        assertEquals("--04-23", zoe.fields().birthday().toString());
        assertEquals(List.of("clients"), zoe.fields().tags(), "Google's own myContacts group is not a tag");
        assertEquals("video", zoe.fields().customFields().get("Preferred channel"), "a custom field named by its label column");
        assertEquals("GB", byEmail("oliver.ph@example.org").fields().country(), "UK is GB");
        assertEquals(2, byEmail("ana.carvalho@example.com").fields().phones().size());
        assertEquals(1, byEmail("priya.r@example.com").fields().emails().size(), "one address in two cases is one address");
        Person company = byEmail("kontakt@norrebro.example.net");
        assertEquals("Nørrebro Værktøj ApS", company.displayName(), "a row with only a company is that company's contact");
        assertEquals("DK", company.fields().country());
        assertEquals("+81368241957", byEmail("taro.yamada@example.jp").fields().phones().get(0).value(), "national form, region from 日本");
    }

    @Test
    void googleLegacyAndItsNationalNumbers() {
        ImportRun run = importFixture("google-legacy.csv");
        assertEquals("google-legacy", run.preset());
        assertEquals(7, run.counts().created(), report(run).toString());
        assertEquals("CN", byEmail("wang.fang@example.com").fields().country(), "People's Republic of China");
        assertTrue(values(byEmail("lukasz.wisniewski@example.com").fields().phones()).contains("+48226284190"));
        assertEquals("+4930901820", byEmail("zoe.muller@example.de").fields().phones().get(0).value(), "a trailing space is no problem");
    }

    @Test
    void outlookDesktopInWindows1252WithItsPlaceholders() {
        ImportRun run = importFixture("outlook-desktop.csv");
        assertEquals("outlook", run.preset());
        assertEquals(7, run.counts().created(), report(run).toString());
        Person zoe = byEmail("zoe.muller@example.de");
        assertEquals("Zoë Müller", zoe.displayName());
        assertEquals("DE", zoe.fields().country(), "DEU");
        assertEquals(List.of("clients", "germany"), zoe.fields().tags());
        assertNull(zoe.fields().birthday(), "0/0/00 is Outlook's way of saying none");
        assertFalse(zoe.fields().customFields().containsKey("Gender"), "Outlook's default values are not data: " + zoe.fields().customFields());
        assertTrue(zoe.fields().notes().contains("€"), zoe.fields().notes());
        Person rene = byEmail("rene.fournier@example.org");
        assertEquals("1975-07-14", rene.fields().birthday().toString(), "M/d/yyyy");
        assertEquals("+33175432109", rene.fields().phones().get(0).value(), "the (0) trunk prefix dropped");
        assertTrue(report(run).stream().noneMatch(e -> e.message().contains("0/0/00")), report(run).toString());
        assertEquals(1, byEmail("juergen.weiss@example.de").fields().emails().size(), "the Exchange address is no email");
    }

    @Test
    void outlookComAndOutlookCsvFromGoogle() {
        ImportRun com = importFixture("outlook-com.csv");
        assertEquals("outlook-com", com.preset());
        Person minjun = byEmail("minjun.kim@example.net");
        assertEquals("김민준", minjun.displayName());
        assertEquals("KR", minjun.fields().country(), "Korea, Republic of");
        assertEquals("1985-02-28", byEmail("ingrid.sjoberg@example.org").fields().birthday().toString());
        ImportRun google = importFixture("outlook-google.csv");
        assertEquals("outlook-google", google.preset());
        assertEquals("IS", byEmail("olafur.jonsson@example.org").fields().country());
        assertEquals("JP", byEmail("hiroshi.tanaka@example.jp").fields().country(), "JPN");
        assertEquals(List.of("partners"), byEmail("olafur.jonsson@example.org").fields().tags());
    }

    @Test
    void salesforceDataExportThenAReportOfTheSameOrg() {
        ImportRun api = importFixture("salesforce-api.csv");
        assertEquals("salesforce", api.preset());
        assertEquals(7, api.counts().created());
        assertEquals(1, api.counts().skipped(), "the deleted record in the recycle bin");
        assertTrue(report(api).stream().anyMatch(e -> e.line() == 8 && e.kind() == ImportEntry.Kind.SKIPPED), report(api).toString());
        assertEquals("0035g00000Qx7LmAAJ", byEmail("priya.r@example.com").fields().externalIds().get("salesforce"));

        ImportRun report = importFixture("salesforce-report.csv");
        assertEquals("salesforce-report", report.preset());
        assertEquals(1, report.counts().created(), "only Fatima is new: " + report(report));
        List<ImportEntry> entries = report(report);
        assertTrue(entries.stream().anyMatch(e -> e.line() == 2 && e.message().contains("matched by its id salesforce 0035g00000Qx7LmAAJ")),
                "the 15-character id of the report is the 18-character id of the export: " + entries);
    }

    @Test
    void zohoDatesAreMonthFirstAndASimilarNameInTheSameFileIsReported() {
        ImportRun run = importFixture("zoho.csv");
        assertEquals("zoho", run.preset());
        assertEquals("1988-03-04", byEmail("sofia.ramirez@example.com").fields().birthday().toString(), "03/04/1988 is 4 March");
        assertEquals("DE", byEmail("juergen.weiss@example.de").fields().country(), "Allemagne");
        assertEquals(1, run.counts().possibleDuplicates(), report(run).toString());
        assertEquals(8, run.counts().created());
    }

    @Test
    void pipedriveSplitsItsLabelledColumnsAndMatchesASecondRecordOfTheSamePerson() {
        ImportRun run = importFixture("pipedrive.csv");
        assertEquals("pipedrive", run.preset());
        Person adaeze = byEmail("adaeze.okonkwo@example.com");
        assertEquals(3, adaeze.fields().emails().size(), adaeze.fields().emails().toString());
        assertEquals(List.of("+2348031234567"), values(adaeze.fields().phones()), "one number written two ways");
        assertEquals("work", adaeze.fields().emails().get(0).label());
        assertEquals(7, run.counts().created(), "Ada Okonkwo is Adaeze by email: " + report(run));
        assertEquals("Adaeze", adaeze.fields().givenName(), "a match by email does not rename");
    }

    @Test
    void aVCard4OrganisationCardCompletesTheOrganisationItsPeopleWorkFor() {
        ImportRun run = importFixture("vcard-v4.vcf");
        var kessler = bench().contacts.findOrganisationByName("Kessler & Voss GmbH").orElseThrow();
        assertEquals("https://kessler-voss.example.com", kessler.website());
        assertEquals("DE", kessler.country());
        assertTrue(kessler.notes().contains("info@kessler-voss.example.com"), "its email is kept in the note: " + kessler.notes());
        Person zoe = byEmail("zoe.muller@example.de");
        assertEquals("Kessler & Voss GmbH", zoe.organisationName());
        assertEquals("Europe/Berlin", zoe.fields().timeZone(), "TZ as given");
        assertFalse(zoe.fields().customFields().containsKey(RecordNormaliser.TIME_ZONE_INFERRED));
        assertEquals(3, run.counts().created() - 1, "three people and the organisation's card: " + report(run));
        assertEquals(List.of("de", "en"), zoe.fields().languages(), "LANG in the order of PREF");

        bench().imports.undo(run.id());
        assertTrue(bench().contacts.findOrganisationByName("Kessler & Voss GmbH").isEmpty(), "undo takes the organisation back too");
    }

    @Test
    void vCardsFromAPhone() {
        ImportRun run = importFixture("vcard-apple.vcf");
        assertEquals("vcard", run.preset());
        Person zoe = byEmail("zoe.muller@example.de");
        assertEquals("procurement desk", zoe.fields().emails().get(0).label());
        assertEquals("--04-23", zoe.fields().birthday().toString());
        assertEquals("DE", zoe.fields().country());
        assertTrue(zoe.fields().notes().startsWith("Met at Hannover Messe 2025, hall 7.\nPrefers"), zoe.fields().notes());
    }
}
