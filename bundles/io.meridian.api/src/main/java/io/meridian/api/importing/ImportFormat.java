package io.meridian.api.importing;

import org.osgi.annotation.versioning.ConsumerType;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * A file format contacts can be imported from. Register as an OSGi service.
 */
@ConsumerType
public interface ImportFormat {

    /** Stable identifier ({@code "csv"}, {@code "vcard"}). */
    String id();

    /** Name shown to the user ({@code "vCard 3.0 / 4.0"}). */
    String displayName();

    /**
     * How sure this format is that it can read the source, from 0 (not at all) to 100
     * (certain). Reads at most the first few kilobytes.
     */
    int detect(ImportSource source) throws IOException;

    /**
     * Streams every record of the source to the consumer, in file order, without holding the
     * whole file in memory. The consumer the import pipeline passes is an {@link ImportSink}:
     * a format that finds a record it cannot read reports it there and goes on with the next.
     *
     * @throws IOException if the source cannot be read; records already passed stay passed
     */
    void read(ImportSource source, Consumer<ImportRecord> records) throws IOException;
}
