package org.nernst.testing.generators;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * A large mixed folder for batch benchmarks: in turn an LSV (ORR, OER, HER; CSV or EC-Lab text), an
 * impedance spectrum of a Randles cell and a short Zn-air cycling record, each with its own seed.
 */
public final class BenchmarkFolder {
    private BenchmarkFolder() {
    }

    public static Path create(Path dir, int files) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("nernst.json"), "{\"reference\": \"rhe\", \"area_cm2\": 0.196, \"electrolyte\": \"0.1M-KOH\"}\n");
        for (int i = 0; i < files; i++) {
            String id = String.format("%04d", i);
            switch (i % 3) {
                case 0 -> lsv(dir, id, i / 3);
                case 1 -> ExportFiles.csv(randles(10, 50 + (i % 100), 2e-5, new Noise(i, 0.05)), dir.resolve("s" + id + "_eis.csv"));
                default -> ExportFiles.csv(new ZnAirCyclingGenerator().cycles(4).noise(0.002, 1e-6, i).generate().measurement(),
                        dir.resolve("s" + id + "_zab.csv"));
            }
        }
        return dir;
    }

    private static void lsv(Path dir, String id, int k) throws IOException {
        switch (k % 3) {
            case 0 -> ExportFiles.csv(OrrLsv.generate(OrrLsv.Params.defaults().kineticsAt(0.85, 1.0, 60).withNoise(k, 2e-8)),
                    dir.resolve("s" + id + "_orr_1600rpm.csv"));
            case 1 -> ExportFiles.ecLabText(TafelLsv.generate(TafelLsv.oer().withSweep(1.2, 1.65, 0.001).withNoise(k, 1e-8)),
                    dir.resolve("s" + id + "_oer.mpt"), 0.196);
            default -> ExportFiles.csv(TafelLsv.generate(TafelLsv.her().withSweep(0.05, -0.15, 0.001).withNoise(k, 1e-8)),
                    dir.resolve("s" + id + "_her.csv"));
        }
    }

    /**
     * Randles cell R0 + (R1 || C1): Z = R0 + R1 / (1 + j w R1 C1) (Orazem and Tribollet, Electrochemical
     * Impedance Spectroscopy, 2nd ed., ch. 9), 10 points per decade from 100 kHz to 0.1 Hz; noise in Ohm.
     */
    public static Measurement randles(double r0, double r1, double c1, Noise noise) {
        int n = 61;
        double[] f = new double[n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int k = 0; k < n; k++) {
            f[k] = Math.pow(10, 5 - k / 10.0);
            double wrc = 2 * Math.PI * f[k] * r1 * c1;
            double d = 1 + wrc * wrc;
            re[k] = r0 + r1 / d + noise.next();
            im[k] = -r1 * wrc / d + noise.next();
        }
        return new Measurement(Metadata.builder().sourceFile("synthetic-randles").build(), List.of(
                Channel.of("freq", Role.FREQUENCY, Quantity.FREQUENCY, f), Channel.of("Re(Z)", Role.Z_REAL, Quantity.IMPEDANCE, re),
                Channel.of("Im(Z)", Role.Z_IMAG, Quantity.IMPEDANCE, im)));
    }
}
