package io.meridian.calendar.internal.holidays;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.EasterHoliday;
import com.ibm.icu.util.HebrewCalendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When a holiday falls, as a region bundle declares it: on a fixed day, on the nth weekday of a
 * month, on a day of the Chinese, Hijri or Hebrew calendar, or on days listed year by year for
 * calendars no rule covers (Diwali follows a Hindu calendar ICU4J does not have).
 *
 * <p>Dates in the other calendars are worked out with ICU4J. A Hijri date is an estimate: Saudi
 * Arabia follows the Umm al-Qura calendar, but the start of a month can still be set by sighting
 * the moon, a day either way. A Chinese date is marked as an estimate too: the new moon that
 * starts a month can fall minutes from midnight in China, where a computed time can land on the
 * wrong day: ICU4J 77.1 puts the Lunar New Year of 2027 a day late and that of 2030 a day
 * early (the 7th of February and the 2nd, where China keeps the 6th and the 3rd). Region
 * bundles confirm such dates when they are announced.
 */
public sealed interface DateRule {

    /** The first and last Gregorian years the rules are worked out for. */
    int FIRST_YEAR = 1900;
    int LAST_YEAR = 2100;

    /** The days it falls on in a Gregorian year: usually one, none when it does not occur, two when a shorter year fits twice. */
    List<LocalDate> datesIn(int year);

    /** Whether its dates are worked out ahead of an announcement and may move by a day; most rules are exact. */
    default boolean estimated() {
        return false;
    }

    /** The same day every year; 29 February only in leap years. */
    record Fixed(MonthDay day) implements DateRule {
        public Fixed {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public List<LocalDate> datesIn(int year) {
            checkYear(year);
            return day.isValidYear(year) ? List.of(day.atYear(year)) : List.of();
        }
    }

    /**
     * The {@code nth} {@code weekday} of {@code month}: 1 to 5 counting from the start, -1 for
     * the last. A fifth weekday a month does not have means no date that year.
     */
    record NthWeekday(Month month, DayOfWeek weekday, int nth) implements DateRule {
        public NthWeekday {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(weekday, "weekday");
            if (nth == 0 || nth < -1 || nth > 5) throw new IllegalArgumentException("nth is " + nth + "; use 1 to 5, or -1 for the last");
        }

        @Override
        public List<LocalDate> datesIn(int year) {
            checkYear(year);
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate date = nth == -1 ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
            return date.getMonth() == month ? List.of(date) : List.of();
        }
    }

    /**
     * The first {@code weekday} on or after a day of the year, or the last on or before it:
     * Canada's Victoria Day is the Monday on or before 24 May, Sweden's Midsummer Eve the Friday
     * on or after 19 June.
     */
    record WeekdayNear(MonthDay anchor, DayOfWeek weekday, boolean after) implements DateRule {
        public WeekdayNear {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(weekday, "weekday");
            if (anchor.equals(MonthDay.of(2, 29))) throw new IllegalArgumentException("29 February is not in every year; anchor the rule on another day");
        }

        @Override
        public List<LocalDate> datesIn(int year) {
            checkYear(year);
            // an anchor near New Year can land the day in the year before or after: take the one that falls in this year
            List<LocalDate> dates = new ArrayList<>();
            for (int y = Math.max(FIRST_YEAR, year - 1); y <= Math.min(LAST_YEAR, year + 1); y++) {
                LocalDate day = anchor.atYear(y).with(after ? TemporalAdjusters.nextOrSame(weekday) : TemporalAdjusters.previousOrSame(weekday));
                if (day.getYear() == year) dates.add(day);
            }
            return List.copyOf(dates);
        }
    }

    /**
     * Easter Sunday, Western (Gregorian) or Orthodox (Julian, as the Orthodox churches keep it),
     * from ICU4J's Easter rule; add an {@link Offset} for Good Friday, Easter Monday or
     * Pentecost.
     */
    record Easter(boolean orthodox) implements DateRule {

