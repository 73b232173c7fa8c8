package io.meridian.store.internal;

import io.meridian.api.store.Database;
import io.meridian.api.store.StoreException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/** A migration as shipped: {@code V<version>__<description>[.h2|.postgresql].sql}. */
record MigrationFile(String name, int version, String description, String sql) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+?)(?:\\.(h2|postgresql))?\\.sql");

    long checksum() {
        CRC32 crc = new CRC32();
        crc.update(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * The files that apply to {@code product}, in version order: a product-specific file
     * ({@code .h2.sql}) wins over the generic one of the same version.
     *
     * @param texts file name to content, as found in the bundle's folder
     */
    static List<MigrationFile> select(String owner, String folder, Map<String, String> texts, String product) {
        String productSuffix = product.equals(Database.POSTGRESQL) ? "postgresql" : "h2";
        Map<Integer, MigrationFile> generic = new TreeMap<>();
        Map<Integer, MigrationFile> specific = new TreeMap<>();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            String name = entry.getKey();
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new StoreException(owner + ": " + folder + "/" + name + " is not a migration name: name it "
                        + "V<number>__<description>.sql (e.g. V2__add_tags.sql), optionally .h2.sql or .postgresql.sql");
            }
            int version = Integer.parseInt(m.group(1));
            String only = m.group(3);
            if (only != null && !only.equals(productSuffix)) continue;
            MigrationFile file = new MigrationFile(name, version, m.group(2).replace('_', ' '), entry.getValue());
            MigrationFile clash = (only == null ? generic : specific).put(version, file);
            if (clash != null) {
                throw new StoreException(owner + ": " + folder + "/" + clash.name() + " and " + name
                        + " both claim version " + version + ": renumber one of them");
            }
        }
        Map<Integer, MigrationFile> chosen = new TreeMap<>(generic);
        chosen.putAll(specific);
        List<MigrationFile> files = new ArrayList<>(chosen.values());
        files.sort(Comparator.comparingInt(MigrationFile::version));
        return files;
    }
}
