package org.nernst.io.api.xlsx;

/**
 * A worksheet of a workbook, in the order the workbook lists them (the tab order).
 *
 * @param name   the tab name
 * @param part   the zip entry that holds its cells ("xl/worksheets/sheet1.xml")
 * @param hidden true when the workbook marks it hidden or very hidden
 */
public record Sheet(String name, String part, boolean hidden) {
}
