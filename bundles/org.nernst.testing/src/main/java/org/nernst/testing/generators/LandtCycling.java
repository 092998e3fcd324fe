package org.nernst.testing.generators;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Constant-current cycling of a cell with a known capacity, sampled as a Landt cycler records it:
 * per cycle a rest, a CC charge from empty to full, a rest and a CC discharge from full to empty, each
 * step numbered on from the last, with step time, step capacity and step energy counted from zero.
 *
 * <p>Model (noise-free, so every number is exact): state of charge s(t) = s0 + I t / (3600 Q), with I
 * in mA (charge positive), t in s and Q the capacity in mAh; open-circuit voltage linear in s,
 * OCV(s) = E0 + k s; terminal voltage V = OCV(s) + I R (ohmic drop, R in kΩ gives V for mA). Step
 * capacity |I| t / 3600 (mAh) and step energy (1/3600) ∫ |I| V dt (mWh), integrated in closed form:
 * E(t) = |I| / 3600 [(E0 + k s0 + I R) t + k I t² / (7200 Q)]. Capacity as the time integral of the
 * current and energy as the integral of V I: Linden's Handbook of Batteries, 4th ed. (2011), ch. 1-2.
 */
public final class LandtCycling {
    private int cycles = 3;
    private double capacityMah = 2.0;
    private double chargeMa = 1.0;
    private double dischargeMa = 2.0;
    private double restS = 300;
    private double sampleS = 120;
    private double e0V = 3.4;
    private double slopeV = 0.8;
    private double resistanceKohm = 0.05;
    private LocalDateTime start = LocalDateTime.of(2024, 3, 5, 9, 30, 0);

    /** One record: what the cycler writes in a row. State is dqdv's code (R, C_CC, D_CC). */
    public record Rec(int index, double testTimeS, double stepTimeS, double voltageV, double currentMa, double capacityMah,
            double energyMwh, int cycle, int step, String state, LocalDateTime sysTime) {
    }

    /** The known totals of one cycle. */
    public record Cycle(int number, double chargeMah, double dischargeMah, double chargeMwh, double dischargeMwh) {
    }

    public record Generated(List<Rec> records, List<Cycle> cycles) {
    }

    public LandtCycling cycles(int n) {
        this.cycles = n;
        return this;
    }

    public LandtCycling sampleSeconds(double s) {
        this.sampleS = s;
        return this;
    }

    public LandtCycling capacityMah(double q) {
        this.capacityMah = q;
        return this;
    }

    public LandtCycling currentsMa(double charge, double discharge) {
        this.chargeMa = charge;
        this.dischargeMa = discharge;
        return this;
    }

    public double capacityMah() {
        return capacityMah;
    }

    public double ocv(double soc) {
        return e0V + slopeV * soc;
    }

    public Generated generate() {
        List<Rec> out = new ArrayList<>();
        List<Cycle> truth = new ArrayList<>();
        double[] clock = {0};
        int step = 0;
        for (int c = 1; c <= cycles; c++) {
            step(out, clock, c, ++step, "R", 0, 0, restS);
            double[] ch = step(out, clock, c, ++step, "C_CC", chargeMa, 0, 3600 * capacityMah / chargeMa);
            step(out, clock, c, ++step, "R", 0, 1, restS);
            double[] dis = step(out, clock, c, ++step, "D_CC", -dischargeMa, 1, 3600 * capacityMah / dischargeMa);
            truth.add(new Cycle(c, ch[0], dis[0], ch[1], dis[1]));
        }
        return new Generated(List.copyOf(out), List.copyOf(truth));
    }

    /** Samples one step of current {@code iMa} from state of charge {@code s0} for {@code seconds}; returns {capacity, energy}. */
    private double[] step(List<Rec> out, double[] clock, int cycle, int step, String state, double iMa, double s0, double seconds) {
        double q = 0;
        double e = 0;
        for (int k = 0;; k++) {
            double t = Math.min(k * sampleS, seconds);
            double soc = s0 + iMa * t / (3600 * capacityMah);
            double v = ocv(soc) + iMa * resistanceKohm;
            q = Math.abs(iMa) * t / 3600;
            e = Math.abs(iMa) / 3600 * ((e0V + slopeV * s0 + iMa * resistanceKohm) * t + slopeV * iMa * t * t / (7200 * capacityMah));
            double test = clock[0] + t;
            long ms = Math.round(test * 1000);
            out.add(new Rec(out.size() + 1, test, t, v, iMa, q, e, cycle, step, state, start.plusNanos(ms * 1_000_000)));
            if (t >= seconds) {
                break;
            }
        }
        clock[0] += seconds;
        return new double[] {q, e};
    }
}
