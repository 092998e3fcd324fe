package org.nernst.io.api.xlsx;

/** What a spreadsheet cell holds (ECMA-376 Part 1, §18.18.11 ST_CellType), as seen by a reader. */
public enum CellType {
    /** A number ({@link Cell#number()}). */
    NUMBER,
    /** A number whose cell style is a date or time format: {@link Cell#number()} is the Excel serial day number. */
    DATE,
    /** A string: shared, inline or a formula's string result ({@link Cell#text()}). */
    TEXT,
    /** TRUE or FALSE, {@link Cell#number()} 1 or 0. */
    BOOLEAN,
    /** An error value such as "#N/A" or "#DIV/0!" ({@link Cell#text()}); the number is NaN. */
    ERROR
}
