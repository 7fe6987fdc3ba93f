package dev.glas.core.data;

import java.util.regex.Pattern;

/**
 * Protection against formula injection (CSV/Excel injection): text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return could be run as a formula by a spreadsheet. Genuine numbers
 * ("-12.5", "+7", "1e-3") are not dangerous and are left alone.
 */
public final class FormulaGuard {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could interpret this text as a formula. */
    public static boolean isDangerous(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return trigger && !NUMBER.matcher(text).matches();
    }

    /**
     * The text made inert for plain-text formats (CSV): a leading apostrophe, which spreadsheets treat as
     * "this is text". Safe values are returned unchanged.
     */
    public static String neutralize(String text) {
        return isDangerous(text) ? "'" + text : text;
    }

    /** Whether the text is a plain number, e.g. "-12.5" (such text can be written as a number cell). */
    public static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }
}
