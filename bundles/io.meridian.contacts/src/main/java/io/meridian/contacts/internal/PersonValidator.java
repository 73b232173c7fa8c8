package io.meridian.contacts.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.meridian.api.contacts.ContactPoint;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.OrganisationDraft;
import io.meridian.api.contacts.PersonDraft;
import io.meridian.support.phone.PhoneValidators;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a draft field by field and returns it normalised: upper-case country codes, canonical
 * language tags, lower-case email domains, E.164 phone numbers, lower-case tags without
 * duplicates. Collects every problem before it throws, so a form can mark all of them at once.
 */
final class PersonValidator {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Map<String, String> COUNTRY_BY_NAME = countriesByName();
    /** The JDK builds a new set on every call to getAvailableZoneIds: an import checks a zone per person. */
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final Map<String, String> ZONE_BY_LOWER_CASE = zonesByLowerCase();
    private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern EMAIL_LOCAL = Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\]{1,64}");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

    PersonDraft check(PersonDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String given = trimmed(d.givenName());
        String family = trimmed(d.familyName());
        if (given == null && family == null) errors.put("givenName", "a person needs a given name or a family name");
        length(errors, "givenName", given, 200);
        length(errors, "familyName", family, 200);
        String country = country(errors, "country", d.country());
        String subdivision = trimmed(d.subdivision());
        if (subdivision != null) {
            subdivision = subdivision.toUpperCase(Locale.ROOT);
            if (!SUBDIVISION.matcher(subdivision).matches()) {
                errors.put("subdivision", "\"" + d.subdivision() + "\" is not an ISO 3166-2 code: write it like DE-BY or US-CA");
            } else if (country != null && !subdivision.startsWith(country + "-")) {
                errors.put("subdivision", subdivision + " is not in " + country + ": its code must start with " + country + "-");
            }
        }
        String zone = timeZone(errors, d.timeZone());
        List<String> languages = new ArrayList<>();
        for (int i = 0; i < d.languages().size(); i++) {
            String tag = language(errors, "languages[" + i + "]", d.languages().get(i));
            if (tag != null && !languages.contains(tag)) languages.add(tag);
        }
        List<ContactPoint> emails = new ArrayList<>();
        for (int i = 0; i < d.emails().size(); i++) {
            ContactPoint e = d.emails().get(i);
            String email = email(errors, "emails[" + i + "]", e.value());
            length(errors, "emails[" + i + "].label", trimmed(e.label()), LABEL_MAX);
            if (email != null && emails.stream().noneMatch(x -> x.value().equalsIgnoreCase(email))) {
                emails.add(new ContactPoint(email, trimmed(e.label())));
            }
        }
        List<ContactPoint> phoneNumbers = new ArrayList<>();
        for (int i = 0; i < d.phones().size(); i++) {
            ContactPoint p = d.phones().get(i);
            String e164 = phone(errors, "phones[" + i + "]", p.value(), country);
            length(errors, "phones[" + i + "].label", trimmed(p.label()), LABEL_MAX);
            if (e164 != null && phoneNumbers.stream().noneMatch(x -> x.value().equals(e164))) {
                phoneNumbers.add(new ContactPoint(e164, trimmed(p.label())));
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < d.tags().size(); i++) {
            String tag = trimmed(d.tags().get(i));
            if (tag == null) continue;
            if (tag.length() > 100 || tag.contains(",")) {
                errors.put("tags[" + i + "]", "a tag has at most 100 characters and no commas");
            } else {
                tags.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        Map<String, String> custom = new LinkedHashMap<>();
        d.customFields().forEach((k, v) -> {
            String key = trimmed(k);
            if (key == null || key.length() > 100) errors.put("customFields", "custom field names must be 1–100 characters");
            else if (v != null && v.length() > VALUE_MAX) errors.put("customFields." + key, "at most " + VALUE_MAX + " characters, not " + v.length());
            else if (v != null) custom.put(key, v);
        });
        Map<String, String> external = new LinkedHashMap<>();
        d.externalIds().forEach((system, id) -> {
            String s = trimmed(system);
            String v = trimmed(id);
            if (s == null || v == null) errors.put("externalIds", "an external id needs a system name and an id");
            else if (s.length() > 100 || v.length() > 1000) {
                errors.put("externalIds." + s, "a system name has at most 100 characters and an id at most 1000");
            } else external.put(s.toLowerCase(Locale.ROOT), v);
        });
        cadence(errors, "cadenceDays", d.cadenceDays());
        cadence(errors, "inPersonCadenceDays", d.inPersonCadenceDays());
        String title = trimmed(d.title());
        length(errors, "title", title, 200);
        String owner = trimmed(d.owner());
        length(errors, "owner", owner, 200);
        length(errors, "notes", d.notes(), NOTES_MAX);
        if (!errors.isEmpty()) throw new InvalidContactException(errors);
        return new PersonDraft(given, family, d.nameOrder(), d.organisationId(), title, country, subdivision, zone,
                languages, emails, phoneNumbers, new ArrayList<>(new LinkedHashSet<>(d.preferredChannels())), d.workingHours(),
                new ArrayList<>(tags), d.notes(), custom, d.birthday(), owner, external, d.cadenceDays(), d.inPersonCadenceDays());
    }

    OrganisationDraft check(OrganisationDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = trimmed(d.name());
        if (name == null) errors.put("name", "an organisation needs a name");
        length(errors, "name", name, 300);
        String country = country(errors, "country", d.country());
        String website = trimmed(d.website());
        if (website != null) {
            try {
                URI uri = new URI(website.contains("://") ? website : "https://" + website);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new URISyntaxException(website, "not a web address");
                }
                website = uri.toString();
            } catch (URISyntaxException e) {
                errors.put("website", "\"" + d.website() + "\" is not a web address: write it like https://example.com");
            }
            length(errors, "website", website, 500);
        }
        length(errors, "notes", d.notes(), NOTES_MAX);
        if (!errors.isEmpty()) throw new InvalidContactException(errors);
        return new OrganisationDraft(name, country, website, d.notes());
    }

    private static String country(Map<String, String> errors, String field, String value) {
        String code = trimmed(value);
        if (code == null) return null;
        String upper = code.toUpperCase(Locale.ROOT);
        if (COUNTRIES.contains(upper)) return upper;
        String byName = COUNTRY_BY_NAME.get(DisplayNames.key(code));
        errors.put(field, "\"" + code + "\" is not an ISO 3166-1 country code"
                + (byName != null ? ": did you mean " + byName + " (" + new Locale("", byName).getDisplayCountry(Locale.ENGLISH) + ")?"
                : ": use two letters, like DE for Germany or JP for Japan"));
        return null;
    }

    private static String timeZone(Map<String, String> errors, String value) {
        String zone = trimmed(value);
        if (zone == null) return null;
        if (ZONE_IDS.contains(zone)) return zone;
        String suggestion = ZONE_BY_LOWER_CASE.get(zone.toLowerCase(Locale.ROOT).replace(' ', '_'));
        errors.put("timeZone", "\"" + zone + "\" is not an IANA time zone"
                + (suggestion != null ? ": did you mean " + suggestion + "?" : ": write it like Europe/Berlin or Asia/Tokyo"));
        return null;
    }

    private static String language(Map<String, String> errors, String field, String value) {
        String tag = trimmed(value);
        if (tag == null) return null;
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            String language = locale.getLanguage();
            if (language.isEmpty() || (language.length() == 2 && !LANGUAGES.contains(language))) {
                throw new IllformedLocaleException("unknown language " + language);
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            errors.put(field, "\"" + tag + "\" is not a BCP 47 language tag: write it like de, en-GB or zh-Hant");
            return null;
        }
    }

    private static String email(Map<String, String> errors, String field, String value) {
        String email = trimmed(value);
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (email != null && at > 0 && EMAIL_LOCAL.matcher(email.substring(0, at)).matches()) {
            String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
            String[] labels = domain.split("\\.", -1);
            boolean valid = labels.length >= 2 && domain.length() <= 253;
            for (String label : labels) valid &= DOMAIN_LABEL.matcher(label).matches();
            if (valid) return email.substring(0, at) + "@" + domain;
        }
        errors.put(field, "\"" + value + "\" is not an email address: write it like anna@example.com");
        return null;
    }

    private String phone(Map<String, String> errors, String field, String value, String country) {
        String number = trimmed(value);
        if (number == null) return null;
        if (country == null && !number.startsWith("+")) {
            errors.put(field, "\"" + number + "\" has no country code: write it as +49 30 901820, or set the person's country");
            return null;
        }
        try {
            Phonenumber.PhoneNumber parsed = phones.parse(number, country == null ? "ZZ" : country);
            PhoneNumberUtil validator = PhoneValidators.forCountryCode(parsed.getCountryCode());
            if (validator.isValidNumber(parsed)) return validator.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            // reported below
        }
        errors.put(field, "\"" + number + "\" is not a valid phone number" + (country == null ? "" : " for " + country)
                + ": check the digits, or write it with its country code (+49 30 901820)");
        return null;
    }

    private static void cadence(Map<String, String> errors, String field, Integer days) {
        if (days != null && (days < 1 || days > 3650)) errors.put(field, "a cadence must be 1–3650 days, not " + days);
    }

    /** The schema's limits (V1__contacts.sql), checked here so that too long a value is a 400 naming the field, not a failed statement. */
    static final int LABEL_MAX = 200;
    static final int VALUE_MAX = 2000;
    static final int NOTES_MAX = 100_000;

    private static void length(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) errors.put(field, "at most " + max + " characters, not " + value.length());
    }

    static String trimmed(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static Map<String, String> countriesByName() {
        Map<String, String> byName = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            byName.put(DisplayNames.key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        return byName;
    }

    private static Map<String, String> zonesByLowerCase() {
        Map<String, String> zones = new HashMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) zones.put(id.toLowerCase(Locale.ROOT), id);
        return zones;
    }
}
