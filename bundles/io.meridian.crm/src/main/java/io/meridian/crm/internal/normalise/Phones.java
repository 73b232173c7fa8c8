package io.meridian.crm.internal.normalise;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.meridian.support.phone.PhoneValidators;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads phone numbers as people and exports write them ({@code tel:} links, {@code 0049 …},
 * {@code (030) 90 18 20}, {@code … ext. 12}) into E.164, with libphonenumber.
 *
 * <p>A number libphonenumber can read but does not know to be in use (a new range, a test
 * number) is kept, marked not valid, as long as it has a possible length: refusing it would
 * lose a number the person gave, while its digits can still be checked later. A number that is
 * not even possible is refused with a {@link Phone#problem() problem} a person can act on.
 * Thread-safe: libphonenumber's utilities are.
 */
public final class Phones {

    /**
     * What became of one phone number: its E.164 form, or the problem that stopped it. An
     * extension is reported apart, as E.164 has no place for it; the caller may keep it as a note.
     */
    public record Phone(String e164, boolean valid, String extension, String problem) {

        public Phone {
            if ((e164 == null) == (problem == null)) {
                throw new IllegalArgumentException("a phone has either an E.164 number or a problem, not both or neither");
            }
        }

        static Phone of(String e164, boolean valid, String extension) {
            return new Phone(e164, valid, extension == null || extension.isEmpty() ? null : extension, null);
        }

        static Phone problem(String problem) {
            return new Phone(null, false, null, problem);
        }

        /** Whether the number was understood, valid or not. */
        public boolean understood() {
            return e164 != null;
        }
    }

    /** "4.93090182E+10": what a spreadsheet shows after reading a long number as a quantity. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d(?:[.,]\\d+)?[eE][+-]?\\d{1,3}");
    private static final String UNKNOWN_REGION = "ZZ";
    private static final String UNKNOWN_ZONE = "Etc/Unknown";

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /**
     * Reads {@code raw}, taking a number without a country code to be in {@code defaultRegion}
     * (an ISO 3166-1 alpha-2 code, usually the person's country; may be null).
     */
    public Phone normalise(String raw, String defaultRegion) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) return Phone.problem("the phone number is empty: write its digits, like +49 30 901820");
        if (SCIENTIFIC.matcher(text).matches()) {
            return Phone.problem(quoted(text) + " is a phone number a spreadsheet turned into a number, which loses digits:"
                    + " format the column as text in the spreadsheet and export it again");
        }
        String region = supportedRegion(defaultRegion);
        try {
            PhoneNumber number = read(text, region);
            PhoneNumberUtil validator = PhoneValidators.forCountryCode(number.getCountryCode());
            ValidationResult possible = validator.isPossibleNumberWithReason(number);
            if (possible != ValidationResult.IS_POSSIBLE) return Phone.problem(quoted(text) + impossible(possible, number));
            String e164 = validator.format(number, PhoneNumberFormat.E164);
            return Phone.of(e164, validator.isValidNumber(number), number.getExtension());
        } catch (NumberParseException e) {
            return Phone.problem(quoted(text) + unreadable(e, text));
        }
    }

    /**
     * 00 is the international prefix almost everywhere, but libphonenumber applies only the
     * default region's own (011 in North America, 0011 in Australia), and none when the region is
     * unknown. So a number starting with 00 is read as dialled first, then as international.
     */
    private PhoneNumber read(String text, String region) throws NumberParseException {
        if (text.startsWith("00")) {
            try {
                PhoneNumber asDialled = util.parse(text, region);
                if (util.isPossibleNumberWithReason(asDialled) == ValidationResult.IS_POSSIBLE) return asDialled;
            } catch (NumberParseException e) {
                // not readable as dialled in the region: read it as international below
            }
            return util.parse("+" + text.substring(2), region);
        }
        return util.parse(text, region);
    }

    /** The IANA time zones of the area the number belongs to, or an empty list when libphonenumber cannot tell. */
    public List<String> timeZones(String e164) {
        return parsed(e164).map(n -> PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(n).stream()
                .filter(zone -> !UNKNOWN_ZONE.equals(zone)).toList()).orElse(List.of());
    }

    /** The ISO 3166-1 alpha-2 code of the number's country; empty for non-geographic and unknown numbers. */
    public Optional<String> region(String e164) {
        return parsed(e164).map(util::getRegionCodeForNumber).filter(r -> !UNKNOWN_REGION.equals(r) && !"001".equals(r));
    }

    private Optional<PhoneNumber> parsed(String e164) {
        if (e164 == null || e164.isBlank()) return Optional.empty();
        try {
            return Optional.of(util.parse(e164, UNKNOWN_REGION));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private String supportedRegion(String defaultRegion) {
        if (defaultRegion == null) return UNKNOWN_REGION;
        String upper = defaultRegion.strip().toUpperCase(Locale.ROOT);
        return util.getSupportedRegions().contains(upper) ? upper : UNKNOWN_REGION;
    }

    private static String impossible(ValidationResult reason, PhoneNumber number) {
        return switch (reason) {
            // a number possible only locally lacks its area code: too short to dial from elsewhere
            case TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY -> " is too short to be a phone number: check that no digits are missing, including the area code";
            case TOO_LONG -> " is too long to be a phone number: check for extra digits, or put an extension after \"ext.\"";
            case INVALID_COUNTRY_CODE -> " has no country code libphonenumber knows: check the digits after the +";
            default -> " has the wrong number of digits for a number with country code +" + number.getCountryCode() + ": check the digits";
        };
    }

    private static String unreadable(NumberParseException e, String text) {
        return switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE -> text.contains("+")
                    ? " has no country code libphonenumber knows: check the digits after the +"
                    : " has no country code: write it with one (like +49 30 901820), or give the person's country";
            case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> " is too short to be a phone number: check that no digits are missing";
            case TOO_LONG -> " is too long to be a phone number: check for extra digits, or put an extension after \"ext.\"";
            default -> " is not a phone number: write it with digits, like +49 30 901820";
        };
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
