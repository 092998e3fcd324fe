package org.nernst.testing.generators;

import java.util.ArrayList;
import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.StepType;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

/**
 * Galvanostatic charge/discharge cycling of a rechargeable Zn-air cell with a known voltage gap per
 * cycle. Each half-cycle is a constant current; the voltage is a plateau whose exact time average is
 * the truth, plus the untidy parts real records have: an exponential transient at the start of each
 * half-cycle (nucleation/double-layer charging), a linear drift within it, open-circuit rests that
 * relax towards the OCV, Gaussian noise on voltage and current (the current noise makes the rest
 * current flicker around zero), unequal sampling during rests, and either current sign convention.
 *
 * <p>Voltage model of cycle c (1-based), half-cycle of length T, time t since its start:
 * V(t) = Vmean ± [a (exp(-t/tau) - (tau/T)(1 - exp(-T/tau))) + d (t/T - 1/2)], where the bracket has
 * a time average of exactly zero over [0, T], so the time-averaged voltage is Vmean. The gap grows
 * linearly with the operating time (hours at the middle of the cycle) plus a seeded per-cycle jitter:
 * gap_c = gap0 + growth * t_mid,c + jitter_c; Vmean(charge) = OCV + share * gap_c and
 * Vmean(discharge) = OCV - (1 - share) * gap_c. This is the picture of Zn-air cycling in
 * Li and Dai, Chem. Soc. Rev. 43 (2014) 5257 (OER overpotential on charge, ORR on discharge).
 */
public final class ZnAirCyclingGenerator {
    private int cycles = 20;
    private double chargeCurrentA = 5e-3;
    private double dischargeCurrentA = 5e-3;
    private double chargeSeconds = 600;
    private double dischargeSeconds = 600;
    private double restSeconds = 60;
    private double sampleSeconds = 10;
    private double restSampleSeconds = 5;
    private double ocvV = 1.40;
    private double gap0V = 0.80;
    private double gapGrowthVPerHour;
    private double gapJitterV;
    private double chargeShare = 0.75;
    private double transientV = 0.04;
    private double transientTauS = 40;
    private double driftV = 0.01;
    private double noiseV = 0.002;
    private double currentNoiseA = 1e-6;
    private long seed = 1;
    private boolean chargePositive = true;
    private boolean startWithCharge;
    private boolean trailingHalfCycle;
    private boolean stepColumns;

    /** Known values of one generated cycle (time-averaged voltages of the noise-free model). */
    public record Cycle(int number, double vChargeV, double vDischargeV, double gapV, double midTimeH,
            double chargeCapacityAh, double dischargeCapacityAh, double chargeEnergyWh, double dischargeEnergyWh) {
    }

    /** The record and its truth. */
    public record Generated(Measurement measurement, List<Cycle> cycles) {
    }

    public ZnAirCyclingGenerator cycles(int n) { cycles = n; return this; }
    public ZnAirCyclingGenerator currents(double chargeA, double dischargeA) { chargeCurrentA = chargeA; dischargeCurrentA = dischargeA; return this; }
    public ZnAirCyclingGenerator halfCycleSeconds(double charge, double discharge) { chargeSeconds = charge; dischargeSeconds = discharge; return this; }
    public ZnAirCyclingGenerator restSeconds(double s) { restSeconds = s; return this; }
    public ZnAirCyclingGenerator sampling(double activeS, double restS) { sampleSeconds = activeS; restSampleSeconds = restS; return this; }
    public ZnAirCyclingGenerator ocv(double v) { ocvV = v; return this; }
    public ZnAirCyclingGenerator gap(double initialV, double growthVPerHour, double jitterV) { gap0V = initialV; gapGrowthVPerHour = growthVPerHour; gapJitterV = jitterV; return this; }
    public ZnAirCyclingGenerator chargeShare(double f) { chargeShare = f; return this; }
    public ZnAirCyclingGenerator startTransient(double amplitudeV, double tauS) { transientV = amplitudeV; transientTauS = tauS; return this; }
    public ZnAirCyclingGenerator drift(double v) { driftV = v; return this; }
    public ZnAirCyclingGenerator noise(double voltageSigmaV, double currentSigmaA, long rngSeed) { noiseV = voltageSigmaV; currentNoiseA = currentSigmaA; seed = rngSeed; return this; }
    /** true: charge current positive (cycler convention); false: charge negative (e.g. air electrode as WE vs a cathodic-positive instrument). */
    public ZnAirCyclingGenerator chargePositive(boolean b) { chargePositive = b; return this; }
    public ZnAirCyclingGenerator startWithCharge(boolean b) { startWithCharge = b; return this; }
    /** Appends one lone half-cycle after the last full cycle (an interrupted test). */
    public ZnAirCyclingGenerator trailingHalfCycle(boolean b) { trailingHalfCycle = b; return this; }
    /** Adds cycler columns STEP_INDEX, STEP_TYPE and CYCLE_INDEX (the cycle number of each row). */
    public ZnAirCyclingGenerator stepColumns(boolean b) { stepColumns = b; return this; }

