package org.nernst.ui.lsv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.chart.NumbersTable;
import org.nernst.ui.testing.ViewHarness;

/** The LSV view on a Koutecky-Levich ORR curve: the analysis numbers it shows and a drawn, non-blank plot. */
class LsvViewTest {

    /**
     * ORR at 1600 rpm, vs Ag/AgCl (sat. KCl) at pH 13: 1/j = 1/jk + 1/jL (Bard & Faulkner 2nd ed., section 9.3),
     * jk a 60 mV/dec cathodic Tafel line with jk = jL at E = 0.85 V vs RHE, so E1/2 = 0.85 V vs RHE.
     */
    static Measurement orr() {
        double jL = 5.7e-3;
        double toRhe = 0.197 + 0.05916 * 13;
        int n = 1001;
        double[] e = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = 0.05 - k * 0.001;
            double jk = jL * Math.pow(10, -(e[k] + toRhe - 0.85) / 0.060);
            i[k] = -0.196 / (1 / jk + 1 / jL);
        }
        return new Measurement(Metadata.builder().technique(Technique.LSV).electrodeAreaCm2(0.196).build(),
                List.of(Channel.of("E", Role.POTENTIAL, Quantity.POTENTIAL, e), Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
    }

    @Test
    void orrCurveShowsHalfWavePotentialAndTafelSlopeVsRhe() throws Exception {
        assertEquals(Reaction.ORR, LsvView.guess(orr()));
        AnalysisSettings s = new AnalysisSettings(Optional.of("Ag/AgCl (sat. KCl)"), OptionalDouble.of(0.197),
                OptionalDouble.of(13), OptionalDouble.of(0.196), OptionalDouble.empty(), Optional.empty(), OptionalDouble.of(1600));
        try (ViewHarness h = ViewHarness.open(new LsvView(), orr(), s)) {
            List<String> rows = h.find(NumbersTable.class).rows();
            assertEquals(0.85, ViewHarness.value(rows, "e_half_V_RHE"), 0.01, rows.toString());
            assertEquals(60, ViewHarness.value(rows, "tafel_slope_mV_dec"), 6, rows.toString());
            ImageData img = h.screenshot("lsv-tafel-orr.png");
            assertTrue(ViewHarness.pixelsNear(img, ViewHarness.FIRST_SERIES) > 100, "the curve (first series colour) is drawn");
        }
    }
}
