package io.meridian.crm.internal.normalise;

import io.meridian.api.contacts.Birthday;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads birthdays as address books and spreadsheets write them: ISO 8601 ("1980-04-23", also
 * with a time), vCard ("19800423", "--04-23" without the year), numbers with slashes or dots
 * ("23.04.1980", "04/23/1980", "1980/04/23") and English month names ("April 23, 1980",
 * "23 Apr 1980", "23 April").
 *
 * <p>Two-digit years are refused: "04/23/80" could be 1880, 1980 or 2080, and a century guessed
 * wrong is a wrong age on every reminder. Where day and month could be either way round, the
 * {@link DateOrder} of the import decides; a number over 12 settles it whatever the order says,
 * since it can only be the day. With no order given, such dates are refused. A year of 1604
 * (Apple's contacts store a birthday without a year that way) or 0000 means the year is unknown.
 * Thread-safe: no state.
 */
public final class Birthdays {

    private static final Pattern VCARD_NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final Pattern BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** Three numbers separated by - / or . ; a time after an ISO date ("T00:00:00Z") is ignored, as a birthday has none. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,4})\\.?(?:[T ]\\d{1,2}:\\d{2}.*)?");
    private static final Map<String, Integer> MONTHS = months();
    private static final Pattern ORDINAL = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");

    /** The birthday in {@code text}, or empty when it is not a date or is ambiguous. */
    public Optional<Birthday> parse(String text, DateOrder order) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = text.strip();
        try {
            Matcher m = VCARD_NO_YEAR.matcher(t);
            if (m.matches()) return Optional.of(new Birthday(null, number(m, 1), number(m, 2)));
            m = BASIC.matcher(t);
            if (m.matches()) return Optional.of(new Birthday(year(m.group(1)), number(m, 2), number(m, 3)));
            m = NUMERIC.matcher(t);
            if (m.matches()) return numeric(m.group(1), m.group(3), m.group(4), order);
            return named(t);
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty(); // the 31st of April, the 29th of February 1981
        }
    }

    private static Optional<Birthday> numeric(String first, String middle, String last, DateOrder order) {
        int a = Integer.parseInt(middle);
        if (first.length() == 4) { // year first is always followed by month, then day, unless the numbers say otherwise
            int b = Integer.parseInt(last);
            if (last.length() > 2) return Optional.empty();
            return Optional.of(a > 12 && b <= 12 ? new Birthday(year(first), b, a) : new Birthday(year(first), a, b));
        }
        if (last.length() != 4 || first.length() > 2) return Optional.empty(); // a two-digit year
        return dayAndMonth(year(last), Integer.parseInt(first), a, order);
    }

    /** "April 23, 1980", "23 Apr 1980", "23rd April", "Apr. 23". */
    private static Optional<Birthday> named(String text) {
        Integer month = null;
        List<String> numbers = new ArrayList<>();
        for (String token : text.toLowerCase(Locale.ENGLISH).split("[\\s,./-]+")) {
            if (token.isEmpty()) continue;
            Matcher ordinal = ORDINAL.matcher(token);
            if (ordinal.matches()) token = ordinal.group(1);
            if (token.chars().allMatch(Character::isDigit)) {
                numbers.add(token);
            } else if (MONTHS.containsKey(token) && month == null) {
                month = MONTHS.get(token);
            } else {
                return Optional.empty();
            }
        }
        if (month == null || numbers.isEmpty() || numbers.size() > 2) return Optional.empty();
        String day = numbers.stream().filter(n -> n.length() <= 2).findFirst().orElse(null);
        String year = numbers.stream().filter(n -> n.length() == 4).findFirst().orElse(null);
        if (day == null || numbers.size() != (year == null ? 1 : 2)) return Optional.empty(); // "Apr 23 80": a two-digit year
        return Optional.of(new Birthday(year == null ? null : year(year), month, Integer.parseInt(day)));
    }

    private static Optional<Birthday> dayAndMonth(Integer year, int first, int second, DateOrder order) {
        boolean firstIsDay;
        if (first > 12 && second <= 12) firstIsDay = true;
        else if (second > 12 && first <= 12) firstIsDay = false;
        else if (first == second) firstIsDay = true; // 05/05: either way the same date
        else if (order == null) return Optional.empty();
        else firstIsDay = order == DateOrder.DAY_MONTH_YEAR;
        return Optional.of(firstIsDay ? new Birthday(year, second, first) : new Birthday(year, first, second));
    }

    /** The year, or null for the years that stand for "not known". */
    private static Integer year(String digits) {
        int year = Integer.parseInt(digits);
        return year == 1604 || year == 0 ? null : year;
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        return Map.copyOf(months);
    }
}
