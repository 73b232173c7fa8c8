package io.meridian.contacts.internal;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids that sort by the time they were made (UUID version 7, RFC 9562: 48 bits of Unix time in
 * milliseconds, then random bits). A bulk import inserts thousands of people a second: with
 * random ids each one lands on a different page of the primary key and of the attribute table's
 * key, and H2 rewrites all those pages at every store; time-ordered ids append instead.
 */
final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    static UUID next() {
        long millis = System.currentTimeMillis();
        long random = RANDOM.nextLong();
        long high = (millis << 16) | 0x7000L | ((random >>> 52) & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
