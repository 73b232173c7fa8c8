package io.meridian.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataDirectoryTest {

    @Test
    void lockIsHeldWhileOpenAndReleasedOnClose(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        try (DataDirectory open = DataDirectory.open(data)) {
            assertTrue(DataDirectory.isLocked(data));
            assertTrue(Files.readString(data.resolve(".lock")).equals(Long.toString(ProcessHandle.current().pid())));
        }
        assertFalse(DataDirectory.isLocked(data));
        try (DataDirectory again = DataDirectory.open(data)) {
            assertTrue(DataDirectory.isLocked(data));
        }
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsReported(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("plain-file"), "x");
        LaunchException e = org.junit.jupiter.api.Assertions.assertThrows(LaunchException.class,
                () -> DataDirectory.open(file.resolve("data")));
        assertTrue(e.getMessage().contains("cannot use data directory"), e.getMessage());
        assertTrue(e.getMessage().contains("--data DIR"), e.getMessage());
    }
}
