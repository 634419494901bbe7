package org.xiaoqu.link.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/** Normalisation of Chinese text for comparison: width, numerals, building suffixes, and toneless pinyin. */
public final class ChineseText {
    private static final String NUMERALS = "零一二三四五六七八九";
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final Map<Character, String> PINYIN = new ConcurrentHashMap<>();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private ChineseText() {}

    /**
     * Full-width to half-width, lower case, punctuation and spaces removed, single Chinese numerals to
     * digits, and 栋/幢/座/号楼 unified so that 3号楼, 三栋 and 3幢 compare equal.
     */
    public static String normaliseAddress(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uff01' && c <= '\uff5e') {
                c = (char) (c - 0xfee0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            int numeral = NUMERALS.indexOf(c);
            if (numeral >= 0) {
                c = (char) ('0' + numeral);
            }
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString()
                .replace("号楼", "栋")
                .replace("幢", "栋")
                .replace("座", "栋")
                .replace("#", "栋");
    }

    /**
     * Toneless pinyin of every Chinese character (first reading of polyphones), other characters kept in
     * lower case; syllables are separated by a space so that homophones (张/章, 华亭/华庭) compare equal.
     */
    public static String pinyin(String s) {
        StringBuilder b = new StringBuilder(s.length() * 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(PINYIN.computeIfAbsent(c, ChineseText::syllable));
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /**
     * True when the two strings have the same length and each pair of characters can be read alike (their
     * sets of toneless readings intersect): polyphones such as 长 (chang/zhang) match either reading.
     */
    public static boolean sameSound(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && java.util.Collections.disjoint(readings(x), readings(y))) {
                return false;
            }
        }
        return true;
    }

    private static final Map<Character, java.util.Set<String>> READINGS = new ConcurrentHashMap<>();

    static java.util.Set<String> readings(char c) {
        return READINGS.computeIfAbsent(c, ch -> {
            try {
                String[] r = PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT);
                return r == null || r.length == 0
                        ? java.util.Set.of(String.valueOf(ch).toLowerCase(Locale.ROOT))
                        : java.util.Set.of(java.util.Arrays.stream(r).distinct().toArray(String[]::new));
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                return java.util.Set.of(String.valueOf(ch));
            }
        });
    }

    private static String syllable(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            return readings == null || readings.length == 0 ? String.valueOf(c) : readings[0];
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            return String.valueOf(c).toLowerCase(Locale.ROOT);
        }
    }
}
