package io.meridian.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins the way {@link H2Compaction} reaches an open H2 store to the H2 version we ship: a file
 * fragmented by many small commits under {@code WRITE_DELAY=0} is brought back to the target
 * fill rate while open, with every row intact; and a database closed and opened again (as a
 * restore does) is found again.
 */
class H2CompactionTest {

    @TempDir
    Path folder;

    @Test
    void anOpenFileFragmentedBySmallCommitsIsCompactedWithNothingLost() throws Exception {
        Path base = folder.resolve("book");
        try (HikariDataSource pool = pool(base); H2Compaction compaction = H2Compaction.manual(pool, base + ".mv.db")) {
            fragment(pool);
            int before = compaction.fillRate();
            assertTrue(before < H2Compaction.TARGET_FILL_RATE, "the churn should leave the file fragmented; fill rate " + before + " %");
            assertTrue(compaction.compact(), "a fragmented store is compacted");
            // Each round rewrites at most WRITE_BYTES; the chunks it emptied go at the next commit.
            for (int round = 0; round < 100 && compaction.compact(); round++) touch(pool);
            touch(pool);
            int after = compaction.fillRate();
            assertTrue(after >= H2Compaction.TARGET_FILL_RATE, "fill rate " + before + " % → " + after + " %");
            assertEquals(20_000, count(pool, "SELECT COUNT(*) FROM wide WHERE score = 9"));

            // Closed (its last connection closed) and opened again, as a restore does: the next round finds the new store.
            pool.getHikariPoolMXBean().softEvictConnections();
            assertEquals(0, pool.getHikariPoolMXBean().getTotalConnections());
            fragment(pool);
            assertTrue(compaction.fillRate() < H2Compaction.TARGET_FILL_RATE);
            assertTrue(compaction.compact(), "the reopened store is compacted too");
        }
        assertTrue(Files.size(Path.of(base + ".mv.db")) > 0);
    }

    private static HikariDataSource pool(Path base) {
        HikariConfig config = new HikariConfig();
        // Without H2's 45-second retention, so that the chunks this test writes are old enough to rewrite.
        config.setJdbcUrl("jdbc:h2:file:" + base + DatabaseTarget.H2_OPTIONS + ";RETENTION_TIME=0");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    /** 20,000 wide rows with three indexes, then 10 rounds of updating each in commits of 100. */
    private static void fragment(HikariDataSource pool) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS wide");
            s.execute("CREATE TABLE wide (id INT PRIMARY KEY, score INT, name VARCHAR(200), note VARCHAR(400))");
            s.execute("CREATE INDEX wide_score ON wide (score, name, id)");
            s.execute("CREATE INDEX wide_name ON wide (name, id)");
            s.execute("INSERT INTO wide SELECT x, 0, 'name ' || x, REPEAT('n', 300) FROM SYSTEM_RANGE(1, 20000)");
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement("UPDATE wide SET score = ? WHERE id = ?")) {
                for (int round = 0; round < 10; round++) {
                    for (int id = 1; id <= 20000; id++) {
                        update.setInt(1, round);
                        update.setInt(2, id);
                        update.addBatch();
                        if (id % 100 == 0) {
                            update.executeBatch();
                            c.commit();
                        }
                    }
                }
            }
            c.setAutoCommit(true);
        }
    }

    /** A commit, as any user's write would make. */
    private static void touch(HikariDataSource pool) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE wide SET name = name WHERE id = 1");
        }
    }

    private static long count(HikariDataSource pool, String sql) throws Exception {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
