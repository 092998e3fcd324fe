package org.nernst.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Units;

class MeasurementTest {

    @Test
    void convertsUnitsOnceAtConstruction() {
        double[] raw = {1, 2, 3};
        Channel c = Channel.convert("<I>", Role.CURRENT, Units.parse("mA").orElseThrow(), raw, 3);
        raw[0] = 99;
        assertEquals(1e-3, c.get(0), 1e-15, "the channel must not share the caller's array");
        assertEquals("A", c.unit());
        assertEquals("mA", c.sourceUnit());
    }

    @Test
    void rejectsRaggedChannels() {
        Channel a = Channel.of("a", Role.TIME, Quantity.TIME, new double[] {1, 2});
        Channel b = Channel.of("b", Role.CURRENT, Quantity.CURRENT, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> new Measurement(Metadata.builder().build(), List.of(a, b)));
    }

    @Test
    void requireNamesWhatIsMissing() {
        Channel a = Channel.of("time", Role.TIME, Quantity.TIME, new double[] {1, 2});
        Measurement m = new Measurement(Metadata.builder().sourceFile("x.csv").build(), List.of(a));
        NernstException e = assertThrows(NernstException.class, () -> m.require(Role.CURRENT));
        assertTrue(e.getMessage().contains("time [s]"), e.getMessage());
        assertEquals(NernstException.Kind.INPUT, e.kind());
    }

    @Test
    void resultHasValueOrError() {
        assertThrows(IllegalArgumentException.class,
                () -> new Result<>(java.util.Optional.of(1), List.of(Diagnostic.error("x", Location.NONE))));
        Result<Integer> r = Result.failure(Diagnostic.error("bad", Location.line("f", 3)), List.of());
        NernstException e = assertThrows(NernstException.class, () -> r.orThrow(NernstException.Kind.INPUT));
        assertEquals(3, e.location().line().getAsInt());
    }
}
