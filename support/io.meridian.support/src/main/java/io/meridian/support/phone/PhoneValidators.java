package io.meridian.support.phone;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * libphonenumber instances for checking numbers, one per country calling code. Checking a number
 * tries the patterns of its country's number types, and one instance caches only the last 100
 * patterns it compiled: numbers from twenty countries through one instance would compile
 * patterns again and again. An instance per code keeps each country's; there are under 300 codes.
 * Parsing is the same on any instance; read with {@link PhoneNumberUtil#getInstance()}.
 */
public final class PhoneValidators {

    private static final Map<Integer, PhoneNumberUtil> BY_CODE = new ConcurrentHashMap<>();

    private PhoneValidators() {
    }

    /** The instance that checks and formats numbers with this country calling code. */
    public static PhoneNumberUtil forCountryCode(int countryCode) {
        // libphonenumber names its metadata by absolute resource path, inside its own jar
        return BY_CODE.computeIfAbsent(countryCode, code -> PhoneNumberUtil.createInstance(PhoneNumberUtil.class::getResourceAsStream));
    }
}
