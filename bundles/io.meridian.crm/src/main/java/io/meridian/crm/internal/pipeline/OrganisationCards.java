package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.importing.ImportRecord;
import io.meridian.crm.internal.normalise.Countries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Organisations' own cards (vCard KIND:org), as the organisation they describe. */
final class OrganisationCards {

    private final Countries countries;

    OrganisationCards(Countries countries) {
        this.countries = countries;
    }

    /**
     * A vCard of KIND:org: the organisation itself, its name from ORG (or FN), its country,
     * website and note. Its emails and phones, which Meridian keeps for people only, stay in the
     * note so that nothing is lost.
     */
    Incoming of(ImportRecord record) {
        Map<String, String> raw = record.fields();
        String name = RecordNormaliser.blankToNull(raw.get("ORG")) != null ? raw.get("ORG") : RecordNormaliser.blankToNull(raw.get("FN"));
        if (name == null) return RecordNormaliser.rejected(record, "ORG", "an organisation's card without a name (ORG or FN): nothing to import");
        String country = raw.get("ADR 1 country") == null ? null : countries.code(raw.get("ADR 1 country")).orElse(null);
        String website = raw.get("URL 1");
        if (website != null && !website.matches("(?i)https?://.+")) website = null;
        List<String> notes = new ArrayList<>();
        if (RecordNormaliser.blankToNull(raw.get("NOTE")) != null) notes.add(raw.get("NOTE"));
        raw.forEach((k, v) -> {
            if ((k.startsWith("EMAIL ") || k.startsWith("TEL ")) && !k.endsWith(" label")) notes.add(k.split(" ")[0] + ": " + v);
        });
        var draft = new OrganisationDraft(name.strip(), country, website,
                notes.isEmpty() ? null : String.join("\n", notes));
        return new Incoming(record.line(), null, name.strip(), null, null, List.of(), null, raw, draft);
    }
}
