package io.meridian.contacts.internal;

import io.meridian.itest.PostgresServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Team mode: change batches, bulk lookups and reverts on a real PostgreSQL server. */
class ChangeSetsOnPostgresIT extends ChangeSetsTest {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @Override
    protected ContactBook newBook() {
        return PostgresBooks.newBook(POSTGRES);
    }
}
