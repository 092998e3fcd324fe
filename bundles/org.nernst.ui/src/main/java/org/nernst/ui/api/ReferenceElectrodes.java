package org.nernst.ui.api;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Common reference electrodes and their potentials vs SHE at 25 °C, and the conversion to the RHE
 * scale. Values: A. J. Bard, L. R. Faulkner, Electrochemical Methods, 2nd ed., Wiley 2001, Table C.2
 * (SCE 0.2412 V, Ag/AgCl sat. KCl 0.197 V). Other electrodes: the user types the potential vs SHE.
 */
public final class ReferenceElectrodes {
    private static final Map<String, Double> KNOWN = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Map.of(
            "SHE", 0.0, "SCE", 0.2412, "Ag/AgCl (sat. KCl)", 0.197)));

    private ReferenceElectrodes() {
    }

    /** Names offered in the properties panel (the user may also type any name and a potential). */
    public static java.util.List<String> names() {
        return java.util.List.of("SHE", "SCE", "Ag/AgCl (sat. KCl)", "RHE");
    }

    /** The potential vs SHE of a named electrode, recognising the usual spellings; empty when unknown. */
    public static OptionalDouble potentialVsShe(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.contains("sce") || n.contains("calomel")) {
            return OptionalDouble.of(KNOWN.get("SCE"));
        }
        if (n.contains("agcl")) {
            // only the saturated-KCl value is tabulated here; other fillings differ by ~10 mV
            return n.contains("sat") || n.equals("ag/agcl") ? OptionalDouble.of(KNOWN.get("Ag/AgCl (sat. KCl)")) : OptionalDouble.empty();
        }
        if (n.equals("she") || n.equals("nhe")) {
            return OptionalDouble.of(0.0);
        }
        return OptionalDouble.empty();
    }

    /**
     * E(RHE) = E(ref) + E_ref(SHE) + (RT ln10 / F)·pH: the Nernst equation for the hydrogen electrode at
     * unit H2 fugacity (Bard & Faulkner 2nd ed., section 2.1), RT ln10/F = 0.05916 V at 298.15 K.
     */
    public static double toRhe(double eVsRef, double refVsShe, double pH) {
        return eVsRef + refVsShe + 0.05916 * pH;
    }
}
