package org.xiaoqu.credit.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Enterprise names compared the way people mean them: full-width folded, spaces and bracket styles removed,
 * 有限责任公司 read as 有限公司, and a leading 省/市 after a province or city name dropped (湖南省… = 湖南…,
 * 长沙市… = 长沙…).
 */
public final class Names {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern BRACKETS = Pattern.compile("[()（）\\[\\]【】〔〕]");
    private static final Pattern PREFIX = Pattern.compile("^(\\p{IsHan}{2,3}?)[省市]");

    private Names() {}

    /** The key two names must share to be one name; empty for an empty name. */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = SPACES.matcher(s).replaceAll("");
        s = BRACKETS.matcher(s).replaceAll("");
        s = s.replace("有限责任公司", "有限公司");
        s = PREFIX.matcher(s).replaceFirst("$1");
        return s;
    }
}
