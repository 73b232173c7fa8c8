package io.meridian.libphonenumber.probe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.osgi.framework.FrameworkUtil;

/**
 * Parses, validates and formats German numbers from inside the framework.
 *
 * <p>libphonenumber reads the metadata of a region only when a number of that region is first
 * looked at, as a resource next to its own classes; so {@code getInstance()} alone proves
 * little. Without the German metadata in the bundle, parsing a national number with region DE
 * fails, and no German number is valid or has a type.
 *
 * <p>The findings hold JDK types only, so the test outside the framework can check them.
 */
final class GermanNumbersProbe implements Callable<Map<String, Object>> {

    private static final String REGION = "DE";

    /** An international and a national way of writing one Berlin number, and a stub. */
    private static final List<String> NUMBERS = List.of("+49 30 901820", "030 901820", "+49 123");

    @Override
    public Map<String, Object> call() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("libphonenumberBundle", FrameworkUtil.getBundle(PhoneNumberUtil.class).getSymbolicName());
        for (String text : NUMBERS) {
            findings.put(text, describe(util, text));
        }
        try {
            // The geocoder's map, merged into the bundle: read through the bundle's own class loader.
            findings.put("timeZones", PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(util.parse(NUMBERS.get(0), REGION)));
        } catch (NumberParseException e) {
            findings.put("timeZones", e.getErrorType().name());
        }
        return findings;
    }

    private static Map<String, Object> describe(PhoneNumberUtil util, String text) {
        Map<String, Object> facts = new LinkedHashMap<>();
        try {
            PhoneNumber number = util.parse(text, REGION);
            facts.put("valid", util.isValidNumber(number));
            facts.put("possibility", util.isPossibleNumberWithReason(number).name());
            facts.put("type", util.getNumberType(number).name());
            facts.put("e164", util.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            facts.put("parseError", e.getErrorType().name());
        }
        return facts;
    }
}
