package org.nernst.io.api.xlsx;

import java.util.List;
import java.util.Optional;

/**
 * One worksheet row as stored: only the cells that hold something, in column order; a missing
 * column is an empty cell (spreadsheets store no placeholders for gaps).
 *
 * @param number 1-based row number as Excel shows it
 * @param cells  the non-empty cells, ascending by column
 */
public record Row(int number, List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell in a 0-based column, empty when the row stores nothing there. */
    public Optional<Cell> cell(int column) {
        int lo = 0;
        int hi = cells.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = cells.get(mid).column();
            if (c == column) {
                return Optional.of(cells.get(mid));
            }
            if (c < column) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
    }

    /** One past the last stored column (0 for an empty row). */
    public int width() {
        return cells.isEmpty() ? 0 : cells.get(cells.size() - 1).column() + 1;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
