package io.meridian.contacts.internal;

import io.meridian.api.contacts.Health;
import io.meridian.support.jdbc.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A relationship's health as it stood on past days, computed again from the dated records:
 * the interactions up to each day, the promises as they stood then, and the trust assessed by
 * then. The cadences are today's (they are not kept over time), so a changed cadence redraws
 * the past as if it had always applied; that is said wherever the history is shown.
 */
final class HealthHistory {

    private HealthHistory() {
    }

    /** One point every {@code step} days up to today, from the day the person was added at the earliest. */
    static List<Health> of(Connection c, UUID personId, LocalDate today, ZoneId zone, int points, int step) throws SQLException {
        Instant created;
        int cadence;
        int inPerson;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT created_at, effective_cadence_days, effective_in_person_days FROM person WHERE id = ?")) {
            Jdbc.bind(ps, personId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return List.of();
                created = Jdbc.instant(rs, 1);
                cadence = rs.getInt(2);
                inPerson = rs.getInt(3);
            }
        }
        List<Instant[]> interactions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT occurred_at, channel FROM interaction WHERE person_id = ? ORDER BY occurred_at")) {
            Jdbc.bind(ps, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant at = Jdbc.instant(rs, 1);
                    interactions.add(new Instant[]{at, "IN_PERSON".equals(rs.getString(2)) ? at : null});
                }
            }
        }
        List<Object[]> promises = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT state, due_on, done_on, delay_communicated_on, revised_due_on, created_at"
                + " FROM commitment WHERE owed_by = 'ME' AND person_id = ?")) {
            Jdbc.bind(ps, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    promises.add(new Object[]{rs.getString(1), Jdbc.date(rs, 2), Jdbc.date(rs, 3), Jdbc.date(rs, 4), Jdbc.date(rs, 5),
                            Jdbc.instant(rs, 6)});
                }
            }
        }
        List<Object[]> trust = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT assessed_on, openness + competence + respect + rapport"
                + " FROM trust_assessment WHERE person_id = ? ORDER BY assessed_on, recorded_at")) {
            Jdbc.bind(ps, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) trust.add(new Object[]{Jdbc.date(rs, 1), rs.getInt(2) / 4.0});
            }
        }
        // The first record may be older than the person's creation (an import brings its history): start there.
        LocalDate first = created.atZone(zone).toLocalDate();
        if (!interactions.isEmpty()) first = min(first, interactions.get(0)[0].atZone(zone).toLocalDate());
        List<Health> series = new ArrayList<>();
        for (int i = points - 1; i >= 0; i--) {
            LocalDate day = today.minusDays((long) i * step);
            if (day.isBefore(first)) continue;
            Instant endOfDay = day.plusDays(1).atStartOfDay(zone).toInstant();
            Instant last = null;
            Instant lastVisit = null;
            for (Instant[] interaction : interactions) {
                if (!interaction[0].isBefore(endOfDay)) break;
                last = interaction[0];
                if (interaction[1] != null) lastVisit = interaction[1];
            }
            HealthInputs in = new HealthInputs(personId, created.isBefore(endOfDay) ? created : first.atStartOfDay(zone).toInstant(),
                    last, lastVisit, cadence, inPerson);
            for (Object[] p : promises) {
                LocalDate promisedOn = ((Instant) p[5]).atZone(zone).toLocalDate();
                if (promisedOn.isAfter(day)) continue;
                LocalDate done = (LocalDate) p[2];
                LocalDate told = (LocalDate) p[3];
                boolean toldBy = told != null && !told.isAfter(day);
                String state = "DONE".equals(p[0]) && done != null && !done.isAfter(day) ? "DONE"
                        : "CANCELLED".equals(p[0]) ? "CANCELLED" : "OPEN";
                in.promises.add(new HealthInputs.Promise(state, (LocalDate) p[1], "DONE".equals(state) ? done : null,
                        toldBy ? told : null, toldBy ? (LocalDate) p[4] : null));
            }
            for (Object[] t : trust) if (!((LocalDate) t[0]).isAfter(day)) in.trust.add((Double) t[1]);
            series.add(HealthCalculator.compute(in, day, zone));
        }
        return series;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
