package io.meridian.calendar.internal.ics;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 5545 section 3.1 requires.
 *
 * <p>biweekly's writer folds at 75 <em>characters</em>, so a Japanese summary comes out at up to
 * 225 octets a line, and it lets a run of spaces overrun the limit. This folder counts octets
 * and never splits a character: a continuation line is a space and at most 74 more octets.
 */
final class OctetLineFolder {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private OctetLineFolder() {
    }

    /** {@code text}, whose lines end in CRLF and are not folded yet, with every line folded. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 64 * 3);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int end = text.indexOf(CRLF, lineStart);
            if (end < 0) {
                end = text.length();
            }
            foldLine(text, lineStart, end, out);
            out.append(CRLF);
            lineStart = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String text, int start, int end, StringBuilder out) {
        int octets = 0;
        int i = start;
        while (i < end) {
            int codePoint = text.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
