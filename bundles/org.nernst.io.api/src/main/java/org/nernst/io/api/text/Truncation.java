package org.nernst.io.api.text;

/**
 * Detects a file cut in the middle of its last row (an interrupted copy or save). A row cut inside
 * a number still parses ("9.9999E-001" cut to "9.9999" is a valid, wrong number), so the only safe
 * signal is the shape: a last line without line end whose last field is shaped unlike the one above.
 */
public final class Truncation {
    private Truncation() {
    }

    /**
     * Start offset of a last line that looks cut (no line end, and its last field has a different
     * digit/exponent shape or a different field count than the previous non-blank line), or -1.
     */
    public static int cutLastLine(CharSequence text, char delimiter) {
        int n = text.length();
        if (n == 0 || text.charAt(n - 1) == '\n' || text.charAt(n - 1) == '\r') {
            return -1;
        }
        int lastStart = lineStart(text, n);
        if (lastStart == 0) {
            return -1;
        }
        int prevEnd = lastStart - 1;
        while (prevEnd > 0 && (text.charAt(prevEnd - 1) == '\n' || text.charAt(prevEnd - 1) == '\r')) {
            prevEnd--;
        }
        int prevStart = lineStart(text, prevEnd);
        String last = text.subSequence(lastStart, n).toString().strip();
        String prev = text.subSequence(prevStart, prevEnd).toString().strip();
        if (last.isEmpty()) {
            return -1;
        }
        String[] a = split(last, delimiter);
        String[] b = split(prev, delimiter);
        if (!Numbers.isNumber(b[b.length - 1])) {
            return -1; // the line above is not a data row (a header): nothing to compare with
        }
        if (a.length != b.length) {
            return lastStart;
        }
        return shape(a[a.length - 1]).equals(shape(b[b.length - 1])) ? -1 : lastStart;
    }

    private static int lineStart(CharSequence s, int end) {
        int i = end;
        while (i > 0 && s.charAt(i - 1) != '\n' && s.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private static String[] split(String line, char delimiter) {
        return delimiter == ' ' ? line.split("\\s+") : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
    }

    /** Digits become '9', a sign is dropped: "-1.25E-003" and "3.00E+001" have the same shape. */
    private static String shape(String field) {
        StringBuilder b = new StringBuilder();
        String f = field.strip();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (i == 0 && (c == '-' || c == '+')) {
                continue;
            }
            b.append(Character.isDigit(c) ? '9' : c == ',' ? '.' : c);
        }
        return b.toString();
    }
}