    public Generated generate() {
        Rows rows = new Rows();
        Noise vNoise = new Noise(seed, noiseV);
        Noise iNoise = new Noise(seed + 1, currentNoiseA);
        Noise jitter = new Noise(seed + 2, gapJitterV);
        List<Cycle> truth = new ArrayList<>();
        double t = 0;
        int step = 0;
        double pad = restSeconds > 0 ? restSeconds + sampleSeconds : sampleSeconds;
        double cycleLength = chargeSeconds + dischargeSeconds + 2 * pad;
        int halves = 2 * cycles + (trailingHalfCycle ? 1 : 0);
        for (int h = 0; h < halves; h++) {
            int cycle = h / 2 + 1;
            boolean charge = (h % 2 == 0) == startWithCharge;
            if (h % 2 == 0) {
                double midH = (t + (cycleLength - pad) / 2) / 3600.0;
                double gap = gap0V + gapGrowthVPerHour * midH + jitter.next();
                double vc = ocvV + chargeShare * gap;
                double vd = ocvV - (1 - chargeShare) * gap;
                truth.add(new Cycle(cycle, vc, vd, gap, midH, chargeCurrentA * chargeSeconds / 3600,
                        dischargeCurrentA * dischargeSeconds / 3600, chargeCurrentA * chargeSeconds / 3600 * vc,
                        dischargeCurrentA * dischargeSeconds / 3600 * vd));
            }
            Cycle c = truth.get(truth.size() - 1);
            double mean = charge ? c.vChargeV() : c.vDischargeV();
            double span = charge ? chargeSeconds : dischargeSeconds;
            double current = (charge ? chargeCurrentA : dischargeCurrentA) * ((charge == chargePositive) ? 1 : -1);
            double sign = charge ? 1 : -1;
            step++;
            int n = (int) Math.round(span / sampleSeconds);
            double endV = mean;
            for (int k = 0; k <= n; k++) {
                double s = span * k / n;
                // bracket has an exact zero time-average over [0, span]: see class comment
                double shape = transientV * (Math.exp(-s / transientTauS) - transientTauS / span * (1 - Math.exp(-span / transientTauS)))
                        + driftV * (s / span - 0.5);
                endV = mean + sign * shape;
                rows.add(t + s, endV + vNoise.next(), current + iNoise.next(), step,
                        charge ? StepType.CC_CHARGE : StepType.CC_DISCHARGE, cycle);
            }
            t += span;
            if (restSeconds > 0) {
                step++;
                int m = (int) Math.round(restSeconds / restSampleSeconds);
                for (int k = 1; k <= m; k++) {
                    double s = restSeconds * k / m;
                    // relaxation to the OCV after the current stops (first order, tau = rest/4)
                    double v = ocvV + (endV - ocvV) * Math.exp(-4 * s / restSeconds);
                    rows.add(t + s, v + vNoise.next(), iNoise.next(), step, StepType.REST, cycle);
                }
                t += restSeconds + sampleSeconds;
            } else {
                t += sampleSeconds;
            }
        }
        return new Generated(rows.measurement(stepColumns), truth);
    }

    /** Growable primitive columns. */
    private static final class Rows {
        private double[] time = new double[1024];
        private double[] volt = new double[1024];
        private double[] amp = new double[1024];
        private double[] stepIndex = new double[1024];
        private double[] stepType = new double[1024];
        private double[] cycleIndex = new double[1024];
        private int n;

        void add(double t, double v, double i, int step, StepType type, int cycle) {
            if (n == time.length) {
                int c = 2 * n;
                time = java.util.Arrays.copyOf(time, c);
                volt = java.util.Arrays.copyOf(volt, c);
                amp = java.util.Arrays.copyOf(amp, c);
                stepIndex = java.util.Arrays.copyOf(stepIndex, c);
                stepType = java.util.Arrays.copyOf(stepType, c);
                cycleIndex = java.util.Arrays.copyOf(cycleIndex, c);
            }
            time[n] = t;
            volt[n] = v;
            amp[n] = i;
            stepIndex[n] = step;
            stepType[n] = type.code();
            cycleIndex[n] = cycle;
            n++;
        }

        Measurement measurement(boolean steps) {
            List<Channel> ch = new ArrayList<>();
            ch.add(Channel.adopt("time", Role.TIME, Quantity.TIME, "s", java.util.Arrays.copyOf(time, n)));
            ch.add(Channel.adopt("Ecell", Role.CELL_VOLTAGE, Quantity.POTENTIAL, "V", java.util.Arrays.copyOf(volt, n)));
            ch.add(Channel.adopt("I", Role.CURRENT, Quantity.CURRENT, "A", java.util.Arrays.copyOf(amp, n)));
            if (steps) {
                ch.add(Channel.adopt("step", Role.STEP_INDEX, Quantity.COUNT, "", java.util.Arrays.copyOf(stepIndex, n)));
                ch.add(Channel.adopt("step type", Role.STEP_TYPE, Quantity.COUNT, "", java.util.Arrays.copyOf(stepType, n)));
                ch.add(Channel.adopt("cycle", Role.CYCLE_INDEX, Quantity.COUNT, "", java.util.Arrays.copyOf(cycleIndex, n)));
            }
            Metadata md = Metadata.builder().instrument("synthetic Zn-air cycling").technique(Technique.GCPL)
                    .sourceFile("synthetic-zn-air-cycling").build();
            return new Measurement(md, ch);
        }
    }
}
