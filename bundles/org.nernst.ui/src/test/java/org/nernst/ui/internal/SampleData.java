package org.nernst.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes the sample files shipped in samples/: synthetic data from textbook physics with seeded
 * noise, so they are licence-clean (generated here, CC0) and reproducible. Run {@link #main} to
 * regenerate; SamplesTest checks the committed files are exactly what this writes.
 */
public final class SampleData {
    private static final double F = 96485.332;
    private static final double R = 8.314462;
    private static final double T = 298.15;
    private static final String HEADER = "# Nernst sample data; synthetic from textbook physics (see SampleData.java); CC0\n";

    private SampleData() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "bundles/org.nernst.ui/samples"));
    }

    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : all().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("orr-rde-1600rpm-lsv.csv", orrLsv());
        m.put("cv-adsorbed-redox.csv", cvAdsorbed());
        m.put("eis-randles.csv", eisRandles());
        m.put("zn-air-cycling-gcpl.csv", znAirCycling());
        m.put("ca-cottrell.csv", cottrell());
        return m;
    }

    /** Gaussian noise from a seeded generator (Box-Muller), identical on every machine. */
    private static final class Gauss {
        private final SplittableRandom r;

        Gauss(long seed) {
            r = new SplittableRandom(seed);
        }

        double next(double sigma) {
            return sigma * Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
        }
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /**
     * ORR on a rotating disk in O2-saturated 0.1 M KOH, swept cathodically at 10 mV/s, recorded vs
     * Ag/AgCl (sat. KCl). Koutecky-Levich: 1/j = 1/jk + 1/jL (Bard & Faulkner 2nd ed., section 9.3);
     * Levich limit jL = 0.620 n F D^(2/3) ω^(1/2) ν^(-1/6) C (ibid., Levich equation); kinetic current a cathodic
     * Tafel line of 60 mV/dec with E1/2 = 0.85 V vs RHE. E(RHE) = E(Ag/AgCl) + 0.197 + 0.05916 pH.
     */
    static String orrLsv() {
        double area = 0.196;
        double omega = 2 * Math.PI * 1600 / 60;
        double jL = 0.620 * 4 * F * Math.pow(1.9e-5, 2.0 / 3) * Math.sqrt(omega) * Math.pow(0.01, -1.0 / 6) * 1.2e-6;
        double toRhe = 0.197 + 0.05916 * 13;
        double j0 = jL * Math.pow(10, -(1.23 - 0.85) / 0.060);
        Gauss g = new Gauss(1);
        StringBuilder sb = new StringBuilder(HEADER).append("Technique: LSV\nReference: Ag/AgCl (sat. KCl)\n"
                + "Area: 0.196 cm2\nRotation: 1600 rpm\nScan rate: 10 mV/s\nElectrolyte: O2-saturated 0.1 M KOH (pH 13)\n"
                + "Time (s),E (V),I (A)\n");
        for (int k = 0; k <= 1000; k++) {
            double e = 0.05 - k * 0.001;
            double eta = e + toRhe - 1.23;
            double jk = j0 * Math.pow(10, -eta / 0.060);
            double j = -1 / (1 / jk + 1 / jL) - 20e-6 * 0.01;
            sb.append(f(k * 0.1)).append(',').append(f(e)).append(',').append(f(j * area + g.next(2e-7))).append('\n');
        }
        return sb.toString();
    }

    /**
     * Cyclic voltammogram of a surface-confined Nernstian couple plus double-layer charging:
     * i = n²F²νAΓ/(RT) · e^θ/(1+e^θ)², θ = nF(E-E0)/RT (Bard & Faulkner 2nd ed., section 14.3.1),
     * i_C = Cd A ν (ibid., section 1.2.4, sweep charging current), sign following the sweep direction; three cycles.
     */
    static String cvAdsorbed() {
        double area = 0.0707;
        double gamma = 1e-9;
        double nu = 0.05;
        double e0 = 0.20;
        double cd = 40e-6;
        Gauss g = new Gauss(2);
        StringBuilder sb = new StringBuilder(HEADER).append("Technique: CV\nReference: SCE\nArea: 0.0707 cm2\n"
                + "Scan rate: 50 mV/s\nTime (s),E (V),I (A),Cycle\n");
        double step = 0.002;
        int perHalf = (int) Math.round(0.8 / step);
        int row = 0;
        for (int cycle = 1; cycle <= 3; cycle++) {
            for (int k = 0; k < 2 * perHalf; k++) {
                boolean up = k < perHalf;
                double e = up ? -0.2 + k * step : 0.6 - (k - perHalf) * step;
                double theta = F * (e - e0) / (R * T);
                double faradaic = F * F * nu * area * gamma / (R * T) * Math.exp(theta) / Math.pow(1 + Math.exp(theta), 2);
                double i = (up ? 1 : -1) * (faradaic + cd * area * nu) + g.next(2e-8);
                sb.append(f(row * step / nu)).append(',').append(f(e)).append(',').append(f(i)).append(',').append(cycle).append('\n');
                row++;
            }
        }
        return sb.toString();
    }

    /**
     * Randles cell: Z = Rs + 1 / (iωCdl + 1/(Rct + Zw)), Warburg Zw = σ ω^(-1/2) (1 - i)
     * (Bard & Faulkner 2nd ed., section 10.3); 100 kHz to 0.1 Hz, 10 per decade.
     */
    static String eisRandles() {
        double rs = 15;
        double rct = 120;
        double cdl = 20e-6;
        double sigma = 40;
        Gauss g = new Gauss(3);
        StringBuilder sb = new StringBuilder(HEADER).append("Technique: PEIS\nReference: Ag/AgCl (sat. KCl)\n"
                + "Area: 0.196 cm2\nfreq/Hz,Re(Z)/Ohm,-Im(Z)/Ohm\n");
        for (int k = 0; k <= 60; k++) {
            double fHz = Math.pow(10, 5 - k / 10.0);
            double w = 2 * Math.PI * fHz;
            double wr = rct + sigma / Math.sqrt(w);
            double wi = -sigma / Math.sqrt(w);
            // 1/(Rct+Zw) + iωC, then invert
            double d = wr * wr + wi * wi;
            double yr = wr / d;
            double yi = -wi / d + w * cdl;
            double dy = yr * yr + yi * yi;
            double zr = rs + yr / dy;
            double zi = -yi / dy;
            double noise = 1 + g.next(0.003);
            sb.append(f(fHz)).append(',').append(f(zr * noise)).append(',').append(f(-zi * noise)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Zn-air cell cycled at ±5 mA (1 cm²), 10 min per half cycle. U = 1.65 V (theoretical Zn-air voltage, Y. Li, H. Dai,
     * Chem. Soc. Rev. 2014, 43, 5257) ∓
     * (I·R + η_air), η_air = (2RT/F) asinh(j/2j0) for a symmetric Butler-Volmer electrode (Bard & Faulkner
     * 2nd ed., section 3.4, current-overpotential equation with α = 0.5); OER is slower than ORR on charge; R grows 2 % per cycle.
     */
    static String znAirCycling() {
        double i = 5e-3;
        Gauss g = new Gauss(4);
        StringBuilder sb = new StringBuilder(HEADER).append("Technique: GCPL\nArea: 1 cm2\ntime/s,Ecell/V,I/mA,cycle number\n");
        double t = 0;
        for (int cycle = 1; cycle <= 6; cycle++) {
            double r = 8 * Math.pow(1.02, cycle - 1);
            for (int half = 0; half < 2; half++) {
                boolean discharge = half == 0;
                double j0 = discharge ? 2e-6 : 5e-7;
                double eta = 2 * R * T / F * asinh(i / (2 * j0));
                for (int k = 0; k < 120; k++) {
                    double relax = 0.03 * Math.exp(-k / 10.0);
                    double u = discharge ? 1.65 - i * r - eta + relax : 1.65 + i * r + eta - relax;
                    sb.append(f(t)).append(',').append(f(u + g.next(0.002))).append(',')
                            .append(f((discharge ? -i : i) * 1000)).append(',').append(cycle).append('\n');
                    t += 5;
                }
            }
        }
        return sb.toString();
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    /** Potential step to diffusion control: Cottrell i = nFAC√(D/(πt)) (Bard & Faulkner 2nd ed., eq. 5.2.11), 1 mM, 10 s. */
    static String cottrell() {
        double area = 0.0707;
        double c = 1e-6;
        double d = 7.2e-6;
        Gauss g = new Gauss(5);
        StringBuilder sb = new StringBuilder(HEADER).append("Technique: Chronoamperometry\nReference: Ag/AgCl (sat. KCl)\n"
                + "Area: 0.0707 cm2\nTime (s),E (V),I (A)\n");
        for (int k = 1; k <= 1000; k++) {
            double time = k * 0.01;
            double cur = F * area * c * Math.sqrt(d / (Math.PI * time));
            sb.append(f(time)).append(',').append(f(0.5)).append(',').append(f(cur + g.next(5e-8))).append('\n');
        }
        return sb.toString();
    }
}
