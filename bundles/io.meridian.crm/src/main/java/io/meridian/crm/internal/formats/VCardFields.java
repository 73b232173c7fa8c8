package io.meridian.crm.internal.formats;

import ezvcard.VCard;
import ezvcard.parameter.VCardParameter;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Impp;
import ezvcard.property.Language;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Timezone;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A vCard as named fields, the way the import maps CSV columns: {@code "EMAIL 1"} with its
 * label in {@code "EMAIL 1 label"}, {@code "ADR 1 country"}, {@code "BDAY"} written as ISO 8601
 * ({@code "--04-23"} without a year). The {@code vcard} preset maps these names.
 *
 * <p>Labels come from the TYPE parameters, or, in Apple's exports, from an {@code X-ABLabel}
 * property in the same group ({@code item1.EMAIL} and {@code item1.X-ABLabel}). Apple writes a
 * birthday without a year as the year 1604 with {@code X-APPLE-OMIT-YEAR=1604}.
 */
final class VCardFields {

    /** Every record of a vCard file carries this field, naming its version, so that the vcard preset recognises it. */
    static final String VERSION = "VCARD";

    private VCardFields() {
    }

    static Map<String, String> of(VCard card) {
        Map<String, String> f = new LinkedHashMap<>();
        put(f, VERSION, card.getVersion() == null ? "" : card.getVersion().getVersion());
        put(f, "KIND", card.getKind() == null ? null : card.getKind().getValue());
        put(f, "FN", card.getFormattedName() == null ? null : card.getFormattedName().getValue());
        StructuredName n = card.getStructuredName();
        if (n != null) {
            put(f, "N family", n.getFamily());
            put(f, "N given", n.getGiven());
            put(f, "N additional", String.join(" ", n.getAdditionalNames()));
            put(f, "N prefix", String.join(" ", n.getPrefixes()));
            put(f, "N suffix", String.join(" ", n.getSuffixes()));
        }
        put(f, "NICKNAME", card.getNickname() == null ? null : String.join(", ", card.getNickname().getValues()));
        if (card.getOrganization() != null) {
            List<String> org = card.getOrganization().getValues();
            put(f, "ORG", org.isEmpty() ? null : org.get(0));
            if (org.size() > 1) put(f, "ORG unit", String.join(", ", org.subList(1, org.size())));
        }
        put(f, "TITLE", card.getTitles().isEmpty() ? null : card.getTitles().get(0).getValue());
        put(f, "ROLE", card.getRoles().isEmpty() ? null : card.getRoles().get(0).getValue());
        Map<String, String> groupLabels = groupLabels(card);
        int i = 0;
        for (Email e : card.getEmails()) {
            i++;
            put(f, "EMAIL " + i, e.getValue());
            put(f, "EMAIL " + i + " label", label(e, groupLabels, e.getTypes().stream().map(VCardParameter::getValue).toList()));
        }
        i = 0;
        for (Telephone t : card.getTelephoneNumbers()) {
            i++;
            String number = t.getText() != null ? t.getText() : t.getUri() == null ? null
                    : t.getUri().getNumber() + (t.getUri().getExtension() == null ? "" : " ext. " + t.getUri().getExtension());
            put(f, "TEL " + i, number);
            put(f, "TEL " + i + " label", label(t, groupLabels, t.getTypes().stream().map(VCardParameter::getValue).toList()));
        }
        i = 0;
        for (Address a : card.getAddresses()) {
            i++;
            put(f, "ADR " + i + " street", a.getStreetAddressFull());
            put(f, "ADR " + i + " locality", a.getLocality());
            put(f, "ADR " + i + " region", a.getRegion());
            put(f, "ADR " + i + " postal code", a.getPostalCode());
            put(f, "ADR " + i + " country", a.getCountry());
            put(f, "ADR " + i + " label", label(a, groupLabels, a.getTypes().stream().map(VCardParameter::getValue).toList()));
        }
        put(f, "BDAY", birthday(card.getBirthday()));
        Timezone tz = card.getTimezone();
        if (tz != null) put(f, "TZ", tz.getText() != null ? tz.getText() : tz.getOffset() == null ? null : tz.getOffset().getId());
        i = 0;
        for (Language l : sortedByPref(card.getLanguages())) put(f, "LANG " + ++i, l.getValue());
        put(f, "UID", card.getUid() == null ? null : card.getUid().getValue());
        put(f, "NOTE", card.getNotes().stream().map(Note::getValue).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining("\n\n")));
        put(f, "CATEGORIES", card.getCategoriesList().stream().flatMap(c -> c.getValues().stream()).collect(Collectors.joining(", ")));
        i = 0;
        for (Url u : card.getUrls()) put(f, "URL " + ++i, u.getValue());
        i = 0;
        for (Impp m : card.getImpps()) put(f, "IMPP " + ++i, m.getUri() == null ? null : m.getUri().toString());
        i = 0;
        for (Related r : card.getProperties(Related.class)) {
            i++;
            String types = r.getTypes().stream().map(VCardParameter::getValue).collect(Collectors.joining(", "));
            put(f, "RELATED " + i, (types.isEmpty() ? "" : types + ": ") + (r.getUri() != null ? r.getUri() : r.getText()));
        }
        return f;
    }

    private static void put(Map<String, String> f, String key, String value) {
        if (value != null && !value.isBlank()) f.put(key, value.strip());
        else if (key.equals(VERSION)) f.put(key, "");
    }

    /** Apple's X-ABLabel values by group, without the "_$!<…>!$_" wrapping of its built-in labels. */
    private static Map<String, String> groupLabels(VCard card) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (RawProperty p : card.getExtendedProperties("X-ABLABEL")) {
            if (p.getGroup() != null && p.getValue() != null) labels.put(p.getGroup().toLowerCase(Locale.ROOT), p.getValue());
        }
        return labels;
    }

    /** The property's label: Apple's group label, else its first TYPE that is not a technical one. */
    private static String label(VCardProperty p, Map<String, String> groupLabels, List<String> types) {
        if (p.getGroup() != null) {
            String label = groupLabels.get(p.getGroup().toLowerCase(Locale.ROOT));
            if (label != null) return label;
        }
        for (String t : types) {
            String type = t.toLowerCase(Locale.ROOT);
            if (!List.of("internet", "pref", "voice", "x400", "msg").contains(type)) return type;
        }
        return null;
    }

    private static String birthday(Birthday b) {
        if (b == null) return null;
        if (b.getText() != null) return b.getText();
        PartialDate partial = b.getPartialDate();
        if (partial != null) {
            if (partial.getMonth() == null || partial.getDate() == null) return null;
            String md = String.format("%02d-%02d", partial.getMonth(), partial.getDate());
            return partial.getYear() == null ? "--" + md : String.format("%04d-", partial.getYear()) + md;
        }
        Temporal t = b.getDate();
        LocalDate date = t instanceof LocalDate d ? d : t instanceof LocalDateTime dt ? dt.toLocalDate()
                : t instanceof OffsetDateTime o ? o.toLocalDate() : t instanceof ZonedDateTime z ? z.toLocalDate() : null;
        if (date == null) return null;
        String omit = b.getParameter("X-APPLE-OMIT-YEAR");
        if (omit != null && omit.equals(Integer.toString(date.getYear()))) return String.format("--%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
        return date.toString();
    }

    private static List<Language> sortedByPref(List<Language> languages) {
        List<Language> sorted = new ArrayList<>(languages);
        sorted.sort((a, b) -> Integer.compare(a.getPref() == null ? 100 : a.getPref(), b.getPref() == null ? 100 : b.getPref()));
        return sorted;
    }
}
