package io.meridian.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP GET over a plain socket, answering only "did an HTTP server reply, and with what
 * status". A raw socket rather than {@code HttpURLConnection} or {@code HttpClient} so that
 * probing loads next to no classes: the floor process polls with it while being timed, and
 * should not be made slower (and the ratio flattered) by the probe itself.
 */
final class HttpProbe {

    private HttpProbe() {
    }

    /**
     * The status code of {@code GET pathAndQuery}, or -1 if nothing answers on the port or
     * what answers is not HTTP.
     */
    static int status(String host, int port, String pathAndQuery, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.0\r\nHost: " + host + ":" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return parseStatus(statusLine(socket.getInputStream()));
        } catch (IOException e) {
            return -1;
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n' && line.length() < 200; c = in.read()) {
            if (c != '\r') line.append((char) c);
        }
        return line.toString();
    }

    /** "HTTP/1.1 404 Not Found" gives 404; anything else -1. */
    private static int parseStatus(String line) {
        String[] parts = line.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) return -1;
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
