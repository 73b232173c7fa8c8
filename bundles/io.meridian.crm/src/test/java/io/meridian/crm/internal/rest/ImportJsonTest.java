package io.meridian.crm.internal.rest;

import io.meridian.api.importing.ImportCounts;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportMode;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportState;
import io.meridian.crm.internal.formats.CsvFormat;
import io.meridian.crm.internal.formats.VCardFormat;
import io.meridian.crm.internal.pipeline.CreatedPeople;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportJsonTest {

    @Test
    @SuppressWarnings("unchecked")
    void theUploadFormIsOfferedEveryTargetTheFormatsInstalledByNameTheCountriesAndTheSizeLimit() {
        List<ImportFormat> formats = List.of(new VCardFormat(), new CsvFormat());
        Map<String, Object> options = ImportJson.options(formats, 2048);

        List<Map<String, String>> targets = (List<Map<String, String>>) options.get("targets");
        assertTrue(targets.stream().anyMatch(t -> t.get("spec").equals("email:work") && t.get("name").equals("Email (work)")), targets.toString());
        assertTrue(targets.stream().anyMatch(t -> t.get("spec").equals("custom:")), "a custom field, named after the column");
        List<Map<String, String>> offered = (List<Map<String, String>>) options.get("formats");
        assertEquals(List.of("csv", "vcard"), offered.stream().map(f -> f.get("id")).toList(), "sorted by their names");
        List<String> countries = (List<String>) options.get("countries");
        assertTrue(countries.containsAll(List.of("DE", "JP", "BR")) && countries.stream().allMatch(c -> c.matches("[A-Z]{2}")));
        assertEquals(2048L, options.get("maxFileMegabytes"));
    }

    @Test
    void aRunNamesItsPresetForPeopleAndLinksToThePeopleItCreated() {
        ImportRun run = new ImportRun(7, "contacts.csv", "csv", "google", ImportMode.CREATE_AND_UPDATE, false, ImportState.DONE,
                Instant.EPOCH, Instant.EPOCH, 10, 10, ImportCounts.NONE, null);
        Map<String, Object> json = ImportJson.run(run);

        assertEquals("Google Contacts export (Google CSV)", json.get("presetName"));
        assertEquals("/api/v1/import/7/people", ((Map<?, ?>) json.get("links")).get("people"));
        assertNull(ImportJson.run(new ImportRun(8, "x.csv", "csv", null, ImportMode.CREATE_ONLY, true, ImportState.QUEUED,
                Instant.EPOCH, null, 0, 10, ImportCounts.NONE, null)).get("presetName"));
    }

    @Test
    void aPersonNoLongerInMeridianIsListedAsAbsent() {
        UUID id = UUID.randomUUID();
        Map<String, Object> here = ImportJson.created(new CreatedPeople.Created(2, id, "Zoë Müller", "Kessler & Voss GmbH"));
        Map<String, Object> gone = ImportJson.created(new CreatedPeople.Created(3, id, null, null));

        assertEquals(true, here.get("present"));
        assertEquals("Kessler & Voss GmbH", here.get("organizationName"));
        assertFalse((Boolean) gone.get("present"));
        assertEquals(3L, gone.get("line"));
    }
}
