package io.meridian.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.meridian.api.store.Database;
import io.meridian.api.store.Migration;
import io.meridian.api.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {

    private static final String V1 = """
            -- people; a semicolon inside a literal; stays
            CREATE TABLE owner (id UUID PRIMARY KEY, name VARCHAR(100) NOT NULL, born DATE,
                seen TIMESTAMP WITH TIME ZONE, score DOUBLE PRECISION, ok BOOLEAN);
            CREATE TABLE pet (id UUID PRIMARY KEY, owner_id UUID NOT NULL REFERENCES owner (id), name VARCHAR);
            INSERT INTO owner (id, name) VALUES ('00000000-0000-0000-0000-000000000001', 'a;b');
            """;

    @TempDir
    Path folder;

    private final List<OpenDatabase> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(OpenDatabase::close);
    }

    private OpenDatabase h2(String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve(name) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
        config.setMaximumPoolSize(2);
        OpenDatabase db = new OpenDatabase(new HikariDataSource(config), Database.H2, name, folder);
        opened.add(db);
        return db;
    }

    private List<Migration> migrate(OpenDatabase db, Map<String, String> files) {
        return new Migrator(db.dataSource(), db.product(), folder).migrate("test.bundle", "db", MigrationFile.select("test.bundle", "db", files, db.product()));
    }

    @Test
    void scriptSplitsOnSemicolonsAtLineEndsAndKeepsLineNumbers() {
        List<SqlScript.Statement> statements = SqlScript.parse(V1);
        assertEquals(3, statements.size());
        assertEquals(2, statements.get(0).line());
        assertTrue(statements.get(2).sql().endsWith("'a;b')"), statements.get(2).sql());
    }

    @Test
    void migrationsApplyOnceInOrderAndPreferTheProductSpecificFile() throws SQLException {
        OpenDatabase db = h2("m");
        Map<String, String> files = Map.of("V1__owners.sql", V1, "V2__pets.sql", "ALTER TABLE pet ADD COLUMN kind VARCHAR(20);",
                "V2__pets.h2.sql", "ALTER TABLE pet ADD COLUMN species VARCHAR(20);", "V2__pets.postgresql.sql", "SELECT nonsense;");
        assertEquals(List.of(1, 2), migrate(db, files).stream().map(Migration::version).toList());
        assertEquals(List.of(), migrate(db, files));
        String column = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'PET' AND COLUMN_NAME = ";
        assertEquals(1, count(db, column + "'SPECIES'"));
        assertEquals(0, count(db, column + "'KIND'"));
        assertEquals("owners", db.history().get(0).description());
    }

    @Test
    void anEditedMigrationADowngradeAndABadStatementAreRefusedByName() throws Exception {
        OpenDatabase db = h2("r");
        migrate(db, Map.of("V1__owners.sql", V1));
        StoreException edited = assertThrows(StoreException.class, () -> migrate(db, Map.of("V1__owners.sql", V1 + "\n-- edited")));
        assertTrue(edited.getMessage().contains("V1__owners.sql changed after it was applied"), edited.getMessage());
        StoreException older = assertThrows(StoreException.class, () -> migrate(db, Map.of()));
        assertTrue(older.getMessage().contains("a newer Meridian wrote it"), older.getMessage());
        StoreException bad = assertThrows(StoreException.class, () -> migrate(db, Map.of("V1__owners.sql", V1,
                "V2__oops.sql", "CREATE TABLE kept (id INTEGER);\n\nCREATE TABLE x (id INTEGR);")));
        assertTrue(bad.getMessage().contains("db/V2__oops.sql line 3 failed on H2"), bad.getMessage());
        Path copy = folder.resolve("before-test.bundle-v2.zip");
        assertTrue(bad.getMessage().contains("the database as it was before the migration is in " + copy), bad.getMessage());
        assertTrue(Files.size(copy) > 0);
        StoreException name = assertThrows(StoreException.class, () -> MigrationFile.select("b", "db", Map.of("2_x.sql", ""), Database.H2));
        assertTrue(name.getMessage().contains("V<number>__<description>.sql"), name.getMessage());
    }

    @Test
    void backupRestoresEveryValueIntoAnotherDatabaseInOneTransaction() throws Exception {
        OpenDatabase source = h2("source");
        migrate(source, Map.of("V1__owners.sql", V1));
        UUID owner = UUID.randomUUID();
        exec(source, "INSERT INTO owner VALUES ('" + owner + "', 'Zoë Ødegård', DATE '1980-02-29',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-20 10:15:30.123+01:00', 2.5, TRUE)");
        exec(source, "INSERT INTO pet VALUES ('" + UUID.randomUUID() + "', '" + owner + "', NULL)");
        Path file = folder.resolve("backup.zip");
        assertEquals(3, Backups.backup(source, file).rows());
        assertFalse(Files.exists(folder.resolve(".backup.zip.partial")));

        OpenDatabase target = h2("target");
        migrate(target, Map.of("V1__owners.sql", V1));
        exec(target, "INSERT INTO owner (id, name) VALUES ('" + UUID.randomUUID() + "', 'replaced')");
        assertEquals(3, Backups.restore(target, file).rows());
        try (Connection c = target.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, born, seen, score, ok FROM owner WHERE id = '" + owner + "'")) {
            assertTrue(rs.next());
            assertEquals("Zoë Ødegård", rs.getString(1));
            assertEquals("1980-02-29", rs.getString(2));
            assertEquals(java.time.OffsetDateTime.parse("2026-11-20T10:15:30.123+01:00").toInstant(),
                    rs.getObject(3, java.time.OffsetDateTime.class).toInstant());
            assertEquals(2.5, rs.getDouble(4));
            assertTrue(rs.getBoolean(5));
        }
        assertEquals(0, count(target, "SELECT COUNT(*) FROM owner WHERE name = 'replaced'"));

        OpenDatabase newer = h2("newer");
        migrate(newer, Map.of("V1__owners.sql", V1, "V2__more.sql", "ALTER TABLE pet ADD COLUMN kind VARCHAR(20);"));
        StoreException refused = assertThrows(StoreException.class, () -> Backups.restore(newer, file));
        assertTrue(refused.getMessage().contains("schema version 1 of test.bundle, but this database is at version 2"), refused.getMessage());
        assertEquals(1, count(newer, "SELECT COUNT(*) FROM owner"), "a refused restore changes nothing");
    }

    @Test
    void aRestoreThatFailsHalfwayLeavesTheDatabaseAsItWas() throws Exception {
        OpenDatabase source = h2("s2");
        migrate(source, Map.of("V1__owners.sql", V1));
        Path file = folder.resolve("b2.zip");
        Backups.backup(source, file);
        OpenDatabase target = h2("t2");
        migrate(target, Map.of("V1__owners.sql", V1));
        exec(target, "ALTER TABLE pet ADD CONSTRAINT never CHECK (name IS NOT NULL)");
        exec(source, "INSERT INTO pet VALUES ('" + UUID.randomUUID() + "', '00000000-0000-0000-0000-000000000001', NULL)");
        Backups.backup(source, file);
        exec(target, "INSERT INTO owner (id, name) VALUES ('" + UUID.randomUUID() + "', 'kept')");
        assertThrows(StoreException.class, () -> Backups.restore(target, file));
        assertEquals(1, count(target, "SELECT COUNT(*) FROM owner WHERE name = 'kept'"));
        assertEquals(2, count(target, "SELECT COUNT(*) FROM owner"));
    }

    private static void exec(OpenDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(OpenDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
