package io.meridian.contacts.internal;

import io.meridian.itest.PostgresServer;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Team mode: every contact service test, on a real PostgreSQL server, each test on a database
 * of its own with the contacts bundle's migration applied.
 */
class ContactServicesOnPostgresIT extends ContactServicesTest {

    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @Override
    protected ContactBook newBook() {
        return PostgresBooks.newBook(POSTGRES);
    }
}
