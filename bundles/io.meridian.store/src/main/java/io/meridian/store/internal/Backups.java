package io.meridian.store.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.meridian.api.store.Database;
import io.meridian.api.store.Migration;
import io.meridian.api.store.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Logical backups: a zip holding {@code backup.json} (when, from which engine, the schema
 * versions) and one {@code tables/NAME.jsonl} per table — a header line naming the columns,
 * then one JSON array per row. Taken from one snapshot while the workbench runs, so it is
 * consistent; readable by either engine, so a personal H2 database can move to a team's
 * PostgreSQL server. A restore replaces every backed-up table in one transaction: it either
 * completes or leaves the database as it was.
 */
final class Backups {

    static final int FORMAT = 1;
    private static final int BATCH = 500;
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.CLOSE_CLOSEABLE)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    /** What a backup or restore touched. */
    record Summary(Map<String, Long> rowsPerTable) {
        long rows() {
            return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private Backups() {
    }

    static Summary backup(OpenDatabase db, Path file) {
        Path temp = file.resolveSibling("." + file.getFileName() + ".partial");
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            snapshot(c, db.product(), true);
            try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out)) {
                List<String> tables = Tables.inDependencyOrder(c);
                tables.remove(Migrator.HISTORY);
                Map<String, Object> manifest = new LinkedHashMap<>();
                manifest.put("format", FORMAT);
                manifest.put("createdAt", Instant.now().toString());
                manifest.put("product", db.product());
                manifest.put("schema", schemaVersions(db.history()));
                manifest.put("tables", tables);
                zip.putNextEntry(new ZipEntry("backup.json"));
                JSON.writerWithDefaultPrettyPrinter().writeValue(zip, manifest);
                zip.closeEntry();
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
                    counts.put(table, writeTable(c, table, zip));
                    zip.closeEntry();
                }
            } finally {
                c.rollback();
                snapshot(c, db.product(), false);
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
            moveIntoPlace(temp, file);
            return new Summary(counts);
        } catch (SQLException | IOException e) {
            deleteQuietly(temp);
            throw new StoreException("cannot write the backup " + file + ": " + e.getMessage(), e);
        }
    }

    static Summary restore(OpenDatabase db, Path file) {
        if (!Files.isRegularFile(file)) throw new StoreException("no backup at " + file + ": name a file that store:backup wrote");
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, Object> manifest = readManifest(zip, file);
            checkSchema(file, manifest, schemaVersions(db.history()));
            @SuppressWarnings("unchecked")
            List<String> tables = (List<String>) manifest.get("tables");
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Connection c = db.dataSource().getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    List<String> order = Tables.inDependencyOrder(c);
                    for (String table : tables) {
                        if (!order.contains(table)) throw new StoreException(file + " holds table " + table + ", which this database does not have");
                    }
                    order.retainAll(tables);
                    try (Statement s = c.createStatement()) {
                        // Other workbenches on the same server wait until the restore is committed.
                        if (db.product().equals(Database.POSTGRESQL) && !order.isEmpty()) {
                            s.execute("LOCK TABLE " + String.join(", ", order) + " IN ACCESS EXCLUSIVE MODE");
                        }
                        for (int i = order.size() - 1; i >= 0; i--) s.executeUpdate("DELETE FROM " + order.get(i));
                    }
                    for (String table : order) {
                        ZipEntry entry = zip.getEntry("tables/" + table + ".jsonl");
                        if (entry == null) throw new StoreException(file + " lacks tables/" + table + ".jsonl; it is incomplete");
                        try (InputStream in = zip.getInputStream(entry)) {
                            counts.put(table, readTable(c, table, in, file));
                        }
                    }
                    c.commit();
                } catch (SQLException | IOException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(autoCommit);
                }
            }
            return new Summary(counts);
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot restore " + file + ", the database is unchanged: " + e.getMessage(), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot restore " + file + ", the database is unchanged: the file is damaged (" + e + ")", e);
        }
    }

    private static long writeTable(Connection c, String table, OutputStream zip) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            // PostgreSQL then streams the rows rather than loading the whole table into memory.
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                return writeRows(rs, zip);
            }
        }
    }

    private static long writeRows(ResultSet rs, OutputStream zip) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        ColumnKind[] kinds = new ColumnKind[n];
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            kinds[i - 1] = ColumnKind.of(meta.getColumnType(i), meta.getColumnTypeName(i));
            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        JsonGenerator out = JSON.getFactory().createGenerator(zip, JsonEncoding.UTF8);
        out.setRootValueSeparator(null);
        JSON.writeValue(out, Map.of("columns", columns));
        out.writeRaw('\n');
        long rows = 0;
        while (rs.next()) {
            out.writeStartArray();
            for (int i = 1; i <= n; i++) out.writeObject(kinds[i - 1].read(rs, i));
            out.writeEndArray();
            out.writeRaw('\n');
            rows++;
        }
        out.flush();
        return rows;
    }

    private static long readTable(Connection c, String table, InputStream in, Path file) throws SQLException, IOException {
        long rows = 0;
        try (MappingIterator<Object> lines = JSON.readerFor(Object.class).readValues(in)) {
            if (!lines.hasNext()) throw new StoreException(file + ": tables/" + table + ".jsonl is empty; the backup is damaged");
            @SuppressWarnings("unchecked")
            List<String> columns = (List<String>) ((Map<String, Object>) lines.next()).get("columns");
            String placeholders = String.join(", ", Collections.nCopies(columns.size(), "?"));
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + placeholders + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ColumnKind[] kinds = new ColumnKind[columns.size()];
                int[] types = new int[columns.size()];
                Map<String, int[]> targetTypes = columnTypes(c, table);
                for (int i = 0; i < columns.size(); i++) {
                    int[] type = targetTypes.get(columns.get(i));
                    if (type == null) throw new StoreException(file + ": table " + table + " has no column " + columns.get(i) + " here; the schemas differ");
                    types[i] = type[0];
                    kinds[i] = ColumnKind.values()[type[1]];
                }
                while (lines.hasNext()) {
                    List<?> row = (List<?>) lines.next();
                    for (int i = 0; i < kinds.length; i++) kinds[i].bind(ps, i + 1, row.get(i), types[i]);
                    ps.addBatch();
                    if (++rows % BATCH == 0) ps.executeBatch();
                }
                ps.executeBatch();
            }
        }
        return rows;
    }

    /** Column name to {SQL type, ColumnKind ordinal} as this engine defines the table. */
    private static Map<String, int[]> columnTypes(Connection c, String table) throws SQLException {
        Map<String, int[]> types = new TreeMap<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), Tables.nativeCase(c.getMetaData(), table), "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                types.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        new int[]{type, ColumnKind.of(type, rs.getString("TYPE_NAME")).ordinal()});
            }
        }
        return types;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readManifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry("backup.json");
        if (entry == null) throw new StoreException(file + " is not a Meridian backup (it has no backup.json)");
        try (InputStream in = zip.getInputStream(entry)) {
            Map<String, Object> manifest = JSON.readValue(in, Map.class);
            if (!Integer.valueOf(FORMAT).equals(manifest.get("format"))) {
                throw new StoreException(file + " is a backup in format " + manifest.get("format") + "; this Meridian reads format " + FORMAT);
            }
            return manifest;
        }
    }

    private static void checkSchema(Path file, Map<String, Object> manifest, Map<String, Integer> current) {
        @SuppressWarnings("unchecked")
        Map<String, Object> saved = (Map<String, Object>) manifest.get("schema");
        for (Map.Entry<String, Object> owner : saved.entrySet()) {
            Integer here = current.get(owner.getKey());
            int there = ((Number) owner.getValue()).intValue();
            if (here == null || here != there) {
                throw new StoreException(file + " was made at schema version " + there + " of " + owner.getKey() + ", but this database is at "
                        + (here == null ? "none (the bundle is not installed)" : "version " + here)
                        + "; restore it with the Meridian release that made it, then upgrade");
            }
        }
    }

    private static Map<String, Integer> schemaVersions(List<Migration> history) {
        Map<String, Integer> versions = new TreeMap<>();
        for (Migration m : history) versions.merge(m.owner(), m.version(), Math::max);
        return versions;
    }

    /** Reads from one snapshot: PostgreSQL's repeatable read is one; H2 calls it SNAPSHOT. */
    private static void snapshot(Connection c, String product, boolean on) throws SQLException {
        if (product.equals(Database.H2)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + (on ? "SNAPSHOT" : "READ COMMITTED"));
            }
        } else if (on) {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
    }

    private static void moveIntoPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the partial file is named .NAME.partial; it harms nothing if it stays
        }
    }
}
