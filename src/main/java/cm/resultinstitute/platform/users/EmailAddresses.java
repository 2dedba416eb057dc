package cm.resultinstitute.platform.users;

import java.util.Locale;

/**
 * How an email address is read from people: trimmed of every kind of space (a no-break space pasted from a
 * document, an em space, a zero-width space) and lower-cased, so that one address is one account; and made of
 * visible characters only ({@link #VISIBLE}, for {@code @Email(regexp = ...)}).
 */
public final class EmailAddresses {

    /** No white space, separator, control or format character anywhere in the address. */
    public static final String VISIBLE = "[^\\s\\p{Z}\\p{C}]+";

    private EmailAddresses() {}

    /** The address without the spaces around it, as typed otherwise; {@code null} stays {@code null}. */
    public static String trimmed(String address) {
        if (address == null) {
            return null;
        }
        int start = 0;
        int end = address.length();
        while (start < end && invisible(address.charAt(start))) {
            start++;
        }
        while (end > start && invisible(address.charAt(end - 1))) {
            end--;
        }
        return address.substring(start, end);
    }

    /** The address as it is stored and compared: trimmed and in lower case. */
    public static String normalized(String address) {
        return address == null ? null : trimmed(address).toLowerCase(Locale.ROOT);
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
