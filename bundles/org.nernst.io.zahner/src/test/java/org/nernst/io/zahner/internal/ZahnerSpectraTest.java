package org.nernst.io.zahner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;

/**
 * The corpus .ism spectra against the reference values of ../shared/corpus/PROVENANCE.md: row
 * counts, frequency ranges, the texts Zahner's notebook prints, and the impedance of the circuits
 * Zahner Analysis fitted to the same files (a decoding or sign error would not fit them).
 */
class ZahnerSpectraTest {
    static final String ZA = "zahner-ism/Zahner-Analysis-Python/";

    static Measurement read(Path p) throws Exception {
        List<Measurement> ms = new ZahnerReader().read(new ReadContext(p, Monitor.none()));
        assertEquals(1, ms.size());
        return ms.get(0);
    }

    /** Largest |Z_measured - Z_model| / |Z_model| over all rows for (R || C) in series with L. */
    private static double worstDeviation(Measurement m, double r, double c, double l) {
        double worst = 0;
        for (int i = 0; i < m.rows(); i++) {
            double w = 2 * Math.PI * m.require(Role.FREQUENCY).get(i);
            // Z = R / (1 + j w R C) + j w L (parallel RC: Orazem & Tribollet, EIS 2nd ed., ch. 4)
            double d = 1 + Math.pow(w * r * c, 2);
            double re = r / d;
            double im = -w * r * r * c / d + w * l;
            double dr = m.require(Role.Z_REAL).get(i) - re;
            double di = m.require(Role.Z_IMAG).get(i) - im;
            worst = Math.max(worst, Math.hypot(dr, di) / Math.hypot(re, im));
        }
        return worst;
    }

    @Test
    void diodeBiasSeriesMatchesZahnersFittedCircuits() throws Exception {
        // PROVENANCE: R0, C0, L0 of diode-ac-model.isfx fitted by Zahner Analysis to each file
        Object[][] fits = {
            {"000", 8622.13, 3.46184e-09, 7.52865e-09}, {"050", 2441.72, 3.47942e-09, 7.88383e-09},
            {"100", 357.636, 3.53208e-09, 8.25578e-09}, {"150", 51.5591, 3.66395e-09, 4.78881e-10},
            {"200", 7.47607, 2.90766e-09, 6.42528e-10}, {"250", 1.11196, 6.58619e-11, 2.8566e-08},
            {"300", 0.195815, 6.31035e-11, 2.9814e-08},
        };
        for (Object[] f : fits) {
            Measurement m = read(Corpus.file(ZA + f[0] + "_mvdc.ism"));
            assertEquals(38, m.rows(), f[0] + ": 38 samples, none measured twice");
            assertEquals(100.0, m.require(Role.FREQUENCY).get(0));
            assertEquals(500000.0, m.require(Role.FREQUENCY).get(37));
            double dev = worstDeviation(m, (double) f[1], (double) f[2], (double) f[3]);
            assertTrue(dev < 0.05, f[0] + " mV: measured spectrum departs " + dev + " from the fitted circuit");
            assertEquals(Technique.EIS, m.metadata().technique());
            assertEquals("PEIS", m.metadata().vendorTechnique());
            assertEquals("0.01", m.metadata().extra().get("ac amplitude/V"));
            assertTrue(m.channel(Role.POTENTIAL).isPresent(), "DC voltage track");
        }
        Measurement m0 = read(Corpus.file(ZA + "000_mvdc.ism"));
        // hand-decoded from the bytes at 0x0C and 0x13C (|Z|[0]) and the texts: 100 Hz, 8636.95 Ohm, date 151021 07:14:31
        assertEquals(8636.949499198408, m0.require(Role.Z_MODULUS).get(0), 1e-9);
        assertEquals(LocalDateTime.of(2021, 10, 15, 7, 14, 31), m0.metadata().startTime().orElseThrow());
        assertEquals("0.0255V, Ampl: 10mV", m0.metadata().extra().get("potential"));
        assertEquals(0.0255, Double.parseDouble(m0.metadata().extra().get("dc potential/V")), 1e-12);
    }

