package org.nernst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cv, ecsa, stability and tof end to end through the CSV reader, on hand-written physics. */
class CvCommandsTest {
    @TempDir
    Path dir;

    private static final double F_RT = 96485.33212 / (8.314462618 * 298.15);

    /**
     * A CV of a capacitor Cdl plus a Langmuir surface couple of charge q at E0 (Bard & Faulkner 2nd ed. §14.3:
     * i = ± v q f θ(1-θ), peaks at E0 in both sweeps, ΔEp = 0), 0.2 to 0.8 V at v, 1 mV steps.
     */
    private Path cv(String name, double cdl, double q, double e0, double v) throws Exception {
        StringBuilder b = new StringBuilder("time/s;Ewe/V;I/A\n");
        double t = 0;
        for (int sweep = 0; sweep < 4; sweep++) {
            int sign = sweep % 2 == 0 ? 1 : -1;
            for (int k = sweep == 0 ? 0 : 1; k <= 600; k++) {
                double e = sign > 0 ? 0.2 + 0.001 * k : 0.8 - 0.001 * k;
                double x = Math.exp(F_RT * (e - e0));
                double i = sign * (cdl * v + v * q * F_RT * x / ((1 + x) * (1 + x)));
                b.append(String.format(Locale.ROOT, "%.5f;%.6f;%.9g%n", t, e, i));
                t += 0.001 / v;
            }
        }
        Path f = dir.resolve(name);
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void cvPeaksOfASurfaceCouple() throws Exception {
        CliTest.Run r = CliTest.run("cv", cv("surface.csv", 20e-6, 50e-6, 0.45, 0.05).toString(), "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode c = r.json().get("cycles").get(0);
        assertEquals(0.45, c.get("anodic_peak_V").asDouble(), 0.001);
        assertEquals(0.45, c.get("cathodic_peak_V").asDouble(), 0.001);
        assertEquals(0, c.get("delta_ep_mV").asDouble(), 1.0);
        // peak above the capacitive baseline: v q f / 4 = 0.05 × 50e-6 × 38.92 / 4 = 24.3 µA
        assertEquals(0.02433, c.get("anodic_peak_mA").asDouble(), 0.0005);
        // charge of the sweep: Cdl ΔE + q = 20 µF × 0.6 V + 50 µC (θ from 1.7e-4 to 0.99994) = 62.0 µC
        assertEquals(0.0620, c.get("charge_anodic_mC").asDouble(), 0.0005);
    }

    @Test
    void ecsaCdlFromFileNamesAndRefusals() throws Exception {
        Path a = cv("dl_10mVs.csv", 1.5e-3, 0, 5, 0.01);
        Path b = cv("dl_20mVs.csv", 1.5e-3, 0, 5, 0.02);
        Path c = cv("dl_50 mV s-1.csv", 1.5e-3, 0, 5, 0.05);
        // the time column would give the rate too; strip it to prove the file name is read
        for (Path p : new Path[] {a, b, c}) {
            StringBuilder s = new StringBuilder("Ewe/V;I/A\n");
            Files.readAllLines(p).stream().skip(1).forEach(l -> s.append(l.substring(l.indexOf(';') + 1)).append('\n'));
            Files.writeString(p, s.toString());
        }
        CliTest.Run r = CliTest.run("ecsa", "cdl", a.toString(), b.toString(), c.toString(), "--electrolyte", "0.1M KOH",
                "--area", "0.196", "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        assertEquals(1.5, j.get("cdl_mF").asDouble(), 0.01);
        assertEquals(1.5 / 0.040, j.get("ecsa_cm2").asDouble(), 0.3);
        assertEquals(1.5 / 0.196, j.get("cdl_mF_cm2").asDouble(), 0.1);
        assertEquals("[10.0,20.0,50.0]", j.get("scan_rates_mV_s").toString());
        // specific activity = |jk| A_geo / ECSA = 2.0 mA cm^-2 × 0.196 cm² / 37.5 cm² = 0.010453 mA cm^-2
        Path lsv = dir.resolve("lsv.json");
        Files.writeString(lsv, "{\"jk_mA_cm2\": -2.0, \"settings\": {\"area_cm2\": 0.196}}");
        CliTest.Run sa = CliTest.run("ecsa", "cdl", a.toString(), b.toString(), c.toString(), "--cs", "0.04",
                "--lsv-result", lsv.toString(), "--json");
        assertEquals(0, sa.code(), sa.out() + sa.err());
        assertEquals(0.010453, sa.json().get("specific_activity_mA_cm2").asDouble(), 0.0001);
        CliTest.Run two = CliTest.run("ecsa", "cdl", a.toString(), b.toString(), "--cs", "0.04", "--json");
        assertEquals(4, two.code());
        assertTrue(two.json().get("error").get("message").asText().contains(">= 3"));
    }

    /** ORR-like sigmoid j = jL / (1 + exp((E - E1/2)/0.03)), recorded vs RHE without an area. */
    private Path orr(String name, double eHalf) throws Exception {
        StringBuilder b = new StringBuilder("Ewe/V;I/mA\n");
        for (int k = 0; k <= 900; k++) {
            double e = 1.05 - 0.001 * k;
            b.append(String.format(Locale.ROOT, "%.4f;%.9g%n", e, -1.0 / (1 + Math.exp((e - eHalf) / 0.03))));
        }
        Path f = dir.resolve(name);
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void adtShiftWithoutArea() throws Exception {
        CliTest.Run r = CliTest.run("stability", "adt", "--before", orr("before.csv", 0.85).toString(), "--after",
                orr("after.csv", 0.82).toString(), "--reaction", "orr", "--ref", "rhe", "--cycles", "10000", "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(-30, r.json().get("delta_e_half_mV").asDouble(), 1.0);
        assertEquals(10000, r.json().get("cycles").asInt());
        CliTest.Run oer = CliTest.run("stability", "adt", "--before", orr("b2.csv", 0.85).toString(), "--after",
                orr("a2.csv", 0.82).toString(), "--reaction", "oer", "--ref", "rhe", "--json");
        assertEquals(4, oer.code());
        assertTrue(oer.json().get("error").get("message").asText().contains("--area"));
    }

    @Test
    void retentionAndTof() throws Exception {
        // linear decay: |I| = 1 mA (1 - 0.2 t / 36000 s); first window 60..419.4 s, last 35640..36000 s
        StringBuilder s = new StringBuilder("time/s;I/mA;Ewe/V\n");
        for (int k = 0; k <= 3600; k++) {
            double t = 10.0 * k;
            s.append(String.format(Locale.ROOT, "%.1f;%.9g;0.6%n", t, -(1 - 0.2 * t / 36000)));
        }
        Path ca = dir.resolve("ca.csv");
        Files.writeString(ca, s.toString());
        CliTest.Run r = CliTest.run("stability", "retention", ca.toString(), "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        // mean |I| first = 1 - 0.2 × 239.7/36000 = 0.998668; last = 1 - 0.2 × 35820.3/36000 = 0.800998 → 80.207 %
        assertEquals(80.207, r.json().get("retention_pct").asDouble(), 0.01);
        assertEquals(10.0, r.json().get("duration_h").asDouble(), 1e-9);

        CliTest.Run t = CliTest.run("tof", "--current-mA", "1", "--metal-wt-pct", "2", "--catalyst-mass-ug", "50",
                "--molar-mass", "55.845", "--electrons", "4", "--json");
        assertEquals(0, t.code(), t.out() + t.err());
        assertEquals(0.1447, t.json().get("tof_per_s").asDouble(), 0.0005);
        CliTest.Run missing = CliTest.run("tof", "--current-mA", "1", "--molar-mass", "55.845", "--electrons", "4", "--json");
        assertEquals(2, missing.code());
        assertTrue(missing.json().get("error").get("message").asText().contains("metal loading"));
    }
}
