package org.nernst.analysis.rde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nernst.core.NernstException;

class LevichTest {

    /** cli.md check value: 0.1 M KOH, n = 4, 1600 rpm gives |j_L| = 5.70 mA cm^-2. */
    @Test
    void limitingCurrentCheckValue() {
        double jl = Levich.limitingCurrentDensity(4, Electrolyte.KOH_0_1M, 1600) * 1000;
        assertEquals(5.70, jl, 0.005);
    }

    /** Hand computation: 0.62 * 96485.33 * 1.26e-6 * (1.93e-5)^(2/3) * (1.009e-2)^(-1/6) = 1.1667e-4 A cm^-2 s^1/2. */
    @Test
    void bPerElectronInPerchloricAcid() {
        double expected = 0.62 * 96485.33212 * 1.26e-6 * Math.cbrt(1.93e-5 * 1.93e-5) / Math.pow(1.009e-2, 1.0 / 6);
        assertEquals(expected, Levich.bPerElectron(Electrolyte.HCLO4_0_1M), 1e-12);
        assertEquals(1.1667e-4, expected, 0.0005e-4);
    }

    @Test
    void omegaFromRpm() {
        assertEquals(167.55, Levich.omega(1600), 0.01);
    }

    @Test
    void presetsByNameAndUnknownNames() {
        assertEquals(Electrolyte.KOH_1M, Electrolyte.require("1m-koh"));
        assertEquals(Electrolyte.H2SO4_0_5M, Electrolyte.require("0.5M-H2SO4"));
        assertEquals(4, Electrolyte.presets().size());
        NernstException e = assertThrows(NernstException.class, () -> Electrolyte.require("seawater"));
        assertEquals(NernstException.Kind.USAGE, e.kind());
        assertThrows(NernstException.class, () -> Electrolyte.custom(0, 1e-5, 0.01));
    }

    @Test
    void rotationRateFromFileNames() {
        assertEquals(OptionalDouble.of(1600), RotationRates.fromFileName("example_orr_1600rpm.csv"));
        assertEquals(OptionalDouble.of(900), RotationRates.fromFileName("/data/run 900 rpm.txt"));
        assertEquals(OptionalDouble.of(2500), RotationRates.fromFileName("Pt_C_O2_2500_LSV.mpt"));
        assertEquals(OptionalDouble.of(400), RotationRates.fromFileName("cat_01_400.txt"));
        assertEquals(OptionalDouble.of(1225), RotationRates.fromFileName("s1_1225RPM_b.DTA"));
        assertEquals(OptionalDouble.empty(), RotationRates.fromFileName("orr_series.csv"));
        assertEquals(OptionalDouble.empty(), RotationRates.fromFileName("orr_400_900.csv"));
    }
}
