package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.Channel;
import io.meridian.api.contacts.NameOrder;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportState;
import io.meridian.crm.internal.export.ContactsExport;
import io.meridian.crm.internal.formats.MeridianJsonFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meridian's JSON export imports back with nothing lost; its CSV export is safe to open in a spreadsheet. */
class RoundTripTest {

    @TempDir
    Path dir;
    private final List<ImportBench> benches = new ArrayList<>();

    private ImportBench bench(String name) throws Exception {
        ImportBench bench = new ImportBench(Files.createDirectories(dir.resolve(name)));
        bench.formats.add(new MeridianJsonFormat());
        benches.add(bench);
        return bench;
    }

    @AfterEach
    void close() {
        benches.forEach(ImportBench::close);
    }

    private static List<PersonDraft> everyone(ImportBench bench) {
        List<PersonDraft> people = new ArrayList<>();
        for (Person p : bench.contacts.peopleAfter(null, 1000)) {
            PersonDraft d = p.fields();
            // The organisation is compared by name: each database gives it its own id.
            people.add(new PersonDraft(d.givenName(), d.familyName(), d.nameOrder(), null, d.title() + " @ " + p.organisationName(),
                    d.country(), d.subdivision(), d.timeZone(), d.languages(), d.emails(), d.phones(), d.preferredChannels(),
                    d.workingHours(), d.tags(), d.notes(), d.customFields(), d.birthday(), d.owner(), d.externalIds(), d.cadenceDays(),
                    d.inPersonCadenceDays()));
        }
        people.sort(Comparator.comparing(PersonDraft::toString));
        return people;
    }

    @Test
    void meridiansOwnExportImportsWithEveryField() throws Exception {
        ImportBench bench = bench("a");
        ImportRun run = bench.importAndWait(ImportBench.fixture("meridian-export.json"), ImportOptions.defaults());
        assertEquals(ImportState.DONE, run.state(), run.toString());
        assertEquals("meridian", run.preset());
        assertEquals(5, run.counts().created(), bench.imports.report(run.id(), 0, 50).toString());
        Person zoe = bench.contacts.get(bench.contacts.findByEmails(List.of("zoe.muller@example.de")).get("zoe.muller@example.de").get(0));
        PersonDraft d = zoe.fields();
        assertEquals(NameOrder.GIVEN_FIRST, d.nameOrder());
        assertEquals("DE-BE", d.subdivision());
        assertEquals(List.of(Channel.VIDEO, Channel.EMAIL), d.preferredChannels());
        assertEquals("Mon-Fri 10:00-18:00", d.workingHours().toString());
        assertEquals(30, d.cadenceDays());
        assertEquals(180, d.inPersonCadenceDays());
        assertEquals(Map.of("Preferred channel", "video", "Annual volume (EUR)", "120000"), d.customFields());
        assertEquals("Kessler & Voss GmbH", zoe.organisationName());
        Person priya = bench.contacts.get(bench.contacts.findByEmails(List.of("priya.r@example.com")).get("priya.r@example.com").get(0));
        assertEquals(Map.of("hubspot", "5128", "salesforce", "0035g00000Qx7LmAAJ"), priya.fields().externalIds());
    }

    @Test
    void exportThenImportElsewhereGivesTheSamePeopleAndImportingItBackChangesNothing() throws Exception {
        ImportBench first = bench("first");
        first.importAndWait(ImportBench.fixture("meridian-export.json"), ImportOptions.defaults());
        first.importAndWait(ImportBench.fixture("hubspot.csv"), ImportOptions.defaults());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        long exported = new ContactsExport(first.contacts, Clock.systemUTC()).json(json);
        assertTrue(exported >= 10, "people exported: " + exported);

        ImportBench second = bench("second");
        ImportRun elsewhere = second.importAndWait(ImportBench.text("export.json", json.toString(StandardCharsets.UTF_8)), ImportOptions.defaults());
        assertEquals(exported, elsewhere.counts().created(), second.imports.report(elsewhere.id(), 0, 50).toString());
        assertEquals(everyone(first), everyone(second));

        ImportRun back = first.importAndWait(ImportBench.text("export.json", json.toString(StandardCharsets.UTF_8)), ImportOptions.defaults());
        assertEquals(0, back.counts().created());
        assertEquals(0, back.counts().updated(), first.imports.report(back.id(), 0, 50).toString());
        assertEquals(exported, back.counts().unchanged());
    }

    @Test
    void theCsvExportDisarmsFormulasAndKeepsEveryCustomField() throws Exception {
        ImportBench bench = bench("csv");
        bench.importAndWait(ImportBench.text("f.csv", "First Name,Last Name,Email,Notes,Lead Status\n"
                + "=cmd|' /C calc'!A0,Evil,evil@example.com,@SUM(1+1),Open\n"
                + "Ana,Lima,ana@example.com,+55 call back,\n"), ImportOptions.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(2, new ContactsExport(bench.contacts, Clock.systemUTC()).csv(out));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFMeridian ID,Given Name,Family Name"), csv);
        assertTrue(csv.contains(",Custom: Lead Status"), csv);
        assertTrue(csv.contains(",'=cmd|' /C calc'!A0,"), "the formula is text: " + csv);
        assertTrue(csv.contains("'@SUM(1+1)"), csv);
        assertTrue(csv.contains("'+55 call back"), csv);
    }
}
