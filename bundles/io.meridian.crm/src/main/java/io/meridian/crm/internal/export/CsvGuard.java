package io.meridian.crm.internal.export;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from running as a formula when the file is opened in a spreadsheet (CSV
 * injection): a cell that starts with =, +, -, @, a tab or a carriage return gets a leading
 * apostrophe, which makes it text there, as the OWASP guidance on CSV injection recommends. A
 * plain number ("+4930901820", "-12.5") is left alone: a spreadsheet reads it as the number it
 * is, and nothing in it can call a function.
 */
public final class CsvGuard {

    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private CsvGuard() {
    }

    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) return cell;
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }
}
