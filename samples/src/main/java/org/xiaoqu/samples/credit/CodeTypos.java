package org.xiaoqu.samples.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.xiaoqu.samples.world.CreditCodes;

/**
 * A clerk's typos in a unified social credit code that, unlike a wrong check character, do not keep the code's first
 * 16 characters: a reconciler cannot find the enterprise by the start of the code and has to use the name or the
 * document number. Every typo fails the GB 32100-2015 check, the embedded GB 11714 check or the alphabet.
 */
final class CodeTypos {
    /** Characters 3–8: the division code of the registration authority (登记管理机关行政区划码). */
    private static final int DIVISION = 2;
    /** Characters 9–16: the body of the GB 11714 organisation code. */
    private static final int ORGANISATION = 8;
    /** The code's first characters a reconciler may look an enterprise up by. */
    static final int KEPT = 16;

    /** The kinds of typo, drawn with equal odds. */
    enum Kind {
        /** Two adjacent, different characters of the division code swapped (430102 → 431002). */
        SWAP_IN_DIVISION,
        /** Two adjacent, different characters of the organisation code's body swapped. */
        SWAP_IN_ORGANISATION,
        /** One character of the first 16 left out and a digit added at the end, so that the length is right. */
        DROP_AND_APPEND,
        /** A 0 written as the letter O, or a 1 as the letter I (neither is in the code's alphabet). */
        LOOKALIKE
    }

    private CodeTypos() {}

    /** A typo of {@code valid} of a kind drawn from {@code random}. */
    static String typo(String valid, SplittableRandom random) {
        Kind[] kinds = Kind.values();
        return typo(valid, kinds[random.nextInt(kinds.length)], random);
    }

    /**
     * A typo of {@code valid} of the given kind: an invalid code whose first {@value #KEPT} characters are not
     * {@code valid}'s. A kind the code offers no place for (a division of one repeated digit) falls back to
     * {@link Kind#DROP_AND_APPEND}, which always has one.
     */
    static String typo(String valid, Kind kind, SplittableRandom random) {
        if (!CreditCodes.isValid(valid)) {
            throw new IllegalArgumentException("not a valid code: " + valid);
        }
        for (int tries = 0; tries < 100; tries++) {
            String t = attempt(valid, kind, random);
            if (t == null) {
                kind = Kind.DROP_AND_APPEND;
                continue;
            }
            if (!CreditCodes.isValid(t) && !t.regionMatches(0, valid, 0, KEPT)) {
                return t;
            }
        }
        throw new IllegalStateException("no " + kind + " typo of " + valid);
    }

    private static String attempt(String valid, Kind kind, SplittableRandom random) {
        char[] c = valid.toCharArray();
        switch (kind) {
            case SWAP_IN_DIVISION, SWAP_IN_ORGANISATION -> {
                int from = kind == Kind.SWAP_IN_DIVISION ? DIVISION : ORGANISATION;
                int to = kind == Kind.SWAP_IN_DIVISION ? ORGANISATION : KEPT;
                List<Integer> at = new ArrayList<>();
                for (int i = from; i + 1 < to; i++) {
                    if (c[i] != c[i + 1]) {
                        at.add(i);
                    }
                }
                if (at.isEmpty()) {
                    return null;
                }
                int i = at.get(random.nextInt(at.size()));
                char x = c[i];
                c[i] = c[i + 1];
                c[i + 1] = x;
                return new String(c);
            }
            case DROP_AND_APPEND -> {
                int i = random.nextInt(KEPT);
                return valid.substring(0, i) + valid.substring(i + 1) + (char) ('0' + random.nextInt(10));
            }
            default -> {
                List<Integer> at = new ArrayList<>();
                for (int i = 0; i < KEPT; i++) {
                    if (c[i] == '0' || c[i] == '1') {
                        at.add(i);
                    }
                }
                if (at.isEmpty()) {
                    return null;
                }
                int i = at.get(random.nextInt(at.size()));
                c[i] = c[i] == '0' ? 'O' : 'I';
                return new String(c);
            }
        }
    }

    /**
     * The name as a clerk may write it and {@code xiaoqu credit reconcile} still reads as the same: 有限公司 and
     * 有限责任公司 exchanged, 省 or 市 after the leading place name, or that place name in brackets.
     *
     * @param cityName the enterprise's city as the division table has it (长沙市, 湘西土家族苗族自治州)
     */
    static String nameVariant(String name, String cityName, SplittableRandom random) {
        String city = cityName.replace("市", "").replace("土家族苗族自治州", "");
        String place = name.startsWith("湖南") ? "湖南" : name.startsWith(city) ? city : "";
        String level = place.equals("湖南") ? "省" : cityName.endsWith("市") ? "市" : "";
        int kind = random.nextInt(3);
        if (place.isEmpty() || kind == 1 && !level.isEmpty() && name.startsWith(place + level)) {
            kind = 0;
        }
        return switch (kind) {
            case 0 -> name.contains("有限责任公司") ? name.replace("有限责任公司", "有限公司") : name.replace("有限公司", "有限责任公司");
            case 1 ->
                level.isEmpty()
                        ? "（" + place + "）" + name.substring(place.length())
                        : place + level + name.substring(place.length());
            default -> "（" + place + "）" + name.substring(place.length());
        };
    }
}
