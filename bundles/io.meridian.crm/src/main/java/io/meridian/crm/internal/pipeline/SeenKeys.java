package io.meridian.crm.internal.pipeline;

/**
 * The emails, phones and ids a dry run has met so far, each with the line that first gave it, so
 * that it can report a later record as merging into an earlier one, as the real run would. Keys
 * are held as 64-bit hashes in open addressing, about 16 bytes a key: a million-row file with
 * three keys a row fits in under 100 MB, where strings in a HashMap would take three times that.
 * Two different keys colliding in 64 bits is improbable enough for a report that writes nothing.
 */
final class SeenKeys {

    private static final long EMPTY = 0;
    private long[] keys = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /** The line that first gave the key, or 0; remembers the key for this line if it is new. */
    long firstLine(String key, long line) {
        long h = hash(key);
        int mask = keys.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == h) return lines[i];
            if (keys[i] == EMPTY) {
                keys[i] = h;
                lines[i] = line;
                if (++size * 2 > keys.length) grow();
                return 0;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long h = oldKeys[j];
            if (h == EMPTY) continue;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = h;
            lines[i] = oldLines[j];
        }
    }

    /** FNV-1a over the characters, finished with a 64-bit mixer; never 0, which marks a free slot. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    int size() {
        return size;
    }
}
