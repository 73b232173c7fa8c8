package io.meridian.crm.internal.pipeline;

import io.meridian.api.importing.ImportFormat;
import io.meridian.api.importing.ImportSource;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/** Which registered format reads a file: the one the user named, or the most confident one. */
final class Formats {

    private Formats() {
    }

    static ImportFormat choose(Collection<ImportFormat> formats, ImportSource source, String named) throws IOException {
        if (named != null && !named.isBlank()) {
            return formats.stream().filter(f -> f.id().equalsIgnoreCase(named.strip())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no import format \"" + named + "\": the installed ones are "
                            + ids(formats)));
        }
        ImportFormat best = null;
        int bestScore = 0;
        for (ImportFormat f : formats.stream().sorted(Comparator.comparing(ImportFormat::id)).toList()) {
            int score;
            try {
                score = f.detect(source);
            } catch (RuntimeException e) {
                // A broken third-party format must not stop the others from reading the file.
                continue;
            }
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException(source.name() + ": no installed format can read this file (" + ids(formats)
                    + ")" + hint(source) + ". Export the contacts as CSV, vCard or Meridian JSON, or name the format if you know it");
        }
        return best;
    }

    /** What the file looks like, when its first bytes say: a spreadsheet saved as a workbook is the usual case. */
    private static String hint(ImportSource source) throws IOException {
        byte[] head;
        try (java.io.InputStream in = source.open()) {
            head = in.readNBytes(8);
        }
        if (head.length == 0) return ": the file is empty";
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ": it is a ZIP archive, as an Excel workbook (.xlsx) is; open it in your spreadsheet and save it as \"CSV UTF-8\"";
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            return ": it is an old Excel workbook (.xls); open it in your spreadsheet and save it as \"CSV UTF-8\"";
        }
        return "";
    }

    private static String ids(Collection<ImportFormat> formats) {
        return formats.isEmpty() ? "none" : formats.stream().map(ImportFormat::id).sorted().collect(Collectors.joining(", "));
    }
}
