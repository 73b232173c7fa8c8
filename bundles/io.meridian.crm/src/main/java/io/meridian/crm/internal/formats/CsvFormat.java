package io.meridian.crm.internal.formats;

import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportRecord;
import io.meridian.api.importing.ImportSink;
import io.meridian.api.importing.ImportSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Comma-separated (or semicolon, tab, pipe) exports, read with Apache Commons CSV: quoted cells
 * may hold delimiters, quotes and line breaks; the first line names the columns. The encoding
 * and delimiter are detected unless the user names them.
 *
 * <p>A row with fewer cells than the header (or more, not blank) is rejected with its line, as
 * its cells cannot be told apart. A quote that never closes, or a record longer than
 * {@link #MAX_RECORD_CHARS}, ends the reading there: everything after it would be guesswork.
 */
@Component(service = ImportFormat.class)
public final class CsvFormat implements ImportFormat {

    static final long MAX_RECORD_CHARS = 1024 * 1024;
    static final int MAX_COLUMNS = 1000;

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName() {
        return "CSV (comma, semicolon or tab separated)";
    }

    @Override
    public int detect(ImportSource source) throws IOException {
        byte[] head = head(source);
        if (head.length == 0) return 0;
        String text = sampleText(head, source.option("encoding"));
        if (text == null || text.indexOf('\u0000') >= 0 || controlCharacters(text) > text.length() / 100) return 0;
        String start = text.stripLeading();
        if (start.regionMatches(true, 0, "BEGIN:VCARD", 0, 11) || start.startsWith("{") || start.startsWith("[")) return 0;
        String name = source.name().toLowerCase(Locale.ROOT);
        boolean named = name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
        char delimiter = Delimiters.sniff(text, source.name());
        String firstLine = start.lines().findFirst().orElse("");
        boolean columns = firstLine.indexOf(delimiter) >= 0;
        return (named ? 40 : 0) + (columns ? 50 : 10);
    }

    @Override
    public void read(ImportSource source, Consumer<ImportRecord> records) throws IOException {
        ImportSink sink = ImportSink.of(records);
        Opened opened = open(source);
        try (Reader reader = opened.reader; CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format(opened.delimiter)).get()) {
            Iterator<CSVRecord> rows = parser.iterator();
            long line = 1;
            List<String> header = null;
            boolean blankSeen = false;
            long trailer = 0;
            while (true) {
                CSVRecord row;
                // Only the parser's own failures are the file's; what the sink throws (a database that
                // failed, a cancelled import) goes up as it is.
                try {
                    if (!rows.hasNext()) break;
                    row = rows.next();
                } catch (UncheckedIOException e) {
                    stop(sink, line, e.getCause(), opened.encoding);
                    return;
                } catch (IllegalStateException e) {
                    stop(sink, line, e.getCause() instanceof IOException io ? io : new IOException(e.getMessage()), opened.encoding);
                    return;
                }
                long start = line;
                line = parser.getCurrentLineNumber() + 1;
                opened.reader.startRecord();
                if (header == null) {
                    header = header(row, sink);
                    if (header == null) return;
                    continue;
                }
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    blankSeen = true;
                    continue;
                }
                // Report exports (Salesforce's) end with a blank line and a few one-cell lines about the report.
                if (blankSeen && row.size() == 1 && header.size() > 2) {
                    if (trailer == 0) trailer = start;
                    continue;
                }
                record(header, row, start, sink);
            }
            if (trailer != 0) {
                sink.reject(trailer, null, "from this line on the file holds lines of one cell after a blank line, as a report"
                        + " export ends with its title and footer: they are not contacts and were not imported");
            }
            if (header == null) sink.reject(1, null, "the file is empty: export the contacts again, with a header line naming the columns");
        }
    }

    /** The header's column names: trimmed, blank ones named by position, repeated ones numbered. */
    private static List<String> header(CSVRecord row, ImportSink sink) {
        if (row.size() > MAX_COLUMNS) {
            sink.reject(1, null, "the header names " + row.size() + " columns; at most " + MAX_COLUMNS
                    + " can be imported: remove the columns you do not need and import again");
            return null;
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < row.size(); i++) {
            String name = row.get(i).replace("\uFEFF", "").strip();
            if (name.isEmpty()) name = "Column " + (i + 1);
            String unique = name;
            for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) unique = name + " (" + n + ")";
            names.add(unique);
        }
        return names;
    }

    private static void record(List<String> header, CSVRecord row, long line, ImportSink sink) {
        if (row.size() < header.size() && row.size() > 0) {
            sink.reject(line, null, "has " + row.size() + " cells where the header names " + header.size()
                    + " columns: a delimiter is missing, or a line break inside a cell is not quoted");
            return;
        }
        for (int i = header.size(); i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                sink.reject(line, "column " + (i + 1), "has " + row.size() + " cells where the header names " + header.size()
                        + " columns: a value holds the delimiter without quotes around it");
                return;
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) fields.put(header.get(i), row.get(i));
        sink.accept(new ImportRecord(line, fields));
    }

    private static void stop(ImportSink sink, long line, IOException cause, TextEncoding encoding) throws IOException {
        if (cause instanceof BoundedReader.TooLong) {
            sink.reject(line, null, "the record starting here runs past " + MAX_RECORD_CHARS / 1024 + " KiB: a quote that opens"
                    + " here probably never closes, or a cell holds far more than contact data; lines from " + line
                    + " on were not read. Fix the file and import it again: what came before is matched, not duplicated");
        } else if (cause instanceof CharacterCodingException coding) {
            throw new IOException("line " + line + ": " + encoding.mismatch(coding), coding);
        } else if (cause != null && String.valueOf(cause.getMessage()).contains("EOF reached before encapsulated token finished")) {
            sink.reject(line, null, "a quote opens in this record and never closes: lines from " + line
                    + " on were not read. Close the quote (or double a quote inside a quoted value) and import again");
        } else {
            sink.reject(line, null, "cannot be read as CSV (" + (cause == null ? "unknown error" : cause.getMessage())
                    + "); lines from " + line + " on were not read");
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).setTrailingData(true)
                .setAllowMissingColumnNames(true).get();
    }

    /** The file opened for reading: its encoding, delimiter and a bounded reader positioned after any BOM. */
    record Opened(TextEncoding encoding, char delimiter, BoundedReader reader) {
    }

    static Opened open(ImportSource source) throws IOException {
        byte[] head = head(source);
        TextEncoding encoding = TextEncoding.of(head, source.option("encoding"));
        String given = source.option("delimiter");
        char delimiter;
        if (given != null && !given.isEmpty()) {
            String d = given.equals("\\t") || given.equalsIgnoreCase("tab") ? "\t" : given;
            if (d.length() != 1) throw new IllegalArgumentException("delimiter \"" + given + "\" is not one character: use , ; tab or |");
            delimiter = d.charAt(0);
        } else {
            delimiter = Delimiters.sniff(decode(head, encoding), source.name());
        }
        InputStream in = source.open();
        return new Opened(encoding, delimiter, new BoundedReader(encoding.reader(in), MAX_RECORD_CHARS));
    }

    /** The encoding and delimiter, for previews. */
    public static String describe(ImportSource source) throws IOException {
        Opened opened = open(source);
        opened.reader.close();
        return opened.encoding.name() + ", " + Delimiters.describe(opened.delimiter) + "-separated";
    }

    private static byte[] head(ImportSource source) throws IOException {
        try (InputStream in = source.open()) {
            return in.readNBytes(TextEncoding.SAMPLE);
        }
    }

    private static String sampleText(byte[] head, String given) {
        try {
            return decode(head, TextEncoding.of(head, given));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decode(byte[] head, TextEncoding encoding) {
        String text = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset());
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static long controlCharacters(String text) {
        return text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
    }
}
