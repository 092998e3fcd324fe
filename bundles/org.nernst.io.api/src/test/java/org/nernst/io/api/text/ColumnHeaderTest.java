package org.nernst.io.api.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.io.api.Segments;

class ColumnHeaderTest {

    @Test
    void ecLabSignedHalfCycleChargeIsNotADischargeCapacity() {
        assertEquals(Role.CAPACITY, ColumnHeader.parse("Q charge/discharge/mA.h").role());
        assertEquals(Role.DISCHARGE_CAPACITY, ColumnHeader.parse("Q discharge/mA.h").role());
        assertEquals(Role.CHARGE_CAPACITY, ColumnHeader.parse("Q charge/mA.h").role());
    }

    @Test
    void negatedColumnLosesItsMinusAndCountersNeedNoUnit() {
        DelimitedTable t = new DelimitedParser("x.txt").parse("freq/Hz\t-Im(Z)/Ohm\tcycle number\n10\t5\t1\n", org.nernst.core.Monitor.none(), false);
        List<String> warnings = new ArrayList<>();
        var ch = t.toChannels((m, c) -> warnings.add(m));
        assertEquals("Im(Z)", ch.get(1).name());
        assertEquals(-5.0, ch.get(1).get(0));
        assertEquals(Role.CYCLE_INDEX, ch.get(2).role());
        assertTrue(warnings.isEmpty(), "a cycle counter has no unit to assume: " + warnings);
    }

    @Test
    void runsOfAnIndexBecomeSegments() {
        double[] idx = {1, 1, 2, 2, 2, Double.NaN, 3};
        List<Segment> s = Segments.runs(Segment.Kind.CYCLE, idx, idx.length, k -> "cycle " + k);
        assertEquals(3, s.size());
        assertEquals(new Segment(Segment.Kind.CYCLE, 2, 2, 6, "cycle 2"), s.get(1));
        assertEquals(7, s.get(2).end());
    }
}
