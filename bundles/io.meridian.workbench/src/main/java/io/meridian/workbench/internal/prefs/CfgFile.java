package io.meridian.workbench.internal.prefs;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Changes values in a {@code .cfg} file of etc/ the way a careful person would by hand: the
 * lines of the keys that change are rewritten in place, keys set back to their default are
 * removed, new keys go at the end, and comments and the order of everything else stay. The
 * file is replaced in one atomic step, so a crash leaves the old file or the new, never half.
 */
final class CfgFile {

    private CfgFile() {
    }

    /**
     * @param changes new values by key; a null value removes the key (back to its default)
     */
    static void apply(Path file, Map<String, String> changes) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
        Map<String, String> pending = new LinkedHashMap<>(changes);
        List<String> out = new ArrayList<>();
        boolean continued = false;
        String skipping = null;
        for (String line : lines) {
            if (continued) {
                // the rest of a value spread over several lines, by a trailing backslash
                continued = endsWithContinuation(line);
                if (skipping == null) out.add(line);
                continue;
            }
            String key = keyOf(line);
            continued = key != null && endsWithContinuation(line);
            if (key != null && pending.containsKey(key)) {
                String value = pending.remove(key);
                skipping = key;
                if (value != null) out.add(entry(key, value));
            } else {
                skipping = null;
                out.add(line);
            }
        }
        if (lines.isEmpty()) out.add("# Written by Meridian's Preferences; edit it by hand too, it is read again within a second.");
        pending.forEach((key, value) -> {
            if (value != null) out.add(entry(key, value));
        });
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".part");
        Files.write(temp, out, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The key of a Properties line, or null for a comment or blank line. */
    static String keyOf(String line) {
        String trimmed = line.stripLeading();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) return null;
        Properties one = new Properties();
        try {
            one.load(new StringReader(trimmed));
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return one.isEmpty() ? null : (String) one.keys().nextElement();
    }

    /** One {@code key = value} line, escaped as Properties reads it back. */
    static String entry(String key, String value) {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter text = new StringWriter();
        try {
            one.store(text, null);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        for (String line : text.toString().split("\\R")) {
            if (!line.startsWith("#") && !line.isEmpty()) return line.replaceFirst("(?<!\\\\)=", " = ");
        }
        throw new IllegalStateException("Properties wrote no entry for " + key);
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }
}
