package io.meridian.crm.internal.formats;

import io.meridian.api.importing.ImportRecord;
import io.meridian.api.importing.ImportSink;
import io.meridian.api.importing.ImportSource;
import io.meridian.crm.internal.mapping.Mapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading CSV exports: encodings, delimiters, presets, and files that are broken in the ways real files are. */
class CsvFormatTest {

    private final CsvFormat csv = new CsvFormat();

    /** What a format gave: records, and rejections as "line|column|reason". */
    static final class Collected implements ImportSink {
        final List<ImportRecord> records = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();

        @Override
        public void accept(ImportRecord record) {
            records.add(record);
        }

        @Override
        public void reject(long line, String column, String reason) {
            rejected.add(line + "|" + column + "|" + reason);
        }
    }

    static ImportSource fixture(String name) {
        try (InputStream in = CsvFormatTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return source(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Collected read(String fixture) throws IOException {
        Collected c = new Collected();
        csv.read(fixture(fixture), c);
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"enc-utf8.csv", "enc-utf8-bom.csv", "enc-utf16le-bom.csv", "enc-utf16be-bom.csv", "enc-windows1252.csv",
            "enc-iso88591.csv"})
    void everyEncodingGivesTheSameAccentedNames(String fixture) throws IOException {
        Collected c = read(fixture);
        assertEquals(List.of(), c.rejected);
        List<String> names = c.records.stream().map(r -> r.fields().get("First Name") + " " + r.fields().get("Last Name")).toList();
        assertEquals(List.of("Zoë Müller", "José Núñez", "Søren Ågård", "Françoise Lefèvre"), names);
        assertEquals("Record ID", c.records.get(0).fields().keySet().iterator().next(), "no byte order mark left on the first column");
    }

    @ParameterizedTest
    @CsvSource({"enc-utf8.csv,UTF-8", "enc-utf8-bom.csv,UTF-8 (with BOM)", "enc-utf16le-bom.csv,UTF-16LE (with BOM)",
            "enc-utf16be-bom.csv,UTF-16BE (with BOM)", "enc-iso88591.csv,ISO-8859-1",
            "enc-windows1252.csv,ISO-8859-1", "outlook-desktop.csv,Windows-1252"})
    void theEncodingIsDetected(String fixture, String expected) throws IOException {
        // enc-windows1252.csv holds only letters the two encodings share, so it reads the same either way;
        // outlook-desktop.csv has a euro sign and curly quotes, which only Windows-1252 has.
        assertTrue(CsvFormat.describe(fixture(fixture)).startsWith(expected + ", comma"), CsvFormat.describe(fixture(fixture)));
    }

    @ParameterizedTest
    @CsvSource({"delim-semicolon.csv,semicolon", "delim-tab.tsv,tab", "delim-pipe.csv,pipe", "hubspot.csv,comma"})
    void theDelimiterIsDetected(String fixture, String delimiter) throws IOException {
        assertTrue(CsvFormat.describe(fixture(fixture)).endsWith(delimiter + "-separated"), CsvFormat.describe(fixture(fixture)));
        Collected c = read(fixture);
        assertTrue(c.records.size() >= 2, c.records.toString());
        assertTrue(c.records.get(0).fields().containsKey("Email"), c.records.get(0).fields().keySet().toString());
    }

    @ParameterizedTest
    @CsvSource({"google-current.csv,google", "google-legacy.csv,google-legacy", "outlook-desktop.csv,outlook",
            "outlook-com.csv,outlook-com", "outlook-google.csv,outlook-google", "salesforce-api.csv,salesforce",
            "salesforce-report.csv,salesforce-report", "hubspot.csv,hubspot", "zoho.csv,zoho", "pipedrive.csv,pipedrive"})
    void eachExportIsRecognisedByItsColumns(String fixture, String preset) throws IOException {
        Collected c = read(fixture);
        assertEquals(fixture.equals("salesforce-report.csv") ? 1 : 0, c.rejected.size(), c.rejected.toString());
        Mapping mapping = Mapping.of(List.copyOf(c.records.get(0).fields().keySet()), Map.of(), null, null);
        assertEquals(preset, mapping.preset().orElseThrow().id());
        assertTrue(mapping.columns().stream().anyMatch(col -> col.target().field().spec().equals("email")), fixture);
    }

    @Test
    void aReportExportsTitleAndFooterAreNotTakenForContacts() throws IOException {
        Collected c = read("salesforce-report.csv");
        assertTrue(c.rejected.get(0).startsWith("12|null|from this line on the file holds lines of one cell"), c.rejected.toString());
        assertTrue(c.records.stream().allMatch(r -> r.fields().get("Last Name") != null && !r.fields().get("Last Name").isBlank()));
    }

    @Test
    void aQuotedCellKeepsItsDelimitersQuotesAndLineBreaksAndTheRecordKeepsItsFirstLine() throws IOException {
        String text = "Name,Notes,Email\n"
                + "Ana,\"Met in Porto, \"\"loves\"\" fado\nSecond line\",ana@example.com\n"
                + "Bo,plain,bo@example.com\n";
        Collected c = new Collected();
        csv.read(source("notes.csv", text.getBytes(StandardCharsets.UTF_8)), c);
        assertEquals("Met in Porto, \"loves\" fado\nSecond line", c.records.get(0).fields().get("Notes"));
        assertEquals(List.of(2L, 4L), c.records.stream().map(ImportRecord::line).toList());
    }

    @Test
    void aQuoteThatNeverClosesStopsTheReadingAtItsLineAndSaysSo() throws IOException {
        Collected c = read("bad-unbalanced-quote.csv");
        assertEquals(List.of("7001", "7002"), c.records.stream().map(r -> r.fields().get("Record ID")).toList());
        assertEquals(1, c.rejected.size(), c.rejected.toString());
        assertTrue(c.rejected.get(0).startsWith("4|null|a quote opens in this record and never closes"), c.rejected.get(0));
    }

    @Test
    void raggedRowsAreRejectedWithTheirLinesAndTheOthersRead() throws IOException {
        Collected c = read("bad-ragged.csv");
        assertEquals(List.of("7101", "7103", "7106"), c.records.stream().map(r -> r.fields().get("Record ID")).toList());
        assertEquals(3, c.rejected.size(), c.rejected.toString());
        assertTrue(c.rejected.get(0).startsWith("3|null|has 7 cells where the header names 10 columns"), c.rejected.get(0));
        assertTrue(c.rejected.get(1).startsWith("5|column 11|has 12 cells"), c.rejected.get(1));
        assertTrue(c.rejected.get(2).startsWith("6|null|has 3 cells"), c.rejected.get(2));
    }

    @Test
    void aRepeatedColumnNameIsNumberedAndStillReadAsAnEmail() throws IOException {
        Collected c = read("bad-duplicate-headers.csv");
        assertEquals(List.of("First Name", "Last Name", "Email", "Company", "Email (2)"), List.copyOf(c.records.get(0).fields().keySet()));
        Mapping mapping = Mapping.of(List.copyOf(c.records.get(0).fields().keySet()), Map.of(), null, null);
        assertEquals("email", mapping.columns().get(4).target().spec());
    }

    @Test
    void binaryFilesAndEmptyFilesAreNotTakenForCsv() throws IOException {
        assertEquals(0, csv.detect(fixture("bad-binary.csv")));
        assertEquals(0, csv.detect(fixture("bad-empty.csv")));
        assertTrue(csv.detect(fixture("hubspot.csv")) >= 80);
        Collected header = read("bad-header-only.csv");
        assertEquals(List.of(), header.records);
        assertEquals(List.of(), header.rejected);
    }

    @Test
    void aFiftyMegabyteCellIsRefusedAfterAMegabyteWithoutReadingItIntoMemory() throws IOException {
        byte[] head = "Name,Email,Notes\nAna,ana@example.com,short\nBo,bo@example.com,\"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"\nCy,cy@example.com,after\n".getBytes(StandardCharsets.UTF_8);
        long big = 50L * 1024 * 1024;
        ImportSource source = new ImportSource() {
            @Override
            public String name() {
                return "huge.csv";
            }

            @Override
            public InputStream open() {
                InputStream filler = new InputStream() {
                    long left = big;

                    @Override
                    public int read() {
                        return left-- > 0 ? 'x' : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) return -1;
                        int n = (int) Math.min(len, left);
                        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                        left -= n;
                        return n;
                    }
                };
                return new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), filler,
                        new ByteArrayInputStream(tail))));
            }
        };
        Collected c = new Collected();
        csv.read(source, c);
        assertEquals(List.of("Ana"), c.records.stream().map(r -> r.fields().get("Name")).toList());
        assertEquals(1, c.rejected.size());
        assertTrue(c.rejected.get(0).startsWith("3|null|the record starting here runs past 1024 KiB"), c.rejected.get(0));
    }

    @Test
    void aFileThatIsNotItsDetectedEncodingThroughoutFailsNamingTheFix() {
        byte[] start = ("Name,Email\n" + "Ana,ana@example.com\n".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "Jos\u00e9,jose@example.com\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] all = new byte[start.length + bad.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(bad, 0, all, start.length, bad.length);
        IOException e = assertThrows(IOException.class, () -> csv.read(source("mixed.csv", all), new Collected()));
        assertTrue(e.getMessage().contains("not UTF-8 throughout") && e.getMessage().contains("--encoding windows-1252"), e.getMessage());
    }

    @Test
    void theUserCanNameTheEncodingAndDelimiter() throws IOException {
        byte[] bytes = "Name;Email\nJos\u00e9;jose@example.com\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ImportSource given = source("x.txt", bytes, Map.of("encoding", "windows-1252", "delimiter", ";"));
        Collected c = new Collected();
        csv.read(given, c);
        assertEquals("José", c.records.get(0).fields().get("Name"));
        ImportSource wrong = source("x.txt", bytes, Map.of("encoding", "latin-9000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> csv.read(wrong, new Collected()));
        assertTrue(e.getMessage().startsWith("encoding \"latin-9000\" is not one Java knows"), e.getMessage());
    }

    private static ImportSource source(String name, byte[] bytes) {
        return source(name, bytes, Map.of());
    }

    /** The bytes as a file, with what the user said about reading it. */
    private static ImportSource source(String name, byte[] bytes, Map<String, String> options) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public String option(String option) {
                return options.get(option);
            }
        };
    }
}
