package io.meridian.support.shell;

import io.meridian.api.shell.CommandException;
import io.meridian.support.text.Spelling;
import org.jline.builtins.Options;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command's arguments, parsed against its usage text with JLine's {@link Options}, and read
 * back with errors that name the option and the command's {@code --help}.
 *
 * <p>Shared by the shell commands of every Meridian bundle: each bundle carries its own private
 * copy of this package (bnd {@code -conditionalpackage}), so none depends on another's classes.
 */
public final class CommandOptions {

    private static final Pattern OPTION_LINE = Pattern.compile("^\\s*(?:-\\S,?\\s*)?--([\\w-]+)");
    private static final Pattern INVALID_OPTION = Pattern.compile("invalid option '--([\\w-]+)'");

    private final Options options;
    private final String command;
    private final List<String> names;

    private CommandOptions(Options options, String command, List<String> names) {
        this.options = options;
        this.command = command;
        this.names = names;
    }

    /**
     * Parses {@code args} against {@code usage}, which has a line {@code Usage: scope:name ...}.
     * Environment variables are ignored: JLine would otherwise read default options from
     * {@code CONTACTS_OPTS}, one variable for every command of a scope.
     */
    public static CommandOptions parse(String[] usage, String... args) {
        String command = Arrays.stream(usage).filter(line -> line.startsWith("Usage: ")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the usage text has no line starting with 'Usage: '"))
                .substring("Usage: ".length()).split(" ")[0];
        List<String> names = new ArrayList<>();
        for (String line : usage) {
            Matcher m = OPTION_LINE.matcher(line);
            if (m.find()) names.add(m.group(1));
        }
        try {
            return new CommandOptions(Options.compile(usage, variable -> null).parse(args == null ? new Object[0] : args), command, names);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage().replaceFirst("^\\w+: ", "");
            Matcher invalid = INVALID_OPTION.matcher(message);
            String suggestion = invalid.find() ? closest(invalid.group(1), names) : null;
            throw new CommandException(command + ": " + message + (suggestion == null ? "" : " (did you mean --" + suggestion + "?)")
                    + "; '" + command + " --help' shows the options");
        }
    }

    public boolean help() {
        return options.isSet("help");
    }

    public String usage() {
        return options.usage();
    }

    /** True when the usage defines the option, whether given or not. */
    public boolean defines(String name) {
        return names.contains(name);
    }

    public boolean isSet(String name) {
        return defines(name) && options.isSet(name);
    }

    /** The option's last value, or null when it was not given. */
    public String text(String name) {
        return isSet(name) ? options.get(name) : null;
    }

    /** Every value of a repeatable option, in the order given. */
    public List<String> all(String name) {
        return isSet(name) ? options.getList(name) : List.of();
    }

    public List<String> operands() {
        return options.args();
    }

    /** The operands joined by spaces, so that a name needs no quotes; null when there are none. */
    public String joinedOperands() {
        return operands().isEmpty() ? null : String.join(" ", operands());
    }

    /** Fails unless the number of operands is between {@code min} and {@code max}, naming what is expected. */
    public void expectOperands(int min, int max, String what) {
        int n = operands().size();
        if (n < min) throw new CommandException(command + " needs " + what + "; '" + command + " --help' shows an example");
        if (n > max) {
            throw new CommandException(command + " takes " + (max == 0 ? "no arguments" : "only " + what) + ", not "
                    + String.join(" ", operands()) + " (quote text with spaces); '" + command + " --help' shows an example");
        }
    }

    /** A whole number in {@code min..max}, or {@code absent} when the option was not given. */
    public Integer number(String name, int min, int max, Integer absent) {
        String text = text(name);
        if (text == null) return absent;
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw new CommandException("--" + name + ": \"" + text + "\" is not a whole number from " + min + " to " + max);
    }

    /** A decimal number in {@code min..max}, or {@code absent} when the option was not given. */
    public double decimal(String name, double min, double max, double absent) {
        String text = text(name);
        if (text == null) return absent;
        try {
            double d = Double.parseDouble(text.strip().replace(',', '.'));
            if (d >= min && d <= max) return d;
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw new CommandException("--" + name + ": \"" + text + "\" is not a number from " + min + " to " + max);
    }

    /** A date option, or {@code absent} when it was not given; see {@link #date(String, String, LocalDate)}. */
    public LocalDate date(String name, LocalDate today, LocalDate absent) {
        String text = text(name);
        return text == null ? absent : date("--" + name, text, today);
    }

    /**
     * An instant given as a date ({@code 2026-11-20}, start of that day) or a date and time
     * ({@code 2026-11-20T14:00}) in {@code zone}, the local zone of whoever runs the command.
     */
    public Instant moment(String name, ZoneId zone, Instant absent) {
        String text = text(name);
        if (text == null) return absent;
        String t = text.strip();
        try {
            if (t.length() > 10) return LocalDateTime.parse(t.replace(' ', 'T')).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new CommandException("--" + name + ": \"" + text + "\" is not a date and time: write 2026-11-20T14:00, or just the date");
        }
        return date("--" + name, t, LocalDate.now(zone)).atStartOfDay(zone).toInstant();
    }

    /** Parses {@code 2026-11-20}, {@code today}, {@code yesterday} or {@code tomorrow}. */
    public static LocalDate date(String option, String text, LocalDate today) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "today": return today;
            case "yesterday": return today.minusDays(1);
            case "tomorrow": return today.plusDays(1);
            default:
                try {
                    return LocalDate.parse(t);
                } catch (DateTimeException e) {
                    throw new CommandException(option + ": \"" + text + "\" is not a date: write 2026-11-20, today, yesterday or tomorrow");
                }
        }
    }

    /** The defined option most like a mistyped one, or null when none is close. */
    public static String closest(String typed, List<String> names) {
        return Spelling.closest(typed, names);
    }
}
