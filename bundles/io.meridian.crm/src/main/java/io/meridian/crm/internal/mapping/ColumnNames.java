package io.meridian.crm.internal.mapping;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises a column by its name when no preset knows the file: the names people and tools
 * commonly give each field, in English and the main European languages.
 */
final class ColumnNames {

    private static final Map<String, String> KNOWN = new HashMap<>();

    static {
        known("givenName", "first name", "firstname", "given name", "givenname", "forename", "vorname", "prenom", "nombre", "nome",
                "voornaam", "fornavn", "fornamn", "imie");
        known("middleName", "middle name", "middlename", "additional name", "second name");
        known("familyName", "last name", "lastname", "surname", "family name", "familyname", "nachname", "nom", "nom de famille",
                "apellido", "apellidos", "sobrenome", "cognome", "achternaam", "efternavn", "efternamn", "nazwisko");
        known("name", "name", "full name", "fullname", "display name", "contact name", "contact");
        known("prefix", "salutation", "prefix", "name prefix", "anrede", "civilite");
        known("suffix", "suffix", "name suffix");
        known("organisation", "company", "company name", "organization", "organisation", "organization name", "account",
                "account name", "employer", "firma", "unternehmen", "entreprise", "societe", "empresa", "azienda", "bedrijf");
        known("title", "title", "job title", "jobtitle", "position", "role", "job", "funktion", "poste", "cargo");
        known("email", "email", "e-mail", "email address", "e-mail address", "mail", "emailaddress", "work email", "courriel",
                "correo", "correo electronico");
        known("phone", "phone", "phone number", "telephone", "telephone number", "tel", "telefon", "telefono", "telefone",
                "work phone", "business phone");
        known("phone:mobile", "mobile", "mobile phone", "mobile number", "cell", "cell phone", "cellphone", "handy", "mobil",
                "portable", "celular", "movil");
        known("country", "country", "country/region", "country code", "land", "pays", "pais", "paese", "kraj");
        known("region", "state", "region", "province", "state/province", "state/region", "county", "bundesland", "provincia");
        known("city", "city", "town", "stadt", "ort", "ville", "ciudad", "cidade", "citta", "stad", "miasto");
        known("timeZone", "time zone", "timezone", "tz", "zeitzone", "fuseau horaire");
        known("language", "language", "preferred language", "sprache", "langue", "idioma", "lingua");
        known("birthday", "birthday", "birth date", "birthdate", "date of birth", "dob", "geburtstag", "anniversaire",
                "cumpleanos", "aniversario");
        known("notes", "notes", "note", "description", "comments", "comment", "notizen", "remarques", "notas");
        known("tags", "tags", "tag", "labels", "label", "categories", "category", "groups", "group");
        known("externalId", "id", "record id", "contact id", "external id", "crm id");
        known("owner", "owner", "contact owner", "account owner", "record owner");
    }

    private ColumnNames() {
    }

    private static void known(String target, String... names) {
        for (String n : names) KNOWN.put(n, target);
    }

    /** The target a column's name suggests, or null. */
    static Target guess(String column) {
        String folded = fold(column);
        String spec = KNOWN.get(folded);
        // "Email 2", "Phone (2)": a numbered repeat of a known column, as exports and duplicate headers make them.
        if (spec == null) spec = KNOWN.get(folded.replaceAll("\\s*\\(?\\d+\\)?$", ""));
        return spec == null ? null : Target.parse(spec);
    }

    /** Lower case, no accents, underscores and dots as spaces, single spaces. */
    static String fold(String name) {
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return s.replace('_', ' ').replace('.', ' ').replaceAll("\\s+", " ").strip();
    }
}
