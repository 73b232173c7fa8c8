package io.meridian.api.contacts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * A birthday whose year may be unknown. Written {@code 1980-04-23}, or {@code --04-23} without
 * the year (as ISO 8601 and vCard do).
 */
public record Birthday(Integer year, int month, int day) {

    public Birthday {
        MonthDay.of(month, day);
        if (year != null) LocalDate.of(year, month, day);
    }

    /** Parses {@code YYYY-MM-DD} or {@code --MM-DD}. */
    public static Birthday parse(String text) {
        try {
            if (text.startsWith("--")) {
                MonthDay md = MonthDay.parse(text);
                return new Birthday(null, md.getMonthValue(), md.getDayOfMonth());
            }
            LocalDate date = LocalDate.parse(text);
            return new Birthday(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a birthday: write 1980-04-23, or --04-23 without the year");
        }
    }

    @Override
    public String toString() {
        String md = String.format("%02d-%02d", month, day);
        return year == null ? "--" + md : String.format("%04d-", year) + md;
    }
}
