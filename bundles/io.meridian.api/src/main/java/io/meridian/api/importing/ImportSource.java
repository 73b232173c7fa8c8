package io.meridian.api.importing;

import org.osgi.annotation.versioning.ProviderType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file offered for import. Each call to {@link #open()} starts again at the first byte. */
@ProviderType
public interface ImportSource {

    /** The file name as the user gave it, for messages and format detection. */
    String name();

    /** A fresh stream over the whole file; the caller closes it. */
    InputStream open() throws IOException;

    /**
     * What the user said about reading the file, for the format to honour: {@code "encoding"}
     * (a charset name) and {@code "delimiter"} (one character) for text formats. Null when not given.
     */
    default String option(String name) {
        return null;
    }

    /** A file on disk, offered under {@code name} (the name the user knows it by). */
    static ImportSource of(String name, Path file) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }
}
