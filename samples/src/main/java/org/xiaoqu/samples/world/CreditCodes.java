package org.xiaoqu.samples.world;

import java.util.SplittableRandom;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015) with the organisation code of GB 11714 inside.
 * Written here because main has no shared {@code org.xiaoqu.common.CreditCode} yet; the credit job should
 * own the validating side and this helper can then delegate to it.
 */
public final class CreditCodes {
    /** The 31 characters of GB 32100: digits and capitals without I, O, Z, S, V. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private CreditCodes() {}

    /** A valid code of an enterprise (登记管理部门 9, 类别 1) registered in a six-digit division. */
    public static String enterprise(String divisionCode, SplittableRandom random) {
        if (divisionCode.length() != 6) {
            throw new IllegalArgumentException("division code must have six digits: " + divisionCode);
        }
        StringBuilder org = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            org.append((char) ('0' + random.nextInt(10)));
        }
        org.append(organisationCheck(org));
        String body = "91" + divisionCode + org;
        return body + check(body);
    }

    /** The GB 32100 check character of the first 17 characters. */
    public static char check(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The GB 11714 check character of an eight-character organisation code body. */
    static char organisationCheck(CharSequence body8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int c9 = 11 - sum % 11;
        return c9 == 10 ? 'X' : c9 == 11 ? '0' : (char) ('0' + c9);
    }

    /** Whether a code is structurally valid and both check characters hold. */
    public static boolean isValid(String code) {
        if (code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        String org = code.substring(8, 16);
        for (int i = 0; i < 8; i++) {
            char c = org.charAt(i);
            if (!Character.isDigit(c) && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return organisationCheck(org) == code.charAt(16) && check(code) == code.charAt(17);
    }

    /** The same code with a wrong check character (for the INVALID_CREDIT_CODE noise). */
    public static String breakCheck(String code, SplittableRandom random) {
        char good = code.charAt(17);
        int shift = 1 + random.nextInt(ALPHABET.length() - 1);
        char bad = ALPHABET.charAt((ALPHABET.indexOf(good) + shift) % ALPHABET.length());
        return code.substring(0, 17) + bad;
    }
}
