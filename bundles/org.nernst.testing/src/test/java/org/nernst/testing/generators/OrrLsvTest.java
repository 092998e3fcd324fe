package org.nernst.testing.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

class OrrLsvTest {

    @Test
    void levichCheckValueOfCliMd() {
        // cli.md: 0.1M-KOH, n = 4, 1600 rpm gives |jL| = 5.70 mA cm^-2
        assertEquals(5.70, OrrLsv.Params.defaults().levichMaCm2(), 0.005);
    }

    @Test
    void plateauAndKouteckyLevichFormHold() {
        OrrLsv.Params p = OrrLsv.Params.defaults().kineticsAt(0.9, 1.0, 60);
        assertEquals(-p.levichMaCm2(), p.faradaicMaCm2(0.2), 1e-6 * p.levichMaCm2());
        // 1/|j| = 1/|jk| + 1/|jL| at 0.9 V where |jk| = 1
        assertEquals(1 / (1 + 1 / p.levichMaCm2()), -p.faradaicMaCm2(0.9), 1e-9);
    }

    @Test
    void iRDropShiftsTheInterfacialPotential() {
        // pure Tafel OER with Ru: the recorded Ewe minus I Ru must reproduce the kinetic law
        TafelLsv.Params p = TafelLsv.oer().withElectrode(0.196, 0.926, 20);
        Measurement m = TafelLsv.generate(p);
        double[] e = m.require(Role.POTENTIAL).toArray();
        double[] i = m.require(Role.CURRENT).toArray();
        int last = e.length - 1;
        double eInterface = e[last] - i[last] * 20 + 0.926;
        assertEquals(p.faradaicMaCm2(eInterface), i[last] / 0.196 * 1e3, 1e-6 * Math.abs(i[last] / 0.196 * 1e3));
        assertEquals(1.75 - 0.926, e[last], 1e-12);
    }

    @Test
    void butlerVolmerReverseBranchCancelsAtEquilibrium() {
        TafelLsv.Params p = TafelLsv.her().withBackground(0, OptionalDouble.of(40));
        assertEquals(0.0, p.faradaicMaCm2(0.0), 1e-15);
        assertEquals(0.1, p.eta10V(), 1e-12);
    }
}
