package org.nernst.analysis.cv;

import java.util.Locale;
import java.util.Optional;

/**
 * General specific capacitances of a flat surface for ECSA = Cdl / Cs (C. C. L. McCrory, S. Jung, J. C. Peters,
 * T. F. Jaramillo, J. Am. Chem. Soc. 135 (2013) 16977: 0.040 mF cm^-2 in alkaline, 0.035 mF cm^-2 in acid).
 */
public enum SpecificCapacitance {
    ALKALINE(0.040),
    ACID(0.035);

    private final double mfCm2;

    SpecificCapacitance(double mfCm2) {
        this.mfCm2 = mfCm2;
    }

    public double mfCm2() {
        return mfCm2;
    }

    public static final String SOURCE = "McCrory et al., J. Am. Chem. Soc. 135 (2013) 16977";

    /** "alkaline"/"acid", or an electrolyte name (KOH, NaOH → alkaline; HClO4, H2SO4, HCl → acid). */
    public static Optional<SpecificCapacitance> parse(String s) {
        String n = s.strip().toLowerCase(Locale.ROOT);
        if (n.equals("alkaline") || n.contains("koh") || n.contains("naoh") || n.contains("lioh")) {
            return Optional.of(ALKALINE);
        }
        if (n.equals("acid") || n.contains("hclo4") || n.contains("h2so4") || n.contains("hcl")) {
            return Optional.of(ACID);
        }
        return Optional.empty();
    }
}
