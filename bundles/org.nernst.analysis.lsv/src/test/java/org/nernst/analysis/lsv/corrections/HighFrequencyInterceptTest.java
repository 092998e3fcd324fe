package org.nernst.analysis.lsv.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

class HighFrequencyInterceptTest {

    /** Z = R0 + jωL + R1 / (1 + jωR1C), 10 points per decade from 1 MHz to 0.1 Hz. */
    static Measurement spectrum(double r0, double r1, double c, double l) {
        int n = 71;
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            f[k] = Math.pow(10, 6 - k / 10.0);
            double w = 2 * Math.PI * f[k];
            double d = 1 + Math.pow(w * r1 * c, 2);
            re[k] = r0 + r1 / d;
            im[k] = w * l - w * r1 * r1 * c / d;
        }
        return new Measurement(Metadata.builder().build(), List.of(Channel.of("freq", Role.FREQUENCY, Quantity.FREQUENCY, f),
                Channel.of("Re", Role.Z_REAL, Quantity.IMPEDANCE, re), Channel.of("Im", Role.Z_IMAG, Quantity.IMPEDANCE, im)));
    }

    @Test
    void inductiveToCapacitiveCrossingGivesTheSeriesResistance() {
        // crossing where ωL = 1/(ωC): ω = 1/sqrt(LC) = 2.24e5 s^-1, Z' there = 21 + 148 / (1 + 662²) = 21.0003 Ohm
        List<Diagnostic> w = new ArrayList<>();
        assertEquals(21.0003, HighFrequencyIntercept.ruOhm(spectrum(21, 148, 20e-6, 1e-6), w), 0.01);
        assertTrue(w.isEmpty());
    }

    @Test
    void withoutCrossingThePointNearestTheAxisIsUsedWithAWarning() {
        List<Diagnostic> w = new ArrayList<>();
        assertEquals(21.0, HighFrequencyIntercept.ruOhm(spectrum(21, 148, 20e-6, 0), w), 0.01);
        assertEquals(1, w.size());
    }
}
