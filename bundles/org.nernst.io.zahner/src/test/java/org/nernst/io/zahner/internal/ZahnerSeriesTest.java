package org.nernst.io.zahner.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nernst.io.zahner.internal.ZahnerSpectraTest.read;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.testing.Corpus;

/**
 * The polarization (.isw) and CV (.isc) files of the corpus. The .isw texts are checked against
 * the companion "_c.txt" files Thales wrote for the same runs (an independent, text source), the
 * counts against NOMAD's tests as PROVENANCE.md quotes them, the rest against values decoded by
 * hand from the bytes (documented at each assertion).
 */
class ZahnerSeriesTest {
    private static final String NOMAD = "zahner-isw/nomad-chemical-energy/";

    /** Line k (0-based) of a companion file: ZAHNER polarization file / System / Control / Temperature / Time / - / window / title. */
    private static List<String> companion(String name) throws Exception {
        return Files.readString(Corpus.file(NOMAD + name + "_c.txt"), StandardCharsets.ISO_8859_1).lines().toList();
    }

    private static String after(String line) {
        return line.substring(line.indexOf(':') + 1).strip();
    }

    @Test
    void galvanostaticHold() throws Exception {
        Measurement m = read(Corpus.file(NOMAD + "21-cp-625ma-5min.isw"));
        assertEquals(301, m.rows(), "NOMAD test_zahner_isw_2_nesd_parser: 301 time points");
        assertEquals(Technique.CP, m.metadata().technique());
        assertTrue(m.require(Role.CURRENT).stream().allMatch(i -> i == 0.625), "625 mA throughout");
        // hand-decoded first row (bytes 0x12..0x29): 1500.4 mV, 625.0 mA, 0 ms; last row 1507.2 mV at 300000 ms
        assertEquals(1.5004, m.require(Role.POTENTIAL).get(0), 1e-12);
        assertEquals(1.5072, m.require(Role.POTENTIAL).get(300), 1e-12);
        assertEquals(0.0, m.require(Role.TIME).get(0));
        assertEquals(300.0, m.require(Role.TIME).get(300));
        List<String> c = companion("21-cp-625ma-5min");
        assertEquals(after(c.get(1)), m.metadata().extra().get("system"));
        assertEquals(after(c.get(3)), m.metadata().extra().get("temperature"));
        assertEquals(c.get(6).strip(), m.metadata().extra().get("time window"));
        assertEquals(c.get(7).strip(), m.metadata().extra().get("title"));
        assertEquals(LocalDateTime.of(2025, 7, 2, 12, 56, 56), m.metadata().startTime().orElseThrow(),
                "companion: " + c.get(4) + " " + c.get(6));
    }

    @Test
    void potentiostaticHoldDespiteItsName() throws Exception {
        Measurement m = read(Corpus.file(NOMAD + "22-cp-1700mv-10min.isw"));
        assertEquals(601, m.rows(), "NOMAD test_zahner_isw_nesd_parser: 601 time points");
        assertEquals(Technique.CA, m.metadata().technique());
        assertTrue(m.require(Role.POTENTIAL).stream().allMatch(e -> Math.abs(e - 1.7) < 1e-12), "1.7 V throughout");
        // hand-decoded: 3246.514 mA at 0 s (an electrolyser cell drawing 3.2 A, anodic positive)
        assertEquals(3.246514195768549, m.require(Role.CURRENT).get(0), 1e-12);
        assertEquals(600.0, m.require(Role.TIME).get(600));
        List<String> c = companion("22-cp-1700mv-10min");
        assertEquals(c.get(7).strip(), m.metadata().extra().get("title"));
        assertEquals(LocalDateTime.of(2025, 7, 2, 13, 1, 58), m.metadata().startTime().orElseThrow());
    }

    @Test
    void techniqueFollowsWhatWasHeld(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        byte[] cp = Files.readAllBytes(Corpus.file(NOMAD + "21-cp-625ma-5min.isw"));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(cp.clone()); // big-endian like the file
        for (int k = 0; k < 301; k++) {
            b.putDouble(18 + 24 * k + 8, 0.0); // no current: open circuit
        }
        Path ocv = dir.resolve("ocv.isw");
        Files.write(ocv, b.array());
        assertEquals(Technique.OCV, read(ocv).metadata().technique());
        for (int k = 0; k < 301; k++) {
            b.putDouble(18 + 24 * k, 1000.0 + k); // 1 mV/s ramp, 1 V to 1.3 V
            b.putDouble(18 + 24 * k + 8, 10.0 * k); // the current follows
        }
        Path sweep = dir.resolve("sweep.isw");
        Files.write(sweep, b.array());
        Measurement m = read(sweep);
        assertEquals(Technique.POLARIZATION, m.metadata().technique());
        assertEquals(1.3, m.require(Role.POTENTIAL).get(300), 1e-12);
        assertEquals(3.0, m.require(Role.CURRENT).get(300), 1e-12);
    }

    @Test
    void cyclicVoltammogram() throws Exception {
        Measurement m = read(Corpus.file("zahner-isc/nomad-chemical-energy/pt-wire-cv-.isc"));
        // 3464 stored points = (194 s - 0 s) / 0.056 s per point; the file ends right after its last text.
        // (PROVENANCE quotes 446 points from one NOMAD commit; a later NOMAD test asserts 3464.)
        assertEquals(3464, m.rows());
        assertEquals(Technique.CV, m.metadata().technique());
        assertEquals(0.05, m.metadata().scanRateVPerS().orElseThrow(), 1e-15);
        assertEquals("0.6000000000000001", m.metadata().extra().get("upper vertex/V"), "NOMAD: limit_potential_1 0.6 V");
        assertEquals(-0.8, Double.parseDouble(m.metadata().extra().get("lower vertex/V")));
        assertEquals(LocalDateTime.of(2021, 9, 21, 14, 41, 13), m.metadata().startTime().orElseThrow());
        assertEquals("Pt-wire", m.metadata().extra().get("system"));
        assertEquals("KOH", m.metadata().extra().get("comment 2"));
        // potential scale "-0.1000000,  0.5000000 PO/PF -1,-1600": raw 1600 -> 1600 * 0.5 / 8000 - 0.1 = 0 V,
        // raw 11185 (the highest) -> 0.5990625 V, raw -11177 (the lowest) -> -0.7985625 V
        double[] e = m.require(Role.POTENTIAL).toArray();
        assertEquals(0.0, e[0], 1e-12);
        double hi = java.util.Arrays.stream(e).max().orElseThrow();
        double lo = java.util.Arrays.stream(e).min().orElseThrow();
        assertEquals(0.5990625, hi, 1e-12);
        assertEquals(-0.7985625, lo, 1e-12);
        assertEquals(3463 * 0.056, m.require(Role.TIME).get(3463), 1e-9);
        // 3 periods 0 -> 0.6 -> -0.8 -> ... -> 0 V: 7 reversals, 8 sweeps
        List<Segment> sweeps = m.segments();
        assertEquals(8, sweeps.size());
        assertEquals(0.5990625, e[sweeps.get(0).end() - 1], 1e-12, "the first sweep ends at the upper vertex");
        assertEquals(-0.7985625, e[sweeps.get(1).end() - 1], 1e-12);
        // hydrogen evolution on Pt at the lower vertex: cathodic current (negative)
        assertTrue(m.require(Role.CURRENT).get(sweeps.get(1).end() - 1) < 0);
    }
}
