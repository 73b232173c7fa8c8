package io.meridian.contacts.internal;

import io.meridian.api.contacts.Health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a relationship out of 100 from four factors, each with its reason:
 * <ul>
 * <li>recency (40): full within the cadence, falling to nothing at twice the cadence;</li>
 * <li>in person (20): likewise against the in-person cadence;</li>
 * <li>commitments (25): the user's promises — 10 off for each one overdue without notice, 4 for
 *     each delivered late, 2 for each late but announced in advance;</li>
 * <li>trust (15): the latest assessment on the 1–5 scale, 3 off when it fell by half a point
 *     or more since the one before; 8 when never assessed.</li>
 * </ul>
 */
final class HealthCalculator {

    static final int RECENCY = 40;
    static final int IN_PERSON = 20;
    static final int COMMITMENTS = 25;
    static final int TRUST = 15;

    private HealthCalculator() {
    }

    /** @param zone where the user is: a contact at 23:00 there was on that day, whatever the date in UTC */
    static Health compute(HealthInputs in, LocalDate today, ZoneId zone) {
        List<Health.Reason> reasons = new ArrayList<>();
        reasons.add(cadence("recency", RECENCY, in.lastContactAt, in.createdAt, in.cadenceDays, today, zone, "in touch", "been in touch"));
        reasons.add(cadence("in_person", IN_PERSON, in.lastInPersonAt, in.createdAt, in.inPersonDays, today, zone, "met in person",
                "met in person"));
        reasons.add(commitments(in, today));
        reasons.add(trust(in));
        int score = reasons.stream().mapToInt(Health.Reason::points).sum();
        Health.Band band = score >= 75 ? Health.Band.GOOD : score >= 50 ? Health.Band.FAIR : Health.Band.AT_RISK;
        return new Health(in.personId, score, band, reasons, today);
    }

    private static Health.Reason cadence(String factor, int max, Instant last, Instant created, int cadence, LocalDate today,
                                         ZoneId zone, String did, String never) {
        if (last == null) {
            long known = ChronoUnit.DAYS.between(day(created, zone), today);
            return new Health.Reason(factor, 0, max, "never " + never + " (added " + ago(known) + ")");
        }
        long days = Math.max(0, ChronoUnit.DAYS.between(day(last, zone), today));
        if (days <= cadence) {
            return new Health.Reason(factor, max, max, "last " + did + " " + ago(days) + ", within the " + cadence + "-day cadence");
        }
        int points = (int) Math.max(0, Math.round(max * (2.0 * cadence - days) / cadence));
        return new Health.Reason(factor, points, max, "last " + did + " " + ago(days) + ", " + (days - cadence)
                + " days past the " + cadence + "-day cadence");
    }

    private static Health.Reason commitments(HealthInputs in, LocalDate today) {
        int onTime = 0;
        int late = 0;
        int announced = 0;
        List<LocalDate> overdue = new ArrayList<>();
        for (HealthInputs.Promise p : in.promises) {
            LocalDate deadline = p.deadline();
            boolean told = p.toldInTime();
            switch (p.state()) {
                case "DONE" -> {
                    if (!p.doneOn().isAfter(p.due())) onTime++;
                    else if (told && !p.doneOn().isAfter(deadline)) announced++;
                    else late++;
                }
                case "OPEN" -> {
                    if (today.isAfter(deadline)) overdue.add(p.due());
                    else if (told) announced++;
                }
                default -> { /* cancelled promises neither help nor hurt */ }
            }
        }
        if (onTime + late + announced + overdue.size() == 0) {
            return new Health.Reason("commitments", COMMITMENTS, COMMITMENTS, "no promises to them outstanding or broken");
        }
        int points = Math.max(0, COMMITMENTS - 10 * overdue.size() - 4 * late - 2 * announced);
        List<String> parts = new ArrayList<>();
        if (onTime > 0) parts.add(onTime + " kept on time");
        if (late > 0) parts.add(late + " delivered late");
        if (announced > 0) parts.add(announced + " late but announced in advance");
        if (!overdue.isEmpty()) {
            overdue.sort(null);
            parts.add(overdue.size() + " overdue without notice (the oldest due " + overdue.get(0) + "): tell them before they ask");
        }
        return new Health.Reason("commitments", points, COMMITMENTS, "your promises: " + String.join(", ", parts));
    }

    private static Health.Reason trust(HealthInputs in) {
        if (in.trust.isEmpty()) return new Health.Reason("trust", 8, TRUST, "trust not assessed yet");
        double latest = in.trust.get(in.trust.size() - 1);
        int points = (int) Math.round(TRUST * (latest - 1) / 4);
        String text = "trust " + twoDecimals(latest) + " of 5";
        if (in.trust.size() > 1) {
            double previous = in.trust.get(in.trust.size() - 2);
            if (latest - previous <= -0.5) {
                points = Math.max(0, points - 3);
                text += ", falling from " + twoDecimals(previous);
            } else if (latest - previous >= 0.5) {
                text += ", rising from " + twoDecimals(previous);
            } else {
                text += ", steady";
            }
        }
        return new Health.Reason("trust", points, TRUST, text);
    }

    /**
     * A score of the 1–5 scale with two decimals, "3.25", whatever the default locale (and without
     * {@code String.format}, which is slow enough to show when the whole book is scored).
     */
    static String twoDecimals(double value) {
        long hundredths = Math.round(value * 100);
        long fraction = hundredths % 100;
        return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
    }

    private static LocalDate day(Instant t, ZoneId zone) {
        return LocalDate.ofInstant(t, zone);
    }

    private static String ago(long days) {
        return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
    }
}
