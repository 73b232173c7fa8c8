package io.meridian.crm.internal.formats;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportRecord;
import io.meridian.api.importing.ImportSink;
import io.meridian.api.importing.ImportSource;
import org.osgi.service.component.annotations.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * vCard files (2.1, 3.0 and 4.0), as phones, Apple Contacts, Google Contacts and Outlook write
 * them, parsed by ez-vcard one card at a time. The file is cut into cards at BEGIN:VCARD and
 * END:VCARD lines first, so that each card keeps the line it starts on for the report, a card
 * without its END is reported rather than swallowing the next one, and photos (which Meridian
 * does not keep) are dropped before parsing.
 */
@Component(service = ImportFormat.class)
public final class VCardFormat implements ImportFormat {

    /** A card's text without its photo; more than this is not contact data. */
    static final int MAX_CARD_CHARS = 1024 * 1024;

    @Override
    public String id() {
        return "vcard";
    }

    @Override
    public String displayName() {
        return "vCard (2.1, 3.0, 4.0)";
    }

    @Override
    public int detect(ImportSource source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(4096);
        }
        TextEncoding encoding = TextEncoding.of(head, source.option("encoding"));
        String text = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset()).stripLeading();
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.regionMatches(true, 0, "BEGIN:VCARD", 0, 11)) return 95;
        String name = source.name().toLowerCase(Locale.ROOT);
        return name.endsWith(".vcf") || name.endsWith(".vcard") ? 30 : 0;
    }

    @Override
    public void read(ImportSource source, Consumer<ImportRecord> records) throws IOException {
        ImportSink sink = ImportSink.of(records);
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(TextEncoding.SAMPLE);
        }
        TextEncoding encoding = TextEncoding.of(head, source.option("encoding"));
        try (BufferedReader reader = new BufferedReader(encoding.reader(source.open()))) {
            StringBuilder card = null;
            long start = 0;
            long line = 0;
            boolean photo = false;
            for (String text; (text = reader.readLine()) != null; ) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
                String upper = text.stripLeading().toUpperCase(Locale.ROOT);
                if (upper.startsWith("BEGIN:VCARD")) {
                    if (card != null) {
                        sink.reject(start, null, "this card has no END:VCARD before the next card begins on line " + line
                                + ": it was not imported; add the END:VCARD line and import the file again");
                    }
                    card = new StringBuilder();
                    start = line;
                    photo = false;
                }
                if (card == null) continue;
                boolean continuation = !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(0) == '\t');
                if (!continuation) photo = upper.startsWith("PHOTO") || upper.matches("^[A-Z0-9-]+\\.PHOTO[;:].*");
                if (photo) continue;
                card.append(text).append("\r\n");
                if (card.length() > MAX_CARD_CHARS) {
                    sink.reject(start, null, "this card runs past " + MAX_CARD_CHARS / 1024 + " KiB without its END:VCARD: lines from "
                            + start + " on were not read; check the file is a vCard export and import it again");
                    return;
                }
                if (upper.startsWith("END:VCARD")) {
                    parse(card.toString(), start, sink);
                    card = null;
                }
            }
            if (card != null) sink.reject(start, null, "the file ends inside this card (no END:VCARD): it was not imported");
        } catch (CharacterCodingException e) {
            throw new IOException(encoding.mismatch(e), e);
        }
    }

    private static void parse(String text, long line, ImportSink sink) {
        VCard card;
        try (VCardReader reader = new VCardReader(new StringReader(text))) {
            card = reader.readNext();
        } catch (IOException | RuntimeException e) {
            sink.reject(line, null, "this card cannot be read as a vCard (" + e.getMessage() + "): it was not imported");
            return;
        }
        if (card == null) {
            sink.reject(line, null, "this card holds nothing ez-vcard can read: it was not imported");
            return;
        }
        Map<String, String> fields = VCardFields.of(card);
        if (fields.size() <= 1) {
            sink.reject(line, null, "this card holds no name, email, phone or organisation: nothing to import");
            return;
        }
        sink.accept(new ImportRecord(line, fields));
    }
}
