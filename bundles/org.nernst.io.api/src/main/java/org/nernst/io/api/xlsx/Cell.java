package org.nernst.io.api.xlsx;

/**
 * One non-empty cell of a worksheet row.
 *
 * @param column 0-based column index (A = 0)
 * @param type   what the cell holds
 * @param number the value for NUMBER, DATE (Excel serial day number) and BOOLEAN cells, else NaN
 * @param text   the string for TEXT and ERROR cells, else ""
 */
public record Cell(int column, CellType type, double number, String text) {

    public boolean isNumeric() {
        return type == CellType.NUMBER || type == CellType.DATE;
    }

    /** The cell as a user would type it: the number (shortest form) or the text. */
    public String display() {
        return switch (type) {
            case TEXT, ERROR -> text;
            case BOOLEAN -> number != 0 ? "TRUE" : "FALSE";
            default -> number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                    : Double.toString(number);
        };
    }
}
