package org.nernst.analysis.lsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.testing.Corpus;

/**
 * Real RDE data (Metrohm Autolab NOVA exports of ORR on carbon Super P in 0.1 M KOH, corpus
 * autolab-nova-ascii/electrochemical_ORR_procesing_autolab, GPL: read from ../shared, never copied). No true values
 * exist, so the test checks physics the numbers must obey: the Levich law |jL| ∝ ω^1/2 across rotation rates,
 * a half-wave potential and a mass-transport-corrected Tafel slope that rotation does not move much, and the background subtraction protocol of the source
 * (O2 files minus the N2 file of the nearest rotation rate; Ag/AgCl 3.5 M KCl, pH 13, 0.19625 cm²).
 */
class CorpusOrrTest {
    private static final String DIR = "autolab-nova-ascii/electrochemical_ORR_procesing_autolab/";

    /** The potential, current and scan columns of a NOVA ASCII export (';', BOM, empty first line). */
    static Measurement readNova(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        int h = 0;
        while (!lines.get(h).contains(";")) {
            h++;
        }
        List<String> head = Arrays.asList(lines.get(h).replace("\uFEFF", "").split(";"));
        int ie = head.indexOf("WE(1).Potential (V)");
        int ii = head.indexOf("WE(1).Current (A)");
        int is = head.indexOf("Scan");
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(h + 1, lines.size())) {
            String[] c = line.split(";", -1);
            if (c.length > Math.max(ie, Math.max(ii, is)) && !c[ie].isBlank() && !c[ii].isBlank()) {
                rows.add(new double[] {Double.parseDouble(c[ie]), Double.parseDouble(c[ii]), Double.parseDouble(c[is])});
            }
        }
        double[][] cols = new double[3][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int k = 0; k < 3; k++) {
                cols[k][r] = rows.get(r)[k];
            }
        }
        return new Measurement(Metadata.builder().technique(Technique.CV).sourceFile(f.getFileName().toString()).build(),
                List.of(Channel.of("E", Role.POTENTIAL, Quantity.POTENTIAL, cols[0]),
                        Channel.of("I", Role.CURRENT, Quantity.CURRENT, cols[1]),
                        Channel.of("Scan", Role.CYCLE_INDEX, Quantity.COUNT, cols[2])));
    }

    @Test
    void levichLawAndStableHalfWavePotentialOnRealRdeData() throws IOException {
        int[] rpm = {250, 500, 750, 1000, 1200, 1400, 1600, 2000};
        double[] sqrtW = new double[rpm.length];
        double[] jl = new double[rpm.length];
        double[] half = new double[rpm.length];
        double[] tafel = new double[rpm.length];
        for (int k = 0; k < rpm.length; k++) {
            Measurement o2 = readNova(Corpus.file(DIR + String.format("O2_%04drpm.txt", rpm[k])));
            Measurement n2 = readNova(Corpus.file(DIR + (rpm[k] <= 1000 ? "N2_1000rpm.txt" : "N2_2000rpm.txt")));
            CorrectionOptions c = CorrectionOptions.builder().reference("ag-agcl-3.5m").ph(13).areaCm2(0.19625).background(n2).build();
            LsvResult r = LsvAnalyzer.analyze(o2, LsvOptions.of(Reaction.ORR, c));
            assertEquals("positive-going", r.settings().get("direction"));
            sqrtW[k] = Math.sqrt(2 * Math.PI * rpm[k] / 60);
            jl[k] = -r.limitingMaCm2().getAsDouble();
            half[k] = r.halfWaveV().getAsDouble();
            tafel[k] = r.tafelSlopeMvDec().getAsDouble();
        }
        for (int k = 1; k < rpm.length; k++) {
            assertTrue(jl[k] > jl[k - 1], "|jL| must grow with rotation: " + Arrays.toString(jl));
        }
        // Levich: |jL| = B ω^1/2 (Bard & Faulkner eq. 9.3.22): a straight line with R² near 1
        assertTrue(r2(sqrtW, jl) > 0.97, "Levich R² " + r2(sqrtW, jl) + " for " + Arrays.toString(jl));
        double lo = Arrays.stream(half).min().orElseThrow();
        double hi = Arrays.stream(half).max().orElseThrow();
        assertTrue(hi - lo < 0.06, "E1/2 spread " + Arrays.toString(half));
        assertTrue(lo > 0.6 && hi < 0.95, "E1/2 vs RHE " + Arrays.toString(half));
        // the mass-transport-corrected Tafel slope is a kinetic property: rotation must not change it
        double mean = Arrays.stream(tafel).average().orElseThrow();
        for (double t : tafel) {
            assertEquals(mean, t, 5.0, "Tafel slopes " + Arrays.toString(tafel));
        }
    }

    private static double r2(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int k = 0; k < x.length; k++) {
            sxx += (x[k] - mx) * (x[k] - mx);
            syy += (y[k] - my) * (y[k] - my);
            sxy += (x[k] - mx) * (y[k] - my);
        }
        return sxy * sxy / (sxx * syy);
    }
}
