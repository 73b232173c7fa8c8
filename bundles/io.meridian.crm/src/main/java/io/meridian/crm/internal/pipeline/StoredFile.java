package io.meridian.crm.internal.pipeline;

import io.meridian.api.importing.ImportSource;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An import's copy of the user's file, kept in the workbench's data so that an interrupted
 * import can resume from it. Counts the bytes the last stream opened has delivered, for progress.
 */
final class StoredFile implements ImportSource {

    private final Path path;
    private final String name;
    private final Map<String, String> options;
    private final AtomicLong read = new AtomicLong();

    StoredFile(Path path, String name, Map<String, String> options) {
        this.path = path;
        this.name = name;
        this.options = options;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public InputStream open() throws IOException {
        read.set(0);
        return new FilterInputStream(Files.newInputStream(path)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) read.incrementAndGet();
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) read.addAndGet(n);
                return n;
            }
        };
    }

    @Override
    public String option(String option) {
        return options.get(option);
    }

    long bytesRead() {
        return read.get();
    }

    long size() throws IOException {
        return Files.size(path);
    }

    Path path() {
        return path;
    }
}
