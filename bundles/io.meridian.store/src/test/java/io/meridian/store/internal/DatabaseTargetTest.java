package io.meridian.store.internal;

import io.meridian.api.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTargetTest {

    @TempDir
    Path data;

    private static StoreConfiguration config(String url, String user, String password, String passwordFile) {
        return config(url, user, password, passwordFile, 8);
    }

    private static StoreConfiguration config(String url, String user, String password, String passwordFile, int poolSize) {
        return new StoreConfiguration() {
            @Override public Class<? extends Annotation> annotationType() { return StoreConfiguration.class; }
            @Override public String url() { return url; }
            @Override public String user() { return user; }
            @Override public String password() { return password; }
            @Override public String passwordFile() { return passwordFile; }
            @Override public int poolSize() { return poolSize; }
        };
    }

    @Test
    void theDefaultIsAnEmbeddedFileThatWritesEveryCommitAndListensNowhere() {
        DatabaseTarget t = DatabaseTarget.of(config("", "", "", ""), data);
        assertEquals(Database.H2, t.product());
        assertTrue(t.url().startsWith("jdbc:h2:file:" + data.resolve("db/meridian").toAbsolutePath()), t.url());
        assertTrue(t.url().contains(";WRITE_DELAY=0"), "a kill must not lose an acknowledged write: " + t.url());
        assertFalse(t.url().contains("AUTO_SERVER") || t.url().contains("tcp:"), t.url());
        assertEquals(data.resolve("db/meridian").toAbsolutePath() + ".mv.db", t.location());
    }

    @Test
    void aServerIsNamedWithoutItsPasswordWhichMayComeFromAFile() throws Exception {
        Path secret = Files.writeString(data.resolve("pw"), "s3cret\n");
        DatabaseTarget t = DatabaseTarget.of(config("jdbc:postgresql://db:5432/meridian?ssl=true", "kim", "", secret.toString()), data);
        assertEquals(Database.POSTGRESQL, t.product());
        assertEquals("s3cret", t.password());
        assertEquals("postgresql://db:5432/meridian as kim", t.location());
        assertEquals("jdbc:postgresql://db:5432/meridian?ssl=true&prepareThreshold=0", t.url(), "each statement planned for its parameters");
        assertEquals("jdbc:postgresql://db/m?prepareThreshold=0", DatabaseTarget.postgresUrl("jdbc:postgresql://db/m"));
        assertEquals("jdbc:postgresql://db/m?prepareThreshold=3", DatabaseTarget.postgresUrl("jdbc:postgresql://db/m?prepareThreshold=3"),
                "the user's own setting wins");
    }

    @Test
    void anH2UrlMustStayAnEmbeddedDurableFileAndItsLocationShowsNoSettings() {
        DatabaseTarget own = DatabaseTarget.of(config("jdbc:h2:file:/srv/m/book;PASSWORD=x", "", "", ""), data);
        assertEquals("jdbc:h2:file:/srv/m/book;PASSWORD=x;WRITE_DELAY=0", own.url());
        assertEquals("/srv/m/book.mv.db", own.location());
        for (String url : new String[]{"jdbc:h2:tcp://host/db", "jdbc:h2:mem:x", "jdbc:h2:file:/x;AUTO_SERVER=TRUE"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.of(config(url, "", "", ""), data));
            assertTrue(e.getMessage().contains("is not an embedded H2 file"), e.getMessage());
        }
        IllegalArgumentException pool = assertThrows(IllegalArgumentException.class, () -> DatabaseTarget.of(config("", "", "", "", 0), data));
        assertTrue(pool.getMessage().contains("poolSize = 0 must be 1-64"), pool.getMessage());
    }

    @Test
    void anUnknownUrlOrAMissingPasswordFileIsExplained() {
        IllegalArgumentException url = assertThrows(IllegalArgumentException.class,
                () -> DatabaseTarget.of(config("jdbc:mysql://db/x", "", "", ""), data));
        assertTrue(url.getMessage().contains("etc/io.meridian.store.cfg: url = jdbc:mysql://db/x is neither"), url.getMessage());
        IllegalArgumentException file = assertThrows(IllegalArgumentException.class,
                () -> DatabaseTarget.of(config("jdbc:postgresql://db/x", "kim", "", data.resolve("nope").toString()), data));
        assertTrue(file.getMessage().contains("passwordFile = " + data.resolve("nope") + " cannot be read"), file.getMessage());
    }
}
