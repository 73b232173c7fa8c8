package io.meridian.calendar.internal.ics;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The IANA zone a TZID names, as calendar programs write them: "Europe/Berlin", "/Europe/Berlin"
 * (RFC 5545's globally unique form), Mozilla's "/mozilla.org/20050126_1/Europe/Berlin", or
 * Outlook's Windows names such as "W. Europe Standard Time" (mapped through ICU's copy of CLDR).
 */
final class TzidZones {

    private static final String MOZILLA_PREFIX = "mozilla.org/20050126_1/";
    /** CLDR's "world" territory: the main IANA zone of a Windows zone. */
    private static final String WORLD = "001";

    private TzidZones() {
    }

    /** The zone {@code tzid} names, or empty if it is neither an IANA id nor a Windows zone name. */
    static Optional<ZoneId> zone(String tzid) {
        String id = tzid.strip();
        if (id.startsWith("/")) {
            id = id.substring(1);
        }
        if (id.startsWith(MOZILLA_PREFIX)) {
            id = id.substring(MOZILLA_PREFIX.length());
        }
        if (id.contains("/") || id.equals("UTC")) {
            try {
                return Optional.of(ZoneId.of(id));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        String windows = com.ibm.icu.util.TimeZone.getIDForWindowsID(id, WORLD);
        if (windows == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(windows));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
