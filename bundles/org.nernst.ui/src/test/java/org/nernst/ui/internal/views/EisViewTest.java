package org.nernst.ui.internal.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.analysis.eis.DrtAnalyzer;
import org.nernst.analysis.eis.DrtOptions;
import org.nernst.analysis.eis.DrtResult;
import org.nernst.analysis.eis.KkResult;
import org.nernst.analysis.eis.KramersKronig;
import org.nernst.analysis.eis.Spectrum;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.chart.Plot;
import org.nernst.ui.testing.ViewHarness;

/** The EIS view fits a Randles cell off the UI thread and shows the model over the data, the parameters and Lin-KK. */
class EisViewTest {
    private static final double R0 = 10;
    private static final double R1 = 100;
    private static final double C1 = 20e-6;

    @TempDir
    Path tmp;

    /**
     * Z = R0 + R1 / (1 + iωR1C1) (a resistor in series with a parallel RC; Orazem &amp; Tribollet,
     * Electrochemical Impedance Spectroscopy, 2nd ed., Wiley 2017, ch. 4), 100 kHz to 0.1 Hz at 10 points per
     * decade, 0.2 % of |Z| Gaussian noise (seeded).
     */
    static Measurement randles() {
        int n = 61;
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        Random noise = new Random(7);
        for (int k = 0; k < n; k++) {
            f[k] = 1e5 * Math.pow(10, -k / 10.0);
            double wrc = 2 * Math.PI * f[k] * R1 * C1;
            double zr = R0 + R1 / (1 + wrc * wrc);
            double zi = -R1 * wrc / (1 + wrc * wrc);
            double mod = Math.hypot(zr, zi);
            re[k] = zr + 0.002 * mod * noise.nextGaussian();
            im[k] = zi + 0.002 * mod * noise.nextGaussian();
        }
        return new Measurement(Metadata.builder().technique(Technique.EIS).build(), List.of(
                Channel.of("freq", Role.FREQUENCY, Quantity.FREQUENCY, f), Channel.of("Re", Role.Z_REAL, Quantity.IMPEDANCE, re),
                Channel.of("Im", Role.Z_IMAG, Quantity.IMPEDANCE, im)));
    }

    private static AnalysisSettings circuit(String c) {
        AnalysisSettings e = AnalysisSettings.empty();
        return new AnalysisSettings(e.referenceElectrode(), e.referencePotentialVsShe(), e.pH(), e.areaCm2(), e.ruOhm(),
                Optional.ofNullable(c), OptionalDouble.empty());
    }

    private static double cell(List<String> rows, String name, int column) {
        String row = rows.stream().filter(r -> r.startsWith(name + " | ")).findFirst()
                .orElseThrow(() -> new AssertionError(name + " missing: " + rows));
        return Double.parseDouble(row.split(" \\| ")[column].split(" ")[0]);
    }

    @Test
    void fitsTheDefaultCircuitInTheBackgroundAndDrawsModelParametersAndLinKk() throws Exception {
        try (ViewHarness h = ViewHarness.open(new EisView(), randles(), AnalysisSettings.empty(), true)) {
            EisFitTable table = h.find(EisFitTable.class);
            assertTrue(h.spinUntil(() -> !table.rows().isEmpty(), 30_000), "fit finished: " + table.statusText());
            h.settle(300);
            List<String> rows = table.rows();
            assertTrue(table.statusText().startsWith("R0-p(R1,CPE1) fitted to 61 points"), table.statusText());
            assertEquals(R0, cell(rows, "R0", 1), 0.02 * R0, rows.toString());
            assertEquals(R1, cell(rows, "Rct (R1)", 1), 0.02 * R1, rows.toString());
            assertTrue(cell(rows, "Rct (R1)", 2) < 0.02 * R1, "standard error shown and small: " + rows);
            assertEquals(1.0, cell(rows, "CPE1_1", 1), 0.02, "an ideal capacitor: alpha = 1");
            assertEquals(C1, cell(rows, "C_eff (Brug)", 1), 0.05 * C1, rows.toString());
            // the view shows the analysis' own Lin-KK verdict (judging the test itself is analysis.eis's job)
            KkResult expected = KramersKronig.test(Spectrum.of(randles()));
            String verdict = expected.valid() ? "valid" : "not valid";
            assertTrue(rows.contains(String.format(java.util.Locale.ROOT, "Lin-KK | %s | max %.3g %% | M = %d", verdict,
                    expected.residualsMaxPct(), expected.rcElements())), rows.toString());
            assertEquals(1, h.tasksStarted());

            List<Plot> plots = ViewHarness.findAll(h.view(), Plot.class);
            assertEquals(4, plots.size(), "Nyquist, Bode, Lin-KK, DRT");
            Plot nyquist = plots.get(0);
            assertEquals(List.of("data", "fit R0-p(R1,CPE1)"), nyquist.series().stream().map(Plot.Series::name).toList());
            // apex of the arc: -Z'' = R1/2 = 50 Ω at f = 1/(2π R1 C1) = 79.6 Hz
            double apex = java.util.Arrays.stream(nyquist.series().get(1).y()).max().orElseThrow();
            assertEquals(R1 / 2, apex, 1.5);
            assertEquals(List.of("|Z|", "phase", "|Z| fit", "phase fit"), plots.get(1).series().stream().map(Plot.Series::name).toList());
            Plot kk = plots.get(2);
            assertEquals(4, kk.series().size(), "real and imaginary residuals, ±limit");
            assertEquals(61, kk.series().get(0).x().length);
            assertTrue(kk.chart().getTitle().getText().startsWith("Lin-KK " + verdict + ": max "), kk.chart().getTitle().getText());
            assertEquals(expected.residualsRealPct()[30], kk.series().get(0).y()[30], 1e-12, "residuals plotted as computed");

            // one RC: one DRT peak at tau = R1·C1 = 2 ms holding R1 (the view shows what the analysis found)
            DrtResult drt = DrtAnalyzer.analyze(Spectrum.of(randles()), DrtOptions.defaults());
            assertEquals(1, drt.peaks().size(), drt.peaks().toString());
            assertEquals(R1 * C1, drt.peaks().get(0).tauS(), 0.15 * R1 * C1);
            Plot drtPlot = plots.get(3);
            assertEquals(String.format(java.util.Locale.ROOT, "DRT: R_pol %.4g Ω, R_inf %.4g Ω, 1 peak(s)", drt.rPolOhm(), drt.rInfOhm()),
                    drtPlot.chart().getTitle().getText());
            assertEquals(drt.tauS().length, drtPlot.series().get(0).x().length);

            ImageData img = h.screenshot("eis-fit-rc.png");
            assertTrue(ViewHarness.pixelsNear(img, ViewHarness.FIRST_SERIES) > 200, "data points drawn");
            assertTrue(ViewHarness.pixelsNear(img, new org.eclipse.swt.graphics.RGB(214, 39, 40)) > 100, "fit curves drawn");

            Path svg = tmp.resolve("nyquist.svg");
            nyquist.exportSvg(svg);
            String text = Files.readString(svg);
            assertEquals(61, text.split("<circle cx=").length - 1 - 1, "61 data points, plus the legend's symbol");
            assertTrue(text.contains("data-name=\"fit R0-p(R1,CPE1)\""));
        }
    }

