package io.meridian.contacts.internal;

import io.meridian.api.contacts.Health;
import io.meridian.support.jdbc.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The figures behind the workbench's pictures: a relationship's health over time, the
 * interactions of each month by country, and where the people of the book are. Places and bands
 * are grouped queries; a history reads one person's records; the months read a year of
 * interactions.
 */
@Component(service = Insights.class)
public final class Insights {

    /** Rows kept per list; the rest is summed as "other", so a picture stays readable. */
    static final int TOP = 12;

    private final ContactStore store;

    @Activate
    public Insights(@Reference ContactStore store) {
        this.store = store;
    }

    /** Health every {@code step} days over {@code points} points up to today; empty for an unknown person. */
    public List<Health> healthHistory(UUID personId, int points, int step) {
        return store.jdbc.read(c -> {
            Relationships.requirePerson(c, personId);
            return HealthHistory.of(c, personId, store.today(), store.clock.getZone(), points, step);
        });
    }

    /**
     * Interactions per calendar month (in the workbench's zone) for the last {@code months}
     * months including this one, by the person's country; {@code null} country is "unknown".
     *
     * @return month (2026-11) → country → count, every month present, oldest first
     */
    public Map<String, Map<String, Integer>> interactionsByMonth(int months) {
        ZoneId zone = store.clock.getZone();
        YearMonth thisMonth = YearMonth.from(store.today());
        YearMonth firstMonth = thisMonth.minusMonths(months - 1L);
        Instant since = firstMonth.atDay(1).atStartOfDay(zone).toInstant();
        Map<String, Map<String, Integer>> byMonth = new LinkedHashMap<>();
        for (YearMonth m = firstMonth; !m.isAfter(thisMonth); m = m.plusMonths(1)) byMonth.put(m.toString(), new TreeMap<>());
        store.jdbc.read(c -> {
            // Months begin at midnight in the user's zone, which the two engines express differently in SQL:
            // the rows are folded into months here. A year of a large book's interactions is read once per look.
            try (PreparedStatement ps = c.prepareStatement("SELECT p.country, i.occurred_at FROM interaction i"
                    + " JOIN person p ON p.id = i.person_id WHERE i.occurred_at >= ?")) {
                Jdbc.bind(ps, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String month = YearMonth.from(Jdbc.instant(rs, 2).atZone(zone)).toString();
                        Map<String, Integer> counts = byMonth.get(month);
                        if (counts == null) continue; // a future interaction beyond this month
                        String country = rs.getString(1) == null ? "unknown" : rs.getString(1);
                        counts.merge(country, 1, Integer::sum);
                    }
                }
            }
            return null;
        });
        return byMonth;
    }

    /** How many people per country and per time zone, the largest first, with the rest as "other". */
    public Map<String, Object> peopleByPlace() {
        return store.jdbc.read(c -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("total", count(c, "SELECT COUNT(*) FROM person"));
            json.put("byCountry", grouped(c, "country"));
            json.put("byTimeZone", grouped(c, "time_zone"));
            json.put("byBand", bands(c));
            return json;
        });
    }

    private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Map<String, Object>> grouped(java.sql.Connection c, String column) throws java.sql.SQLException {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        long other = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + column + ", COUNT(*) AS n FROM person GROUP BY " + column
                + " ORDER BY n DESC, " + column);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rows.size() < TOP) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("value", rs.getString(1) == null ? "unknown" : rs.getString(1));
                    row.put("count", rs.getLong(2));
                    rows.add(row);
                } else {
                    other += rs.getLong(2);
                }
            }
        }
        if (other > 0) rows.add(Map.of("value", "other", "count", other));
        return rows;
    }

    private static Map<String, Long> bands(java.sql.Connection c) throws java.sql.SQLException {
        Map<String, Long> bands = new LinkedHashMap<>();
        bands.put(Health.Band.GOOD.name().toLowerCase(), count(c, "SELECT COUNT(*) FROM person WHERE health_score >= 75"));
        bands.put(Health.Band.FAIR.name().toLowerCase(), count(c, "SELECT COUNT(*) FROM person WHERE health_score >= 50 AND health_score < 75"));
        bands.put(Health.Band.AT_RISK.name().toLowerCase(), count(c, "SELECT COUNT(*) FROM person WHERE health_score < 50"));
        bands.put("unscored", count(c, "SELECT COUNT(*) FROM person WHERE health_score IS NULL"));
        return bands;
    }
}
