package io.meridian.crm.internal.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

/**
 * Which character set a text export is written in. Exports arrive as UTF-8 (Google, HubSpot,
 * Salesforce), UTF-8 with a byte order mark (Excel's "CSV UTF-8"), UTF-16 with a BOM (Excel's
 * "Unicode text") or Windows-1252 (classic Outlook, Excel's plain "CSV" on Western Windows). A
 * BOM settles it; otherwise a sample that decodes as strict UTF-8 is UTF-8, and anything else
 * is read as Windows-1252, whose printable range includes all of ISO-8859-1's.
 *
 * <p>Decoding is strict all the way: a UTF-8 file with a stray Windows-1252 byte past the
 * sample fails with the byte's position rather than turning "é" into "\uFFFD" unnoticed.
 */
public record TextEncoding(Charset charset, int bomLength, String name) {

    /** How much of a file is looked at to guess its encoding. */
    static final int SAMPLE = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The encoding of a file's first bytes, or the one the user named. */
    public static TextEncoding of(byte[] head, String given) {
        int bom = bomLength(head);
        if (given != null && !given.isBlank()) return named(given.strip(), head, bom);
        if (bom == 3) return new TextEncoding(StandardCharsets.UTF_8, 3, "UTF-8 (with BOM)");
        if (bom == 2) {
            return head[0] == (byte) 0xFF ? new TextEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16LE (with BOM)")
                    : new TextEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16BE (with BOM)");
        }
        Charset utf16 = utf16WithoutBom(head);
        if (utf16 != null) return new TextEncoding(utf16, 0, utf16.name() + " (no BOM)");
        if (decodes(head, StandardCharsets.UTF_8)) return new TextEncoding(StandardCharsets.UTF_8, 0, "UTF-8");
        for (byte b : head) {
            if ((b & 0xFF) >= 0x80 && (b & 0xFF) <= 0x9F) return new TextEncoding(WINDOWS_1252, 0, "Windows-1252");
        }
        // No byte where the two differ: reading it as Windows-1252 gives the same text.
        return new TextEncoding(WINDOWS_1252, 0, "ISO-8859-1");
    }

    private static TextEncoding named(String given, byte[] head, int bom) {
        try {
            Charset charset = Charset.forName(given);
            boolean skipBom = bom == 3 && charset.equals(StandardCharsets.UTF_8)
                    || bom == 2 && (charset.name().startsWith("UTF-16"));
            return new TextEncoding(charset, skipBom ? bom : 0, charset.name() + " (as given)");
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("encoding \"" + given + "\" is not one Java knows: use a name such as UTF-8,"
                    + " UTF-16LE, windows-1252 or ISO-8859-1, or leave it out to have it detected");
        }
    }

    /** A reader over the whole stream after the BOM, failing on bytes that are not this encoding. */
    public Reader reader(InputStream in) throws IOException {
        in.skipNBytes(bomLength);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** What to tell the user when the file turns out not to be in this encoding after all. */
    public String mismatch(CharacterCodingException e) {
        return "the file is not " + name + " throughout (" + e.getMessage() + "): save it as UTF-8, or name its encoding"
                + " (for example --encoding windows-1252)";
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) return 3;
        if (b.length >= 2 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE || b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) return 2;
        return 0;
    }

    /** UTF-16 without a BOM shows as a zero byte beside nearly every ASCII character. */
    private static Charset utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length, 4096) / 2;
        if (pairs < 8) return null;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (b[i] == 0) evenZeros++;
            if (b[i + 1] == 0) oddZeros++;
        }
        if (oddZeros > pairs * 0.7 && evenZeros < pairs * 0.1) return StandardCharsets.UTF_16LE;
        if (evenZeros > pairs * 0.7 && oddZeros < pairs * 0.1) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Whether the sample is valid in the charset, allowing a character cut off at the sample's end. */
    private static boolean decodes(byte[] sample, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int end = sample.length;
        if (end == SAMPLE) {
            // Back off to the start of the last (possibly incomplete) UTF-8 sequence.
            int i = end - 1;
            while (i > 0 && end - i < 4 && (sample[i] & 0xC0) == 0x80) i--;
            end = i;
        }
        try {
            decoder.decode(ByteBuffer.wrap(Arrays.copyOf(sample, end)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
