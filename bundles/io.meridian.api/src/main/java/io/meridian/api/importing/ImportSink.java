package io.meridian.api.importing;

import org.osgi.annotation.versioning.ProviderType;

import java.util.function.Consumer;

/**
 * Where a format streams what it reads: records, and the records it could not read. The import
 * pipeline passes one to {@link ImportFormat#read}; see {@link #of(Consumer)}.
 */
@ProviderType
public interface ImportSink extends Consumer<ImportRecord> {

    /**
     * A record the format could not read. The pipeline reports it with the file's line and goes
     * on; nothing of it is imported.
     *
     * @param line the line (or entry number) where the record starts
     * @param column the column or property at fault, or null for the whole record
     * @param reason what is wrong and how to fix it, as the user should read it
     */
    void reject(long line, String column, String reason);

    /**
     * The sink a format reports to: the consumer itself when the pipeline gave an
     * {@code ImportSink}; otherwise one that passes records on and fails on the first rejected
     * record, as nothing else would hear of it.
     */
    static ImportSink of(Consumer<ImportRecord> records) {
        if (records instanceof ImportSink sink) return sink;
        return new ImportSink() {
            @Override
            public void accept(ImportRecord record) {
                records.accept(record);
            }

            @Override
            public void reject(long line, String column, String reason) {
                throw new IllegalArgumentException("line " + line + (column == null ? "" : ", " + column) + ": " + reason);
            }
        };
    }
}