    /**
     * The shell's sample spectrum (SampleData.eisRandles: Rs 15 Ω, Rct 120 Ω, Cdl 20 µF, Warburg σ 40 Ω s^-1/2,
     * 0.3 % noise) with the circuit a user types for it: the fit returns the parameters the file was made from.
     */
    @Test
    void theSampleSpectrumWithItsCircuitGivesBackItsParameters() throws Exception {
        Path samples = Files.isDirectory(Path.of("samples")) ? Path.of("samples") : Path.of("bundles/org.nernst.ui/samples");
        Measurement m = org.nernst.io.ReaderRegistry.withBuiltInReaders()
                .read(samples.resolve("eis-randles.csv"), Optional.empty(), org.nernst.core.Monitor.none()).first();
        try (ViewHarness h = ViewHarness.open(new EisView(), m, circuit("R0-p(R1-W1,C1)"))) {
            List<String> rows = h.find(EisFitTable.class).rows();
            assertEquals(15, cell(rows, "R0", 1), 0.3, rows.toString());
            assertEquals(120, cell(rows, "Rct (R1)", 1), 2.4, rows.toString());
            assertEquals(40, cell(rows, "W1", 1), 2, rows.toString());
            assertEquals(20e-6, cell(rows, "C1", 1), 1e-6, rows.toString());
            ImageData img = h.screenshot("eis-fit-lin-kk.png");
            assertTrue(ViewHarness.pixelsNear(img, ViewHarness.FIRST_SERIES) > 200, "data points drawn");
            org.eclipse.swt.custom.CTabFolder tabs = h.find(org.eclipse.swt.custom.CTabFolder.class);
            assertEquals("DRT", tabs.getItem(1).getText());
            tabs.setSelection(1);
            h.settle(300);
            assertTrue(ViewHarness.pixelsNear(h.screenshot("eis-drt.png"), ViewHarness.FIRST_SERIES) > 200, "gamma(tau) drawn");
        }
    }

    @Test
    void applyingAnotherCircuitRefitsAndABadOneSaysWhy() {
        try (ViewHarness h = ViewHarness.open(new EisView(), randles(), circuit("R0-p(R1,C1)"))) {
            EisFitTable table = h.find(EisFitTable.class);
            assertEquals(C1, cell(table.rows(), "C1", 1), 0.03 * C1, table.rows().toString());
            h.applySettings(circuit("R0-p(R1"));
            assertEquals(2, h.tasksStarted(), "a new circuit: a new fit");
            assertTrue(table.statusText().startsWith("No fit of R0-p(R1"), table.statusText());
            assertTrue(table.rows().isEmpty());
            assertTrue(h.reported().stream().anyMatch(d -> d.message().contains("R0-p(R1")), h.reported().toString());
            h.applySettings(circuit("R0-p(R1"));
            assertEquals(2, h.tasksStarted(), "the same circuit again: no refit");
        }
    }
}
