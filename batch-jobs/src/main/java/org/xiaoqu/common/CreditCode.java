package org.xiaoqu.common;

import org.jspecify.annotations.Nullable;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from the alphabet {@code
 * 0-9 A-Z} without {@code I O Z S V}; registration authority (1), organisation category (1), division code (6),
 * the GB 11714 organisation code (8 + its own check character) and a final check character.
 *
 * <p>{@link #check} never throws: a code that fails is reported so that the row can be kept and flagged (credit
 * reconciliation needs to see wrong codes, DESIGN 1.2 {@code INVALID_CODE}). Harmless formatting — spaces, lower
 * case, full-width characters — is removed and reported as {@link Result#normalised()} ({@code NORMALISED_CODE}).
 */
public final class CreditCode {

    /** The 31 characters a code may use, in the order of their values 0..30. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUE[ALPHABET.charAt(i)] = i;
        }
    }

    private CreditCode() {}

    /** The outcome of checking a code. */
    public enum Status {
        /** Structure, check character and embedded organisation code are right. */
        VALID,
        /** Wrong length or a character outside the alphabet. */
        BAD_STRUCTURE,
        /** The 18th character does not match the first 17. */
        BAD_CHECK_CHARACTER,
        /** The final check character is right but the embedded GB 11714 organisation code (9th–17th) is not. */
        BAD_ORGANISATION_CODE
    }

    /**
     * The result of {@link #check}.
     *
     * @param input the text as given
     * @param code the code after removing harmless formatting (upper case, no spaces, half-width); equal to the
     *     input when nothing was changed
     * @param normalised whether formatting had to be removed
     * @param status the verdict on {@link #code()}
     * @param problem one English sentence saying what is wrong, null when valid
     */
    public record Result(String input, String code, boolean normalised, Status status, @Nullable String problem) {
        /** Whether the code passed every check. */
        public boolean valid() {
            return status == Status.VALID;
        }
    }

    /** Whether the text, as given (no normalisation), is a valid code. */
    public static boolean isValid(String code) {
        return code.length() == 18 && verdict(code).status == Status.VALID;
    }

    /** Checks a code after removing harmless formatting. */
    public static Result check(String input) {
        String code = normalise(input);
        boolean normalised = !code.equals(input);
        Verdict v = verdict(code);
        return new Result(input, code, normalised, v.status, v.problem);
    }

    /**
     * The GB 32100 check character for the first 17 characters.
     *
     * @throws IllegalArgumentException when there are not 17 characters of the alphabet
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = value(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not in the code alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /**
     * The GB 11714 check character (a digit or {@code X}) for an 8-character organisation code body.
     *
     * @throws IllegalArgumentException when the body is not 8 digits or upper-case letters
     */
    public static char organisationCheckCharacter(CharSequence body8) {
        if (body8.length() != 8) {
            throw new IllegalArgumentException("need 8 characters, got " + body8.length());
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = body8.charAt(i);
            int v;
            if (ch >= '0' && ch <= '9') {
                v = ch - '0';
            } else if (ch >= 'A' && ch <= 'Z') {
                v = ch - 'A' + 10;
            } else {
                throw new IllegalArgumentException("'" + ch + "' is not a digit or upper-case letter");
            }
            sum += v * ORG_WEIGHTS[i];
        }
        int c = 11 - sum % 11;
        return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
    }

    /** Upper case, half-width, without spaces of any kind; other characters are left for the check to judge. */
    static String normalise(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char n = c;
            if (c >= '\uFF01' && c <= '\uFF5E') {
                n = (char) (c - 0xFEE0);
            }
            if (n >= 'a' && n <= 'z') {
                n = (char) (n - 32);
            }
            boolean drop =
                    Character.isWhitespace(n) || n == '\u00A0' || n == '\u3000' || n == '\u200B' || n == '\uFEFF';
            if (b == null && (drop || n != c)) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && !drop) {
                b.append(n);
            }
        }
        return b == null ? s : b.toString();
    }

    private record Verdict(Status status, @Nullable String problem) {}

    private static final Verdict OK = new Verdict(Status.VALID, null);

    private static Verdict verdict(String code) {
        if (code.length() != 18) {
            return new Verdict(
                    Status.BAD_STRUCTURE,
                    "has " + code.codePointCount(0, code.length())
                            + " characters; a unified social credit code has 18");
        }
        for (int i = 0; i < 18; i++) {
            if (value(code.charAt(i)) < 0) {
                return new Verdict(
                        Status.BAD_STRUCTURE,
                        "character " + (i + 1) + " '" + code.charAt(i)
                                + "' is not allowed (digits and upper-case letters except I, O, Z, S, V)");
            }
        }
        char expected = checkCharacter(code.subSequence(0, 17));
        if (expected != code.charAt(17)) {
            return new Verdict(
                    Status.BAD_CHECK_CHARACTER,
                    "check character is '" + code.charAt(17) + "' but GB 32100-2015 gives '" + expected + "'");
        }
        char org = organisationCheckCharacter(code.subSequence(8, 16));
        if (org != code.charAt(16)) {
            return new Verdict(
                    Status.BAD_ORGANISATION_CODE,
                    "embedded organisation code " + code.substring(8, 17) + " fails its GB 11714 check (expected '"
                            + org + "' as 17th character)");
        }
        return OK;
    }

    private static int value(char c) {
        return c < 128 ? VALUE[c] : -1;
    }
}
