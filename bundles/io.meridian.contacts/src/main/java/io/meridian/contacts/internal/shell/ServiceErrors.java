package io.meridian.contacts.internal.shell;

import io.meridian.api.contacts.ContactNotFoundException;
import io.meridian.api.contacts.InvalidContactException;
import io.meridian.api.contacts.StaleEditException;
import io.meridian.api.shell.CommandException;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the contacts services throw into messages for the shell: a field error names the
 * option that set the field ({@code emails[1]} becomes "the 2nd --email"), since that is what
 * the user typed; a concurrent edit says to run the command again.
 */
final class ServiceErrors {

    private static final Pattern FIELD = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\..*)?");

    private ServiceErrors() {
    }

    /**
     * Runs a service call.
     *
     * @param subject what is being saved, for the first line of a validation message ("Anna Schmidt")
     * @param options the option that sets each field, by the field's JSON name
     */
    static <T> T call(String subject, Map<String, String> options, Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidContactException e) {
            throw new CommandException(describe(subject, e.fields(), options), e);
        } catch (StaleEditException e) {
            throw new CommandException(subject + " changed meanwhile (someone saved version " + e.currentVersion()
                    + " while this command ran): run the command again to apply your change to the new version", e);
        } catch (ContactNotFoundException | IllegalArgumentException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }

    static void run(String subject, Map<String, String> options, Runnable action) {
        call(subject, options, () -> {
            action.run();
            return null;
        });
    }

    /** One line per invalid field, each starting with the option that set it. */
    static String describe(String subject, Map<String, String> fields, Map<String, String> options) {
        StringBuilder text = new StringBuilder(subject).append(" was not saved:");
        fields.forEach((field, message) -> text.append("\n  ").append(option(field, options)).append(": ").append(message));
        return text.toString();
    }

    /**
     * The option for a JSON field name: {@code country} → {@code --country}, {@code phones[0]} →
     * {@code --phone (1st)}. A field without an option keeps its name.
     */
    static String option(String field, Map<String, String> options) {
        Matcher m = FIELD.matcher(field);
        if (!m.matches() || !options.containsKey(m.group(1))) return field;
        String option = options.get(m.group(1));
        return m.group(2) == null ? option : option + " (" + Text.ordinal(Integer.parseInt(m.group(2)) + 1) + ")";
    }
}
