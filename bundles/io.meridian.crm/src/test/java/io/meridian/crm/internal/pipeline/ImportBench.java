package io.meridian.crm.internal.pipeline;

import io.meridian.api.contacts.ContactService;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportOptions;
import io.meridian.api.importing.ImportRun;
import io.meridian.api.importing.ImportSource;
import io.meridian.api.importing.ImportState;
import io.meridian.contacts.internal.ContactBook;
import io.meridian.crm.internal.formats.CsvFormat;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The import pipeline wired by hand for tests: the real contact services and the import tables
 * on an in-memory H2 database, the formats the test gives, and the fixtures under
 * {@code src/test/resources/fixtures}.
 */
final class ImportBench implements AutoCloseable {

    final DataSource dataSource;
    final ContactBook book;
    final ContactService contacts;
    final ImportJournal journal;
    final List<ImportFormat> formats = new ArrayList<>(List.of(new CsvFormat()));
    final ExecutorService executor = Executors.newSingleThreadExecutor();
    final Path directory;
    Imports imports;

    ImportBench(Path directory) {
        this(directory, null);
    }

    /** With the contact service the pipeline sees replaced (to fail or stop it at a chosen moment). */
    ImportBench(Path directory, java.util.function.UnaryOperator<ContactService> wrap) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        this.dataSource = ds;
        this.book = ContactBook.on(ds);
        this.contacts = book.contacts();
        migrate(ds);
        this.journal = new ImportJournal(ds);
        this.directory = directory;
        this.imports = imports(wrap == null ? contacts : wrap.apply(contacts));
    }

    Imports imports(ContactService seen) {
        return new Imports(seen, journal, directory, () -> (Collection<ImportFormat>) List.copyOf(formats), executor,
                Clock.systemUTC(), 200L * 1024 * 1024);
    }

    private static void migrate(DataSource ds) {
        for (String name : ImportJournal.MIGRATION_FILES) {
            try (InputStream in = ImportBench.class.getResourceAsStream("/" + ImportJournal.MIGRATIONS + "/" + name);
                 Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                for (String statement : sql.split(";\\s*\\n")) {
                    if (!statement.isBlank()) s.execute(statement);
                }
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("cannot create the import tables from " + name, e);
            }
        }
    }

    static ImportSource fixture(String name) {
        return source(name, () -> {
            InputStream in = ImportBench.class.getResourceAsStream("/fixtures/" + name);
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return in;
        });
    }

    static ImportSource text(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return source(name, () -> new ByteArrayInputStream(bytes));
    }

    static ImportSource file(Path file) {
        return ImportSource.of(file.getFileName().toString(), file);
    }

    interface Opener {
        InputStream open() throws IOException;
    }

    static ImportSource source(String name, Opener opener) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return opener.open();
            }
        };
    }

    /** Imports and waits until the run has stopped. */
    ImportRun importAndWait(ImportSource source, ImportOptions options) {
        try {
            return waitFor(imports.start(source, options).id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportRun waitFor(long id) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            ImportRun run = imports.run(id).orElseThrow();
            if (run.finished() || run.state() == ImportState.INTERRUPTED) return run;
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish within two minutes: " + imports.run(id));
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
