package org.nernst.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.core.units.Units;

class UnitsTest {

    @ParameterizedTest
    @CsvSource({
            "mA, CURRENT, 1e-3", "µA, CURRENT, 1e-6", "uA, CURRENT, 1e-6", "A, CURRENT, 1",
            "mV, POTENTIAL, 1e-3", "V, POTENTIAL, 1", "kOhm, IMPEDANCE, 1e3", "Ω, IMPEDANCE, 1",
            "Ohm, IMPEDANCE, 1", "min, TIME, 60", "ms, TIME, 1e-3", "h, TIME, 3600", "mA.h, CAPACITY, 1e-3",
            "mAh, CAPACITY, 1e-3", "Hz, FREQUENCY, 1", "kHz, FREQUENCY, 1e3", "mV/s, SCAN_RATE, 1e-3",
            "mA/cm², CURRENT_DENSITY, 1e-3", "W.h, ENERGY, 1", "deg, PHASE, 1", "MΩ, IMPEDANCE, 1e6"})
    void parsesInstrumentUnits(String symbol, Quantity q, double factor) {
        Unit u = Units.parse(symbol).orElseThrow(() -> new AssertionError("not parsed: " + symbol));
        assertEquals(q, u.quantity());
        assertEquals(factor, u.factor(), factor * 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"foo", "''", "mX"})
    void rejectsUnknown(String symbol) {
        assertTrue(Units.parse(symbol).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void kelvinIsAffine() {
        assertEquals(25.0, Units.parse("K").orElseThrow().toCanonical(298.15), 1e-9);
    }
}
