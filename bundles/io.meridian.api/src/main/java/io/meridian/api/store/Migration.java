package io.meridian.api.store;

import java.util.Objects;

/**
 * One schema change of one bundle: {@code V<version>__<description>.sql}.
 *
 * @param owner the bundle symbolic name whose schema it changes
 * @param version its position in that bundle's history, from 1
 * @param description the file name's description part, underscores as spaces
 * @param checksum CRC32 of the file's text, to notice a migration edited after it ran
 */
public record Migration(String owner, int version, String description, long checksum) {
    public Migration {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(description, "description");
        if (version < 1) throw new IllegalArgumentException("migration versions start at 1: " + version);
    }
}
