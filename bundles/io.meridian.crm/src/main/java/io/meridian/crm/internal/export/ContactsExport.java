package io.meridian.crm.internal.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.Person;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.crm.internal.formats.MeridianJsonFormat;
import io.meridian.support.rest.PersonFields;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Everyone in Meridian, written out: as Meridian's JSON, which imports back into Meridian with
 * nothing lost, or as CSV for a spreadsheet, every cell that could run as a formula guarded.
 * Reads a page of people at a time, so an export of a million people needs no more memory than
 * one of ten.
 */
public final class ContactsExport {

    private static final int PAGE = 500;
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final ContactService contacts;
    private final Clock clock;

    public ContactsExport(ContactService contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    /** Writes the JSON export; returns how many people it holds. */
    public long json(OutputStream out) throws IOException {
        long[] count = new long[1];
        try (JsonGenerator json = JSON.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", MeridianJsonFormat.FORMAT);
            json.writeNumberField("version", 1);
            json.writeStringField("exportedAt", clock.instant().toString());
            json.writeArrayFieldStart("people");
            each(p -> {
                try {
                    JSON.writeValue(json, person(p));
                    count[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /**
     * A person as the REST API writes one, with their organisation's name where the REST API has
     * its id: the id means nothing in another book, the name finds or creates the organisation there.
     */
    static Map<String, Object> person(Person p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id().toString());
        PersonFields.of(p.fields()).forEach((field, value) -> {
            if (field.equals("organizationId")) json.put("organizationName", p.organisationName());
            else json.put(field, value);
        });
        return json;
    }

    /**
     * Writes the CSV export: UTF-8 with a BOM (so that Excel reads its accents), one row a person,
     * lists joined by " ::: ", a column per custom field. Reads everyone twice: once for the
     * custom field names, once for the rows.
     */
    public long csv(OutputStream out) throws IOException {
        Set<String> custom = new LinkedHashSet<>();
        each(p -> custom.addAll(p.fields().customFields().keySet()));
        List<String> header = new ArrayList<>(List.of("Meridian ID", "Given Name", "Family Name", "Organization", "Title", "Country",
                "Subdivision", "Time Zone", "Emails", "Phones", "Languages", "Preferred Channels", "Working Hours", "Tags", "Birthday",
                "Owner", "External IDs", "Cadence Days", "In-Person Cadence Days", "Notes"));
        custom.forEach(c -> header.add("Custom: " + c));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
        csv.printRecord(header.stream().map(CsvGuard::guard).toList());
        long[] count = new long[1];
        each(p -> {
            PersonDraft d = p.fields();
            List<String> row = new ArrayList<>(List.of(p.id().toString(), text(d.givenName()), text(d.familyName()),
                    text(p.organisationName()), text(d.title()), text(d.country()), text(d.subdivision()), text(d.timeZone()),
                    joined(d.emails()), joined(d.phones()), String.join(" ::: ", d.languages()),
                    d.preferredChannels().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" ::: ")),
                    d.workingHours() == null ? "" : d.workingHours().toString(), String.join(" ::: ", d.tags()),
                    d.birthday() == null ? "" : d.birthday().toString(), text(d.owner()),
                    d.externalIds().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" ::: ")),
                    d.cadenceDays() == null ? "" : d.cadenceDays().toString(),
                    d.inPersonCadenceDays() == null ? "" : d.inPersonCadenceDays().toString(), text(d.notes())));
            custom.forEach(c -> row.add(text(d.customFields().get(c))));
            try {
                csv.printRecord(row.stream().map(CsvGuard::guard).toList());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            count[0]++;
        });
        csv.flush();
        return count[0];
    }

    private static String joined(List<ContactPoint> points) {
        return points.stream().map(p -> p.label() == null ? p.value() : p.value() + " (" + p.label() + ")")
                .collect(Collectors.joining(" ::: "));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private void each(Consumer<Person> action) throws IOException {
        UUID after = null;
        try {
            while (true) {
                List<Person> page = contacts.peopleAfter(after, PAGE);
                page.forEach(action);
                if (page.size() < PAGE) return;
                after = page.get(page.size() - 1).id();
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
