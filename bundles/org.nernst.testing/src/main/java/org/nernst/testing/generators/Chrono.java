package org.nernst.testing.generators;

import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

/**
 * Long chronoamperometry / chronopotentiometry records of a degrading catalyst.
 *
 * <ul>
 * <li>CA: I(t) = I0 exp(-t/τ) (first-order loss of active sites) + Q_dl/τ_dl exp(-t/τ_dl) (double-layer charging
 * after the potential step, a series RC: Bard & Faulkner, 2nd ed., eq. 1.2.6) and, from an injection time on,
 * a poisoning step that multiplies the faradaic current by (1 - drop) with a first-order transition of time
 * constant τ_inj (a methanol or CO tolerance test).</li>
 * <li>CP: E(t) = E0 + drift t + a (1 - exp(-t/τ)) (a linear drift plus an initial activation).</li>
 * </ul>
 */
public final class Chrono {
    private Chrono() {
    }

    /** Mean of exp(-t/τ) over [a, b]: τ (e^(-a/τ) - e^(-b/τ)) / (b - a). */
    public static double meanExp(double tau, double a, double b) {
        return tau * (Math.exp(-a / tau) - Math.exp(-b / tau)) / (b - a);
    }

    /**
     * @param i0A      initial faradaic current (signed; ORR cathodic is negative)
     * @param tauS     decay time constant of the faradaic current
     * @param qDlC     charge of the initial charging transient (same sign as i0)
     * @param tauDlS   its time constant
     * @param injectS  injection time (NaN for none); {@code drop} fraction lost after it, {@code tauInjS} transition
     */
    public static Measurement ca(double i0A, double tauS, double qDlC, double tauDlS, double injectS, double drop,
            double tauInjS, double durationS, double dtS, Noise noise) {
        int n = (int) Math.round(durationS / dtS) + 1;
        double[] t = new double[n];
        double[] i = new double[n];
        double[] e = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = k * dtS;
            double far = i0A * Math.exp(-t[k] / tauS);
            if (!Double.isNaN(injectS) && t[k] >= injectS) {
                far *= 1 - drop * (1 - Math.exp(-(t[k] - injectS) / tauInjS));
            }
            i[k] = far + qDlC / tauDlS * Math.exp(-t[k] / tauDlS) + noise.next();
            e[k] = 0.6;
        }
        Metadata md = Metadata.builder().technique(Technique.CA).electrodeAreaCm2(0.196).sourceFile("ca.csv").build();
        return new Measurement(md, List.of(Channel.of("time", Role.TIME, Quantity.TIME, t),
                Channel.of("Ewe", Role.POTENTIAL, Quantity.POTENTIAL, e), Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
    }

    /** CP at constant current {@code iA}: E = E0 + drift t + a (1 - exp(-t/τ)). */
    public static Measurement cp(double iA, double e0V, double driftVPerS, double aV, double tauS, double durationS,
            double dtS, Noise noise) {
        int n = (int) Math.round(durationS / dtS) + 1;
        double[] t = new double[n];
        double[] i = new double[n];
        double[] e = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = k * dtS;
            i[k] = iA;
            e[k] = e0V + driftVPerS * t[k] + aV * (1 - Math.exp(-t[k] / tauS)) + noise.next();
        }
        Metadata md = Metadata.builder().technique(Technique.CP).electrodeAreaCm2(0.196).sourceFile("cp.csv").build();
        return new Measurement(md, List.of(Channel.of("time", Role.TIME, Quantity.TIME, t),
                Channel.of("Ewe", Role.POTENTIAL, Quantity.POTENTIAL, e), Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
    }
}
