package org.nernst.testing.generators;

import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

/**
 * A galvanodynamic discharge polarization curve of a Zn-air (or fuel) cell with a known peak power.
 * Cell voltage as the sum of the three loss terms of Larminie and Dicks, Fuel Cell Systems Explained,
 * 2nd ed. (Wiley 2003), ch. 3 (activation, ohmic and mass-transport losses):
 * V(j) = OCV - b log10(1 + j/j0) - j R - c ln(1 / (1 - j/jL)), j in A cm^-2, R in Ohm cm^2.
 * The "1 +" keeps the Tafel term finite at j = 0 (it is the Tafel law b log10(j/j0) for j >> j0).
 * Power density P = V j; the true peak is found here by golden-section search on the noise-free model.
 */
public final class PolarizationGenerator {
    private double ocvV = 1.43;
    private double tafelVPerDecade = 0.06;
    private double j0AcM2 = 1e-6;
    private double resistanceOhmCm2 = 1.2;
    private double concentrationV = 0.05;
    private double limitingAcM2 = 0.30;
    private double stepAcM2 = 5e-4;
    private double endAcM2 = 0.28;
    private double areaCm2 = 1.0;
    private double noiseV = 0.001;
    private long seed = 7;
    private boolean dischargeNegative;
    private boolean descending;
    private boolean areaInMetadata = true;

    /** The curve and its truth: OCV, peak power (mW cm^-2) and the current density at the peak (mA cm^-2, magnitude). */
    public record Generated(Measurement measurement, double ocvV, double peakPowerMWcm2, double jAtPeakMAcm2) {
    }

    public PolarizationGenerator ocv(double v) { ocvV = v; return this; }
    public PolarizationGenerator tafel(double bVPerDecade, double j0) { tafelVPerDecade = bVPerDecade; j0AcM2 = j0; return this; }
    public PolarizationGenerator resistance(double ohmCm2) { resistanceOhmCm2 = ohmCm2; return this; }
    public PolarizationGenerator concentration(double cV, double jLimitAcm2) { concentrationV = cV; limitingAcM2 = jLimitAcm2; return this; }
    /** Current-density grid: from 0 to {@code end} in steps of {@code step}, A cm^-2. */
    public PolarizationGenerator sweep(double stepAcm2, double endAcm2) { stepAcM2 = stepAcm2; endAcM2 = endAcm2; return this; }
    public PolarizationGenerator area(double cm2, boolean inMetadata) { areaCm2 = cm2; areaInMetadata = inMetadata; return this; }
    public PolarizationGenerator noise(double sigmaV, long rngSeed) { noiseV = sigmaV; seed = rngSeed; return this; }
    /** Discharge current written negative (cathodic air electrode as WE) instead of positive. */
    public PolarizationGenerator dischargeNegative(boolean b) { dischargeNegative = b; return this; }
    /** Recorded from the highest current back to open circuit. */
    public PolarizationGenerator descending(boolean b) { descending = b; return this; }

    /** Noise-free cell voltage at current density j (A cm^-2). */
    public double voltage(double j) {
        return ocvV - tafelVPerDecade * Math.log10(1 + j / j0AcM2) - j * resistanceOhmCm2
                + concentrationV * Math.log(1 - j / limitingAcM2);
    }

    public Generated generate() {
        int n = (int) Math.round(endAcM2 / stepAcM2) + 1;
        double[] v = new double[n];
        double[] i = new double[n];
        Noise noise = new Noise(seed, noiseV);
        double sign = dischargeNegative ? -1 : 1;
        for (int k = 0; k < n; k++) {
            int idx = descending ? n - 1 - k : k;
            double j = stepAcM2 * idx;
            v[k] = voltage(j) + noise.next();
            i[k] = sign * j * areaCm2;
        }
        double[] peak = peak();
        Metadata.Builder md = Metadata.builder().instrument("synthetic polarization").technique(Technique.POLARIZATION)
                .sourceFile("synthetic-polarization");
        if (areaInMetadata) {
            md.electrodeAreaCm2(areaCm2);
        }
        Measurement m = new Measurement(md.build(), List.of(
                Channel.adopt("Ecell", Role.CELL_VOLTAGE, Quantity.POTENTIAL, "V", v),
                Channel.adopt("I", Role.CURRENT, Quantity.CURRENT, "A", i)));
        return new Generated(m, ocvV, peak[1] * 1000, peak[0] * 1000);
    }

    /** {j, P} at the maximum of j V(j) on [0, min(end, 0.999 jL)] by golden-section search (P is unimodal there). */
    private double[] peak() {
        double lo = 0;
        double hi = Math.min(endAcM2, 0.999 * limitingAcM2);
        double g = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 200; it++) {
            double a = hi - g * (hi - lo);
            double b = lo + g * (hi - lo);
            if (a * voltage(a) < b * voltage(b)) {
                lo = a;
            } else {
                hi = b;
            }
        }
        double j = (lo + hi) / 2;
        return new double[] {j, j * voltage(j)};
    }
}
