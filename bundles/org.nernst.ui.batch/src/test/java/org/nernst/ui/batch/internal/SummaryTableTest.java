package org.nernst.ui.batch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {
    @Test
    void quotedCellsWithCommasQuotesAndNewlines() {
        String csv = "file,status,error\na.csv,ok,\n\"b,c.csv\",error,\"said \"\"no\"\"\nline 2\"\n";
        assertEquals(List.of(List.of("file", "status", "error"), List.of("a.csv", "ok", ""),
                List.of("b,c.csv", "error", "said \"no\"\nline 2")), SummaryTable.parse(csv));
    }
}
