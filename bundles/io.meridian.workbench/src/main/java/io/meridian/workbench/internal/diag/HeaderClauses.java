package io.meridian.workbench.internal.diag;

import java.util.ArrayList;
import java.util.List;

/** Splits an OSGi manifest header into its comma-separated clauses, respecting quotes. */
public final class HeaderClauses {

    private HeaderClauses() {
    }

    public static List<String> split(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') quoted = !quoted;
            if (c == ',' && !quoted) {
                clauses.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) clauses.add(current.toString().trim());
        return clauses;
    }
}