        @Override
        public List<LocalDate> datesIn(int year) {
            checkYear(year);
            // ICU's rule answers with midnight of Easter Sunday in whatever default time zone it captured. Read in UTC,
            // that is the Sunday (zones behind UTC) or the Saturday before it (zones ahead): no global state is read.
            EasterHoliday easter = new EasterHoliday(0, orthodox, orthodox ? "Orthodox Easter" : "Easter");
            Date from = Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).minusDays(1).toInstant());
            Date to = Date.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).plusDays(1).toInstant());
            LocalDate day = easter.firstBetween(from, to).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate sunday = day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(1) : day;
            if (sunday.getDayOfWeek() != DayOfWeek.SUNDAY || sunday.getYear() != year) {
                throw new IllegalStateException("ICU4J gave " + sunday + " for Easter " + year + ", not a Sunday of that year");
            }
            return List.of(sunday);
        }
    }

    /** A day of the Chinese lunisolar calendar; {@code leap} for the leap month of that number, in years that have one. */
    record Chinese(int month, int day, boolean leap) implements DateRule {
        public Chinese {
            checkDay("Chinese", month, 12, day, 30);
        }

        @Override
        public List<LocalDate> datesIn(int year) {
            checkYear(year);
            // the Chinese year that starts in this Gregorian year, and the one before it (its twelfth month reaches in)
            List<LocalDate> dates = new ArrayList<>();
            for (int chineseYear = year + 2636; chineseYear <= year + 2637; chineseYear++) {
                ChineseCalendar c = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
                addIfItExists(c, chineseYear, month - 1, leap ? 1 : 0, day, year, dates);
            }
            return List.copyOf(dates);
        }

        @Override
        public boolean estimated() {
            return true;
        }
    }

    /** A day of the Hijri calendar as Saudi Arabia's Umm al-Qura calendar counts it. */
    record Hijri(int month, int day) implements DateRule {
        public Hijri {
            checkDay("Hijri", month, 12, day, 30);
        }

        @Override
        public List<LocalDate> datesIn(int year) {
            checkYear(year);
            // a Gregorian year holds parts of two or three Hijri years, which are eleven days shorter
            List<LocalDate> dates = new ArrayList<>();
            int firstHijriYear = hijriYearOn(LocalDate.of(year, 1, 1));
            int lastHijriYear = hijriYearOn(LocalDate.of(year, 12, 31));
            for (int hijriYear = firstHijriYear; hijriYear <= lastHijriYear; hijriYear++) {
                IslamicCalendar c = ummAlQura();
                addIfItExists(c, hijriYear, month - 1, -1, day, year, dates);
            }
            return List.copyOf(dates);
        }

        @Override
        public boolean estimated() {
            return true;
        }

        private static IslamicCalendar ummAlQura() {
            IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
            c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
            return c;
        }

        private static int hijriYearOn(LocalDate day) {
            IslamicCalendar c = ummAlQura();
            c.set(Calendar.JULIAN_DAY, (int) (day.toEpochDay() + JULIAN_DAY_OF_EPOCH));
            return c.get(Calendar.EXTENDED_YEAR);
        }
    }

    /** The months of the Hebrew calendar; {@code ADAR_I} exists only in leap years, when {@code ADAR} is Adar II. */
    enum HebrewMonth {
        TISHRI(HebrewCalendar.TISHRI), HESHVAN(HebrewCalendar.HESHVAN), KISLEV(HebrewCalendar.KISLEV), TEVET(HebrewCalendar.TEVET),
        SHEVAT(HebrewCalendar.SHEVAT), ADAR_I(HebrewCalendar.ADAR_1), ADAR(HebrewCalendar.ADAR), NISAN(HebrewCalendar.NISAN),
        IYAR(HebrewCalendar.IYAR), SIVAN(HebrewCalendar.SIVAN), TAMUZ(HebrewCalendar.TAMUZ), AV(HebrewCalendar.AV),
        ELUL(HebrewCalendar.ELUL);

        final int icu;

        HebrewMonth(int icu) {
            this.icu = icu;
        }
    }

    /** A day of the Hebrew calendar. It is arithmetic, so its dates are exact. */
    record Hebrew(HebrewMonth month, int day) implements DateRule {
        public Hebrew {
            Objects.requireNonNull(month, "month");
            if (day < 1 || day > 30) throw new IllegalArgumentException("Hebrew day " + day + " does not exist; use 1 to 30");
        }

        @Override
        public List<LocalDate> datesIn(int year) {
            checkYear(year);
            // the Hebrew year that ends in this Gregorian year's autumn, and the one that starts then
            List<LocalDate> dates = new ArrayList<>();
            for (int hebrewYear = year + 3760; hebrewYear <= year + 3761; hebrewYear++) {
                HebrewCalendar c = new HebrewCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
                addIfItExists(c, hebrewYear, month.icu, -1, day, year, dates);
            }
            return List.copyOf(dates);
        }
    }

    /**
     * A number of days before (negative) or after another rule's date: Chinese New Year's Eve is
     * the day before the first day of the first month, whether the twelfth month has 29 days or
     * 30; Good Friday is two days before Easter.
     */
    record Offset(DateRule base, int days) implements DateRule {
        public Offset {
            Objects.requireNonNull(base, "base");
            if (Math.abs(days) > 366) throw new IllegalArgumentException("an offset of " + days + " days is more than a year; use at most 366");
        }

        @Override
        public List<LocalDate> datesIn(int year) {
            checkYear(year);
            List<LocalDate> dates = new ArrayList<>();
            for (int y = Math.max(FIRST_YEAR, year - 1); y <= Math.min(LAST_YEAR, year + 1); y++) {
                for (LocalDate d : base.datesIn(y)) {
                    LocalDate shifted = d.plusDays(days);
                    if (shifted.getYear() == year) dates.add(shifted);
                }
            }
            return List.copyOf(dates);
        }

        @Override
        public boolean estimated() {
            return base.estimated();
        }
    }

    /** Days listed year by year, for calendars no rule covers; a year not listed has no date. */
    record Listed(Map<Integer, List<LocalDate>> byYear, boolean estimated) implements DateRule {
        public Listed {
            Map<Integer, List<LocalDate>> copy = new java.util.HashMap<>();
            byYear.forEach((year, dates) -> copy.put(year, dates.stream().distinct().sorted().toList()));
            byYear = Map.copyOf(copy);
            byYear.forEach((year, dates) -> {
                for (LocalDate d : dates) {
                    if (d.getYear() != year) throw new IllegalArgumentException(d + " is listed under " + year);
                }
            });
        }

        @Override
        public List<LocalDate> datesIn(int year) {
            checkYear(year);
            return List.copyOf(byYear.getOrDefault(year, List.of()));
        }
    }

    private static void checkDay(String calendar, int month, int months, int day, int days) {
        if (month < 1 || month > months) throw new IllegalArgumentException(calendar + " month " + month + " does not exist; use 1 to " + months);
        if (day < 1 || day > days) throw new IllegalArgumentException(calendar + " day " + day + " does not exist; use 1 to " + days);
    }

    /** Refuses a year the rules are not worked out for, rather than answering wrongly. */
    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside the years holidays are worked out for (" + FIRST_YEAR + " to "
                    + LAST_YEAR + ")");
        }
    }

    /**
     * Sets {@code c} to a day of its calendar and adds that day to {@code dates} if it falls in
     * Gregorian {@code year}. ICU moves a day a month lacks (a 30th, a leap month the year lacks)
     * into the next month; reading the fields back catches that, and such a day gives no date.
     *
     * @param leapMonth 1 or 0 for calendars with leap months, -1 for those without
     */
    private static void addIfItExists(Calendar c, int calendarYear, int month, int leapMonth, int day, int year, List<LocalDate> dates) {
        c.clear();
        c.set(Calendar.EXTENDED_YEAR, calendarYear);
        c.set(Calendar.MONTH, month);
        if (leapMonth >= 0) c.set(Calendar.IS_LEAP_MONTH, leapMonth);
        c.set(Calendar.DAY_OF_MONTH, day);
        LocalDate date = dayOf(c);
        boolean exists = c.get(Calendar.EXTENDED_YEAR) == calendarYear && c.get(Calendar.MONTH) == month
                && (leapMonth < 0 || c.get(Calendar.IS_LEAP_MONTH) == leapMonth) && c.get(Calendar.DAY_OF_MONTH) == day;
        if (exists && date.getYear() == year) dates.add(date);
    }

    /** The Julian day number of 1970-01-01, the day java.time counts from. */
    long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    /** The Gregorian day an ICU calendar is set to, from its Julian day number: no time zone involved. */
    private static LocalDate dayOf(Calendar c) {
        return LocalDate.ofEpochDay(c.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }
}
