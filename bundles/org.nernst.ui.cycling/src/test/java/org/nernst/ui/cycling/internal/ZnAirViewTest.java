package org.nernst.ui.cycling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.chart.NumbersTable;
import org.nernst.ui.testing.ViewHarness;

/** The Zn-air view on constant-voltage half-cycles: the per-cycle gap it reports, and a drawn plot. */
class ZnAirViewTest {

    private static final double F = 96485.332;
    private static final double R = 8.314462;
    private static final double T = 298.15;

    /**
     * Six cycles at ±5 mA, 10 min per half, discharge first: U = 1.65 V ∓ (I·R + η), η = (2RT/F) asinh(j/2j0)
     * (symmetric Butler-Volmer, Bard & Faulkner 2nd ed., section 3.4), j0 = 2e-6 (ORR) and 5e-7 A/cm² (OER), R = 8 Ω.
     * Hand-computed gap: 2·0.005·8 + 0.05139·(asinh(1250) + asinh(5000)) = 0.080 + 0.4021 + 0.4733 = 0.9554 V.
     */
    static Measurement cycling() {
        int n = 6 * 2 * 120;
        double[] t = new double[n];
        double[] u = new double[n];
        double[] i = new double[n];
        double b = 2 * R * T / F;
        for (int k = 0; k < n; k++) {
            boolean discharge = (k / 120) % 2 == 0;
            double eta = b * asinh(5e-3 / (2 * (discharge ? 2e-6 : 5e-7)));
            t[k] = k * 5;
            i[k] = discharge ? -5e-3 : 5e-3;
            u[k] = discharge ? 1.65 - 5e-3 * 8 - eta : 1.65 + 5e-3 * 8 + eta;
        }
        return new Measurement(Metadata.builder().technique(Technique.GCPL).build(), List.of(
                Channel.of("time", Role.TIME, Quantity.TIME, t), Channel.of("Ecell", Role.CELL_VOLTAGE, Quantity.POTENTIAL, u),
                Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    @Test
    void cyclingShowsTheGapPerCycleAndItsSummary() throws Exception {
        try (ViewHarness h = ViewHarness.open(new ZnAirView(), cycling(), AnalysisSettings.empty())) {
            List<String> rows = h.find(NumbersTable.class).rows();
            assertEquals(6, ViewHarness.value(rows, "n_cycles"), 1e-9, rows.toString());
            assertEquals(0.9554, ViewHarness.value(rows, "initial_gap_V"), 0.001, rows.toString());
            assertEquals(0.9554, ViewHarness.value(rows, "final_gap_V"), 0.001, rows.toString());
            ImageData img = h.screenshot("zn-air-cycling.png");
            assertTrue(ViewHarness.pixelsNear(img, ViewHarness.FIRST_SERIES) > 100, "the voltage curve (first series colour) is drawn");
        }
    }
}
