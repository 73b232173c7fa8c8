package io.meridian.crm.internal.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * Which character separates a text export's columns. Comma is the standard; Excel writes
 * semicolons where the comma is the decimal mark (most of Europe, Latin America), "Unicode
 * text" is tab-separated, and some systems use a pipe. The header and the lines after it
 * should split into the same number of cells; the candidate that does that most often wins.
 */
final class Delimiters {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int LINES = 30;

    private Delimiters() {
    }

    static char sniff(String sample, String fileName) {
        List<String> lines = logicalLines(sample);
        if (lines.isEmpty()) return fileName.toLowerCase().endsWith(".tsv") ? '\t' : ',';
        char best = fileName.toLowerCase().endsWith(".tsv") ? '\t' : ',';
        int bestScore = -1;
        for (char c : CANDIDATES) {
            int header = count(lines.get(0), c);
            if (header == 0) continue;
            int agreeing = 0;
            for (String line : lines.subList(1, lines.size())) {
                if (count(line, c) == header) agreeing++;
            }
            // A delimiter the header holds many times and the rows agree with beats one that merely agrees.
            int score = agreeing * 1000 + Math.min(header, 999);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    static String describe(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }

    /** Lines of the sample, a quoted line break kept inside its line; the last, possibly cut off, dropped. */
    private static List<String> logicalLines(String sample) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sample.length() && lines.size() < LINES; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') quoted = !quoted;
            if ((ch == '\n' || ch == '\r') && !quoted) {
                if (line.length() > 0) lines.add(line.toString());
                line.setLength(0);
            } else {
                line.append(ch);
            }
        }
        return lines;
    }

    private static int count(String line, char delimiter) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') quoted = !quoted;
            else if (ch == delimiter && !quoted) n++;
        }
        return n;
    }
}
