package io.meridian.itest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The files in etc/ are the user's: starting the workbench (on new data, when File Install
 * loads every file into ConfigAdmin) must not write them. File Install's write-back truncates a
 * file before writing it, so a stop at that moment used to leave etc/io.meridian.features.cfg
 * empty, and the next start came up without the contacts and culture features.
 */
class ConfigurationFilesIT {

    @Test
    void startingOnNewDataLeavesEveryConfigurationFileUntouched(@TempDir Path folder) throws Exception {
        RunningWorkbench workbench = RunningWorkbench.install(folder);
        FileTime old = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        List<Path> files;
        try (Stream<Path> etc = Files.list(workbench.home.resolve("etc"))) {
            files = etc.filter(f -> f.toString().endsWith(".cfg")).sorted().toList();
        }
        List<String> before = new java.util.ArrayList<>();
        for (Path f : files) {
            Files.setLastModifiedTime(f, old);
            before.add(Files.readString(f));
        }
        try (workbench) {
            workbench.start();
            Thread.sleep(3000); // File Install polls etc/ every second
            for (int i = 0; i < files.size(); i++) {
                assertEquals(old, Files.getLastModifiedTime(files.get(i)), files.get(i) + " was written at start");
                assertEquals(before.get(i), Files.readString(files.get(i)));
            }
        }
    }
}
