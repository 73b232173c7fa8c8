package io.meridian.store.internal;

import io.meridian.api.store.StoreException;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The tables of the current schema, named in lower case, parents before the tables that refer to them. */
final class Tables {

    private Tables() {
    }

    static List<String> inDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Set<String>> parents = new TreeMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) parents.put(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT), new TreeSet<>());
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet rs = meta.getImportedKeys(null, schema, nativeCase(meta, table.getKey()))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) table.getValue().add(parent);
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!ordered.contains(table.getKey()) && ordered.containsAll(table.getValue())) ordered.add(table.getKey());
            }
            if (ordered.size() == before) {
                Map<String, Set<String>> stuck = new LinkedHashMap<>(parents);
                stuck.keySet().removeAll(ordered);
                throw new StoreException("the tables " + stuck.keySet() + " refer to each other in a cycle; a backup cannot order them");
            }
        }
        return new ArrayList<>(ordered);
    }

    /** The name as the engine stores unquoted identifiers: upper case in H2, lower case in PostgreSQL. */
    static String nativeCase(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }
}
