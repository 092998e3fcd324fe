package org.nernst.testing.generators;

import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

/**
 * A constant-current full discharge of a primary Zn-air cell with known capacity and energy: an
 * open-circuit rest, then I for T seconds with a sloping plateau and the end-of-life knee when the zinc
 * is used up. V(t) = V0 - s t/T - k exp((t - T)/tau), so exactly
 * energy = |I|/3600 [V0 T - s T/2 - k tau (1 - exp(-T/tau))] W h and capacity = |I| T / 3600 A h.
 */
public final class ZnAirDischargeGenerator {
    private double currentA = 0.02;
    private double seconds = 20 * 3600;
    private double sampleSeconds = 30;
    private double restSeconds = 600;
    private double ocvV = 1.42;
    private double plateauV = 1.22;
    private double slopeV = 0.06;
    private double kneeV = 0.4;
    private double kneeTauS = 1800;
    private double noiseV = 0.002;
    private long seed = 11;
    private boolean dischargeNegative = true;

    /** The record and its truth (capacity in mAh, energy in mWh, capacity-weighted mean voltage). */
    public record Generated(Measurement measurement, double capacityMAh, double energyMWh, double meanVoltageV) {
    }

    public ZnAirDischargeGenerator current(double a) { currentA = a; return this; }
    public ZnAirDischargeGenerator duration(double s) { seconds = s; return this; }
    public ZnAirDischargeGenerator sampling(double s) { sampleSeconds = s; return this; }
    public ZnAirDischargeGenerator rest(double s) { restSeconds = s; return this; }
    public ZnAirDischargeGenerator plateau(double ocv, double v0, double slope) { ocvV = ocv; plateauV = v0; slopeV = slope; return this; }
    public ZnAirDischargeGenerator knee(double v, double tauS) { kneeV = v; kneeTauS = tauS; return this; }
    public ZnAirDischargeGenerator noise(double sigmaV, long rngSeed) { noiseV = sigmaV; seed = rngSeed; return this; }
    public ZnAirDischargeGenerator dischargeNegative(boolean b) { dischargeNegative = b; return this; }

    public Generated generate() {
        int nr = restSeconds > 0 ? (int) Math.round(restSeconds / sampleSeconds) : 0;
        int nd = (int) Math.round(seconds / sampleSeconds) + 1;
        double[] t = new double[nr + nd];
        double[] v = new double[nr + nd];
        double[] i = new double[nr + nd];
        Noise noise = new Noise(seed, noiseV);
        for (int k = 0; k < nr; k++) {
            t[k] = k * sampleSeconds;
            v[k] = ocvV + noise.next();
        }
        double sign = dischargeNegative ? -1 : 1;
        for (int k = 0; k < nd; k++) {
            double s = seconds * k / (nd - 1);
            t[nr + k] = restSeconds + s;
            v[nr + k] = plateauV - slopeV * s / seconds - kneeV * Math.exp((s - seconds) / kneeTauS) + noise.next();
            i[nr + k] = sign * currentA;
        }
        double energyWh = currentA / 3600 * (plateauV * seconds - slopeV * seconds / 2
                - kneeV * kneeTauS * (1 - Math.exp(-seconds / kneeTauS)));
        double capacityAh = currentA * seconds / 3600;
        Measurement m = new Measurement(Metadata.builder().instrument("synthetic Zn-air discharge").technique(Technique.CP)
                .sourceFile("synthetic-zn-air-discharge").build(), List.of(
                Channel.adopt("time", Role.TIME, Quantity.TIME, "s", t),
                Channel.adopt("Ecell", Role.CELL_VOLTAGE, Quantity.POTENTIAL, "V", v),
                Channel.adopt("I", Role.CURRENT, Quantity.CURRENT, "A", i)));
        return new Generated(m, capacityAh * 1000, energyWh * 1000, energyWh / capacityAh);
    }
}
