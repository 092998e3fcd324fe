package org.nernst.analysis.lsv;

import java.util.Locale;
import java.util.Optional;

/** The electrode reactions the LSV analysis knows, with their equilibrium potential and current sign. */
public enum Reaction {
    /** Oxygen reduction: cathodic, O2 + 4H+ + 4e- = 2H2O at 1.23 V vs RHE. */
    ORR(1.23, -1),
    /** Oxygen evolution: anodic, equilibrium 1.23 V vs RHE (cli.md). */
    OER(1.23, 1),
    /** Hydrogen evolution: cathodic, equilibrium 0 V vs RHE by definition of the RHE. */
    HER(0.0, -1);

    private final double eq;
    private final int sign;

    Reaction(double eq, int sign) {
        this.eq = eq;
        this.sign = sign;
    }

    /** Equilibrium potential vs RHE in V (thermodynamic value at 25 °C: Bard & Faulkner, 2nd ed., appendix C). */
    public double equilibriumV() {
        return eq;
    }

    /** +1 when the reaction current is anodic, -1 when cathodic. */
    public int currentSign() {
        return sign;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Reaction> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        for (Reaction r : values()) {
            if (r.id().equals(s.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
