package io.meridian.contacts.internal.shell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * How the contacts commands write ids, days and tables. Widths count East Asian characters as
 * two columns, as a terminal shows them, so that a table with 山田太郎 in it stays aligned.
 */
final class Text {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Text() {
    }

    /** The first 8 characters of an id: enough to tell people apart, and accepted back as a prefix. */
    static String shortId(UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    /** {@code never}, {@code today}, {@code 1 day ago}, {@code 12 days ago}. */
    static String ago(Instant at, Instant now, ZoneId zone) {
        if (at == null) return "never";
        long days = ChronoUnit.DAYS.between(at.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate());
        if (days == 0) return "today";
        if (days < 0) return "in " + days(-days);
        return days(days) + " ago";
    }

    /** When the next contact is due: {@code today}, {@code in 4 days}, {@code 3 days overdue}. */
    static String due(Instant due, Instant now, ZoneId zone) {
        if (due == null) return "-";
        long days = ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), due.atZone(zone).toLocalDate());
        if (days == 0) return due.isBefore(now) ? "due today" : "today";
        return days > 0 ? "in " + days(days) : days(-days) + " overdue";
    }

    /** Days until {@code date} counted from {@code today}, in words. */
    static String until(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        if (days == 0) return "today";
        return days > 0 ? "in " + days(days) : days(-days) + " ago";
    }

    static String days(long n) {
        return count(n, "day", "days");
    }

    /** {@code 1 interaction}, {@code 2 interactions}. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "-" : DATE_TIME.format(at.atZone(zone));
    }

    static String date(Instant at, ZoneId zone) {
        return at == null ? "-" : at.atZone(zone).toLocalDate().toString();
    }

    /** A trust score with the digits it has: {@code 4.0}, {@code 4.5}, {@code 3.75}. */
    static String score(double score) {
        BigDecimal d = BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 1 ? d.setScale(1).toPlainString() : d.toPlainString();
    }

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 11th}. */
    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
