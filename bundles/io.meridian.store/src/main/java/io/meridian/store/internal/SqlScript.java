package io.meridian.store.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a migration file. A statement ends with {@code ;} at the end of a line, so
 * a semicolon inside a string literal or a body mid-line stays part of its statement; lines
 * that start with {@code --} are comments.
 */
final class SqlScript {

    /** A statement and the line of the file it starts on, for error messages. */
    record Statement(int line, String sql) {
    }

    private SqlScript() {
    }

    static List<Statement> parse(String text) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int start = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) continue;
            if (current.length() == 0) start = i + 1;
            else current.append('\n');
            if (trimmed.endsWith(";")) {
                current.append(line, 0, line.lastIndexOf(';'));
                statements.add(new Statement(start, current.toString().strip()));
                current.setLength(0);
            } else {
                current.append(line);
            }
        }
        if (!current.toString().isBlank()) statements.add(new Statement(start, current.toString().strip()));
        return statements;
    }
}
