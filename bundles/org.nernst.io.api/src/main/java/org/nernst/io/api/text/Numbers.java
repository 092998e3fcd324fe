package org.nernst.io.api.text;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Fast number parsing for instrument text (fastdoubleparser: several times faster than
 * Double.parseDouble, same results). Accepts a decimal comma when asked.
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Parses s[from, to) (already trimmed of delimiters) or returns NaN when it is not a number.
     * {@code scratch} must be at least {@code to - from} long when {@code decimalComma} is set.
     */
    public static double parse(CharSequence s, int from, int to, boolean decimalComma, char[] scratch) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        int len = to - from;
        if (len <= 0) {
            return Double.NaN;
        }
        try {
            if (!decimalComma) {
                if (s.charAt(from) == '+') {
                    from++;
                    len--;
                }
                return JavaDoubleParser.parseDouble(s, from, len);
            }
            char[] buf = scratch.length >= len ? scratch : new char[len];
            int k = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == '+' && k == 0) {
                    continue;
                }
                buf[k++] = c == ',' ? '.' : c;
            }
            return JavaDoubleParser.parseDouble(buf, 0, k);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Convenience for single values (headers, metadata). */
    public static double parse(String s, boolean decimalComma) {
        return parse(s, 0, s.length(), decimalComma, new char[s.length()]);
    }

    /** True when the trimmed text is a number in either decimal convention. */
    public static boolean isNumber(String s) {
        String t = s.strip();
        return !t.isEmpty() && !Double.isNaN(parse(t, t.indexOf(',') >= 0 && t.indexOf('.') < 0));
    }
}
