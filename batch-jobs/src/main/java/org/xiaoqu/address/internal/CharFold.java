package org.xiaoqu.address.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Length-preserving character folding: full-width to half-width, traditional to simplified, latin
 * letters to upper case, the many dashes and brackets to one form. One character in, one character
 * out, so that offsets found in the folded text are offsets in the original text.
 */
public final class CharFold {
    private static final char[] TABLE = buildTable();

    private CharFold() {}

    /** The folded form of one character. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /** The folded form of a text, of the same length. */
    public static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[text.charAt(i)];
        }
        return new String(out);
    }

    /** The folded characters of a text into a new array. */
    public static char[] foldToArray(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[out[i]];
        }
        return out;
    }

    private static char[] buildTable() {
        char[] t = new char[65536];
        for (int i = 0; i < t.length; i++) {
            t[i] = (char) i;
        }
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            t[c] = (char) (c - 0xFEE0);
        }
        t['\u3000'] = ' ';
        t['\u00A0'] = ' ';
        t['\t'] = ' ';
        for (char c = 'a'; c <= 'z'; c++) {
            t[c] = (char) (c - 'a' + 'A');
            t[c - 'a' + '\uFF41'] = (char) (c - 'a' + 'A');
        }
        // dashes and tildes people type between building, unit and room numbers
        for (char c : new char[] {
            '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '~', '\u301C', '_'
        }) {
            t[c] = '-';
        }
        t['\uFF5E'] = '-';
        t['\uFF3F'] = '-';
        for (char c : new char[] {'\u3010', '\u3014', '\u3016', '\u3008', '\u300A', '[', '{'}) {
            t[c] = '(';
        }
        for (char c : new char[] {'\u3011', '\u3015', '\u3017', '\u3009', '\u300B', ']', '}'}) {
            t[c] = ')';
        }
        t['\u3001'] = ',';
        t['\u3002'] = ',';
        t['\uFF0C'] = ',';
        t['\uFF1B'] = ',';
        t[';'] = ',';
        t['\u2116'] = '#';
        List<String> lines = tradSimpLines();
        String trad = lines.get(0);
        String simp = lines.get(1);
        for (int i = 0; i < trad.length(); i++) {
            t[trad.charAt(i)] = simp.charAt(i);
        }
        return t;
    }

    private static List<String> tradSimpLines() {
        String name = "/org/xiaoqu/address/trad-simp.txt";
        try (InputStream in = CharFold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            if (lines.size() != 2 || lines.get(0).length() != lines.get(1).length()) {
                throw new IllegalStateException(name + " must hold two lines of equal length");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
