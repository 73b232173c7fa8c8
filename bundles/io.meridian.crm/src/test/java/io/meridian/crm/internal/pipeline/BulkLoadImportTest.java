package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.BulkLoad;
import io.meridian.api.contacts.ContactQuery;
import io.meridian.api.contacts.ContactService;
import io.meridian.api.contacts.ContactSummary;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large import opens a bulk load sized from the file, and gives the book its list indexes
 * back whether it ends well or not.
 */
class BulkLoadImportTest {

    private static final int ROWS = 12_000;

    @TempDir
    Path dir;
    private ImportBench bench;
    private final List<Long> loadsOpened = new ArrayList<>();
    private final List<BulkLoad> loads = new ArrayList<>();
    private final AtomicInteger finished = new AtomicInteger();
    /** When set, finishing a load fails as a database that cannot build the indexes would. */
    private boolean rebuildFails;

    @AfterEach
    void close() {
        if (bench != null) bench.close();
    }

    /** The real service, with its bulk loads watched; optionally dying after the third batch is stored. */
    private ContactService watched(ContactService real, boolean dies) {
        AtomicInteger batches = new AtomicInteger();
        return (ContactService) Proxy.newProxyInstance(ContactService.class.getClassLoader(), new Class<?>[]{ContactService.class},
                (proxy, method, args) -> {
                    Object result = method.invoke(real, args);
                    if (method.getName().equals("bulkLoad")) {
                        loadsOpened.add((Long) args[0]);
                        BulkLoad load = (BulkLoad) result;
                        loads.add(load);
                        return new BulkLoad() {
                            @Override
                            public boolean indexesSetAside() {
                                return load.indexesSetAside();
                            }

                            @Override
                            public void finish() {
                                finished.incrementAndGet();
                                load.finish();
                                if (rebuildFails) throw new IllegalStateException("the disk is full");
                            }
                        };
                    }
                    if (dies && method.getName().equals("apply") && batches.incrementAndGet() == 3) {
                        throw new IllegalStateException("the disk is full");
                    }
                    return result;
                });
    }

    private static String file() {
        StringBuilder csv = new StringBuilder("First Name,Last Name,Email\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Given").append(i % 97).append(",Family").append(String.format("%05d", ROWS - i))
                    .append(",person").append(i).append("@example.com\n");
        }
        return csv.toString();
    }

    private int personIndexes() throws SQLException {
        try (Connection c = bench.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES"
                     + " WHERE TABLE_NAME = 'PERSON' AND INDEX_NAME LIKE 'PERSON\\_%' ESCAPE '\\'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aLargeImportSetsTheListIndexesAsideAndGivesThemBackAtItsEnd() throws SQLException {
        bench = new ImportBench(dir, real -> watched(real, false));
        int before = personIndexes();
        ImportRun run = bench.importAndWait(ImportBench.text("large.csv", file()), ImportOptions.defaults());

        assertEquals(ImportState.DONE, run.state(), run.toString());
        assertEquals(ROWS, run.counts().created());
        assertEquals(1, loadsOpened.size(), "one load for the whole file");
        long estimate = loadsOpened.get(0);
        assertTrue(estimate >= ROWS * 8 / 10 && estimate <= ROWS * 12 / 10, "the size of the file says about " + ROWS + ": " + estimate);
        assertTrue(loads.get(0).indexesSetAside(), "12,000 people into an empty book");
        assertEquals(1, finished.get());
        assertEquals(before, personIndexes(), "every list index is back");
        List<String> firstPage = bench.contacts.search(ContactQuery.all()).items().stream().map(ContactSummary::displayName).toList();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) expected.add("Given" + i % 97 + " Family" + String.format("%05d", ROWS - i));
        expected.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(expected.subList(0, firstPage.size()), firstPage, "lists read in order through the rebuilt indexes");
    }

    @Test
    void anImportThatFailsStillGivesTheIndexesBack() throws SQLException {
        bench = new ImportBench(dir, real -> watched(real, true));
        int before = personIndexes();
        ImportRun run = bench.importAndWait(ImportBench.text("large.csv", file()), ImportOptions.defaults());

        assertEquals(ImportState.FAILED, run.state(), run.toString());
        assertTrue(loads.get(0).indexesSetAside());
        assertEquals(1, finished.get());
        assertEquals(before, personIndexes());
    }

    @Test
    void anImportWhoseIndexesCannotBeBuiltAgainIsStillDoneAndSaysWhatFollows() {
        rebuildFails = true;
        bench = new ImportBench(dir, real -> watched(real, false));
        ImportRun run = bench.importAndWait(ImportBench.text("large.csv", file()), ImportOptions.defaults());

        assertEquals(ImportState.DONE, run.state(), run.toString());
        assertEquals(ROWS, run.counts().created(), "every record is stored");
        assertTrue(run.message().contains("indexes could not be built again (the disk is full)")
                && run.message().contains("health check"), run.message());
    }
}
