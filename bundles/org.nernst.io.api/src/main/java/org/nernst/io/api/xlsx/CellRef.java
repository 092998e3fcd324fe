package org.nernst.io.api.xlsx;

/** A1-style cell references (ECMA-376 Part 1, §18.18.62 ST_Ref): column letters then the row number. */
public final class CellRef {
    /** Excel's limits: columns A..XFD, rows 1..1048576 (ECMA-376 Part 1, §18.3.1.73 and §18.3.1.1). */
    public static final int MAX_COLUMNS = 16_384;
    public static final int MAX_ROWS = 1_048_576;

    private CellRef() {
    }

    /** The 0-based column of a reference such as "AB12", or -1 when it does not start with 1 to 3 letters. */
    public static int column(String ref) {
        int c = 0;
        int i = 0;
        while (i < ref.length() && i < 4) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                c = c * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                c = c * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
            i++;
        }
        return i == 0 || i > 3 || c > MAX_COLUMNS ? -1 : c - 1;
    }

    /** The 1-based row of a reference such as "AB12", or -1 when it has none or it is out of range. */
    public static int row(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        if (i == ref.length() || ref.length() - i > 7) {
            return -1;
        }
        int r = 0;
        for (int k = i; k < ref.length(); k++) {
            char ch = ref.charAt(k);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            r = r * 10 + (ch - '0');
        }
        return r >= 1 && r <= MAX_ROWS ? r : -1;
    }

    /** Column letters of a 0-based column: 0 -> "A", 27 -> "AB". */
    public static String columnName(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    /** "B12" from a 0-based column and a 1-based row. */
    public static String of(int column, int row) {
        return columnName(column) + row;
    }
}
