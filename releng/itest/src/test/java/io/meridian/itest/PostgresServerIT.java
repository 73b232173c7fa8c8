package io.meridian.itest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PostgreSQL server that team-mode tests run against: real, writable, loopback only. */
class PostgresServerIT {

    @RegisterExtension
    static final PostgresServer postgres = new PostgresServer();

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
    }

    @Test
    void storesAndReadsBackRows() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contact (id integer PRIMARY KEY, name text NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "Zoë Ødegård");   // the database must keep names from any country
                insert.executeUpdate();
            }
            try (ResultSet rows = statement.executeQuery("SELECT name, lower(name) FROM contact WHERE id = 1")) {
                assertTrue(rows.next());
                assertEquals("Zoë Ødegård", rows.getString(1));
                assertEquals("zoë ødegård", rows.getString(2));
                assertFalse(rows.next());
            }
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW listen_addresses")) {
            assertTrue(rows.next());
            assertEquals("127.0.0.1", rows.getString(1));
        }
        int port = URI.create(postgres.jdbcUrl().substring("jdbc:".length())).getPort();
        // Nothing answers on the machine's other addresses (if it has any).
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            for (InetAddress address : network.inetAddresses().toList()) {
                if (address.isLoopbackAddress()) continue;
                try (Socket socket = new Socket()) {
                    assertThrows(IOException.class, () -> socket.connect(new InetSocketAddress(address, port), 2000),
                            "PostgreSQL accepts connections on " + address.getHostAddress());
                }
            }
        }
    }
}
