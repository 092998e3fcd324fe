package org.nernst.io.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TruncationTest {
    private static final String ROWS = "t\tE\n0\t1.2500000E-001\n1\t-3.0000000E+000\n";

    @Test
    void completeFilesAreNotCut() {
        assertEquals(-1, Truncation.cutLastLine(ROWS, '\t'));
        assertEquals(-1, Truncation.cutLastLine(ROWS + "2\t4.0000000E+000", '\t'), "a missing final line end alone is fine");
        assertEquals(-1, Truncation.cutLastLine("t\tE\n0\t1.5", '\t'), "a single row has nothing to compare with");
    }

    @Test
    void aNumberCutShortIsFound() {
        String cut = ROWS + "2\t4.00000";
        assertEquals(ROWS.length(), Truncation.cutLastLine(cut, '\t'));
        assertEquals(ROWS.length(), Truncation.cutLastLine(ROWS + "2", '\t'), "missing fields");
        assertEquals(ROWS.length(), Truncation.cutLastLine(ROWS + "2\t4.0000000E+00", '\t'), "exponent cut: wrong by 10x");
    }
}