    @Test
    void rcDataKeepsTheSweepFromItsReversalAndMatchesTheNotebook() throws Exception {
        Measurement m = read(Corpus.file(ZA + "rc-data.ism"));
        // 75 stored; the sweep starts at 1049.3 Hz, runs up to 100 kHz (row 21) and down to 0.2 Hz
        assertEquals(55, m.rows());
        assertEquals(100000.0, m.require(Role.FREQUENCY).get(0));
        assertEquals(0.2, m.require(Role.FREQUENCY).get(54));
        assertTrue(m.metadata().extra().get("points dropped").startsWith("20 "));
        Metadata md = m.metadata();
        assertEquals("RC HIZ", md.extra().get("system"));
        assertEquals("0.9995V, Ampl: 10mV", md.extra().get("potential"));
        assertEquals("10.006nA", md.extra().get("current"));
        assertEquals(1.0006e-8, Double.parseDouble(md.extra().get("dc current/A")), 1e-15);
        assertEquals("23.8+-0.1C", md.extra().get("temperature"));
        assertEquals("09:32:45 - 09:37:42", md.extra().get("time window"));
        assertEquals(List.of("First Line", "2", "3", "Last Line"), List.of(md.extra().get("comment 1"),
                md.extra().get("comment 2"), md.extra().get("comment 3"), md.extra().get("comment 4")));
        assertEquals(0.01, Double.parseDouble(md.extra().get("ac amplitude/V")), 1e-15);
        assertEquals(LocalDateTime.of(2024, 7, 16, 9, 32, 45), md.startTime().orElseThrow());
        // the notebook lists the tracks from the lowest frequency: our last rows, in reverse
        int last = m.rows() - 1;
        double[] v = m.require(Role.POTENTIAL).toArray();
        double[] i = m.require(Role.CURRENT).toArray();
        for (int k = 0; k < 3; k++) {
            assertEquals(0.9996282, v[last - k], 1e-7);
        }
        assertEquals(1.00065175e-08, i[last], 1e-16);
        assertEquals(1.00064163e-08, i[last - 1], 1e-16);
        assertEquals(1.00063110e-08, i[last - 2], 1e-16);
        // Zahner Analysis fit (R0 || C0): the spectrum is that circuit within the fit's error
        double dev = worstDeviation(m, 98865833.09119938, 1.478386875429157e-10, 0);
        assertTrue(dev < 0.03, "deviation from the fitted RC " + dev);
        // capacitive: Z'' < 0 (physical sign) and the phase near -90 degrees at 100 kHz
        assertTrue(m.require(Role.Z_IMAG).get(0) < 0);
        assertEquals(-90, m.require(Role.Z_PHASE).get(0), 2);
        // time since the first stored point (the dropped start of the sweep came first)
        assertTrue(m.require(Role.TIME).get(0) > 0);
    }

    @Test
    void otherSpectra() throws Exception {
        Measurement ocv = read(Corpus.file("zahner-ism/nomad-chemical-energy/02_peis_ocv.ism"));
        assertEquals(66, ocv.rows(), "NOMAD test_zahner_ism_2_nesd_parser: 66 frequencies");
        assertEquals(200000.0, ocv.require(Role.FREQUENCY).get(0));
        assertEquals(0.1, ocv.require(Role.FREQUENCY).get(65), 1e-12);
        assertEquals("PEIS", ocv.metadata().vendorTechnique());
        assertEquals(LocalDateTime.of(2025, 1, 2, 9, 19, 48), ocv.metadata().startTime().orElseThrow());

        Measurement li = read(Corpus.file(ZA + "li-ion-battery.ism"));
        assertEquals(128, li.rows());
        assertEquals(0.0005, li.require(Role.FREQUENCY).get(0));
        assertEquals(5000.0, li.require(Role.FREQUENCY).get(127));
        assertFalse(li.channel(Role.POTENTIAL).isPresent(), "a simulated spectrum has no DC tracks");
        assertEquals("Simulation", li.metadata().extra().get("system"));
        assertEquals("EIS", li.metadata().vendorTechnique(), "no amplitude recorded: neither PEIS nor GEIS");
        // hand-decoded: |Z|[0] 0.67871 Ohm at phase -0.91001 rad -> Z' = 0.41709, Z'' = -0.53545
        assertEquals(0.67871 * Math.cos(-0.9100146719898441), li.require(Role.Z_REAL).get(0), 1e-12);
        assertEquals(0.67871 * Math.sin(-0.9100146719898441), li.require(Role.Z_IMAG).get(0), 1e-12);

        Measurement sc = read(Corpus.file(ZA + "short_circuit_measurement_pro.ism"));
        assertEquals(212, sc.rows(), "332 stored, the sweep reverses at 1 MHz (row 121)");
        assertEquals(1e6, sc.require(Role.FREQUENCY).get(0));
        assertEquals(1.0, sc.require(Role.FREQUENCY).get(211));
        assertEquals("GEIS", sc.metadata().vendorTechnique(), "'Ampl: 1A' is in the current field");
        assertEquals(1.0, Double.parseDouble(sc.metadata().extra().get("ac amplitude/A")));
        // a short circuit: micro-ohms
        assertTrue(sc.require(Role.Z_MODULUS).stream().allMatch(z -> z < 0.01));
    }
}
