package io.meridian.launcher;

import com.fasterxml.jackson.jr.ob.JSON;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code DATA/workbench.json}: how to reach the running workbench (url, port, token, pid).
 * Readable by the owner only, since the token is the key to the HTTP API. Written to a
 * temporary file first and moved into place, so a reader never sees half of it.
 *
 * @param url the workbench URL, without the token
 * @param port the HTTP port on 127.0.0.1
 * @param token the access token
 * @param pid the process id of the workbench
 */
record WorkbenchFile(String url, int port, String token, long pid) {

    static final String NAME = "workbench.json";

    void write(Path dataDir) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", url);
        json.put("port", port);
        json.put("token", token);
        json.put("pid", pid);
        Path target = dataDir.resolve(NAME);
        Path temp = dataDir.resolve(NAME + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("another process is writing " + temp, e);
        }
        Files.writeString(temp, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(json));
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NAME));
        } catch (IOException e) {
            // a stale file is harmless: readers check the pid and the data directory lock
        }
    }

    /** The file of the workbench running on {@code dataDir}, if one is. */
    static Optional<WorkbenchFile> readRunning(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file) || !DataDirectory.isLocked(dataDir)) return Optional.empty();
        try {
            Map<String, Object> json = JSON.std.mapFrom(Files.readString(file));
            WorkbenchFile running = new WorkbenchFile((String) json.get("url"), ((Number) json.get("port")).intValue(),
                    (String) json.get("token"), ((Number) json.get("pid")).longValue());
            return ProcessHandle.of(running.pid()).filter(ProcessHandle::isAlive).map(p -> running);
        } catch (IOException | ClassCastException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
