package io.meridian.crm.internal.formats;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses to hand out more than so many characters between two calls of
 * {@link #startRecord()}: a record that never ends (a quote that never closes, a 50 MB cell)
 * fails with {@link TooLong} after the limit, instead of being gathered into memory whole. It
 * also counts what was read, for progress.
 */
final class BoundedReader extends FilterReader {

    /** Thrown (inside an IOException, as parsers pass those on) when a record passes the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long limit) {
            super("a record is longer than " + limit + " characters");
        }
    }

    private final long limit;
    private long sinceStart;

    BoundedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    void startRecord() {
        sinceStart = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) count(1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) count(n);
        return n;
    }

    private void count(int n) throws TooLong {
        sinceStart += n;
        // Parsers read ahead by a buffer, so the limit applies with that much slack.
        if (sinceStart > limit + 64 * 1024) throw new TooLong(limit);
    }
}
