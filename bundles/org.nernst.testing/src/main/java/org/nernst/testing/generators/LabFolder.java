package org.nernst.testing.generators;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A lab's day in one folder, generated with known parameters: an ORR rotation series (CSV), an OER
 * sweep (EC-Lab text with its area), an HER sweep whose area nobody recorded, Zn-air cycling, a
 * polarization curve and an impedance spectrum (CSV), and a file no reader can read.
 */
public final class LabFolder {
    public static final double AREA = 0.196;
    public static final java.util.List<Double> RPM = java.util.List.of(400.0, 900.0, 1600.0, 2500.0);

    /** The polarization curve of the folder (its truth: {@code generate().peakPowerMWcm2()}). */
    public static PolarizationGenerator polarization() {
        return new PolarizationGenerator();
    }

    private LabFolder() {
    }

    public static Path create(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (double rpm : RPM) {
            OrrLsv.Params p = OrrLsv.Params.defaults().kineticsAt(0.85, 1.0, 60).withRpm(rpm).withNoise(11 + (long) rpm, 2e-8);
            ExportFiles.csv(OrrLsv.generate(p), dir.resolve(String.format("PtC_%drpm.csv", (int) rpm)));
        }
        ExportFiles.ecLabText(TafelLsv.generate(TafelLsv.oer().withNoise(3, 1e-8)), dir.resolve("IrO2_oer.mpt"), AREA);
        ExportFiles.csv(TafelLsv.generate(TafelLsv.her()), dir.resolve("MoS2_her_noarea.csv"));
        ExportFiles.csv(new ZnAirCyclingGenerator().cycles(6).generate().measurement(), dir.resolve("zab_cycling.csv"));
        // the polarization generator's cell voltage and current, written as a cycler would
        ExportFiles.csv(polarization().generate().measurement(), dir.resolve("zab_pol.csv"));
        // a Randles cell: R0 = 10 Ohm, Rct = 100 Ohm, Cdl = 20 uF
        ExportFiles.csv(BenchmarkFolder.randles(10, 100, 2e-5, new Noise(5, 0.01)), dir.resolve("cell_eis.csv"));
        Files.writeString(dir.resolve("notes.csv"), "this is not a measurement\njust text\n");
        Files.writeString(dir.resolve("nernst.json"), """
                {"reference": "rhe", "area_cm2": 0.196, "electrolyte": "0.1M-KOH",
                 "files": {"*noarea*": {"area_cm2": null}, "zab_pol.csv": {"area_cm2": 1.0}}}
                """);
        return dir;
    }
}
