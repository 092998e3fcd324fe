package org.nernst.catalog.internal;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.core.NernstException;

/**
 * Reference electrodes a literature or lab value may be quoted against, and the conversion to the
 * reversible hydrogen electrode (RHE), the scale the catalog stores every electrode potential on.
 */
public final class References {
    private References() {
    }

    /**
     * Potentials vs SHE at 25 °C, the same table as shared/design/cli.md. Bard &amp; Faulkner,
     * Electrochemical Methods, 2nd ed. (2001), Table C.2: SCE 0.241, Ag/AgCl sat. KCl 0.197,
     * Hg/HgO 1 M KOH 0.098, Hg/Hg2SO4 sat. K2SO4 0.640 V; Ag/AgCl 3 M KCl 0.210 and 3.5 M 0.205,
     * Hg/HgO 0.1 M 0.165 V are the electrode makers' values (e.g. ALS/BASi data sheets).
     */
    private static final Map<String, Double> VS_SHE = Map.of(
            "she", 0.0, "nhe", 0.0,
            "agagclsat", 0.197, "agagcl3.5m", 0.205, "agagcl3m", 0.210,
            "sce", 0.241, "hghgo1m", 0.098, "hghgo0.1m", 0.165, "hghg2so4sat", 0.640);

    /** 2.303 RT/F at 298.15 K in V: the Nernst slope of the hydrogen electrode (Bard &amp; Faulkner, eq. 2.1.45). */
    public static final double NERNST_SLOPE_V = 0.05916;

    /** Name reduced to letters, digits and dots: "Ag/AgCl (sat. KCl)" and "ag-agcl-sat" both give "agagclsat". */
    static String key(String name) {
        String k = name.toLowerCase(java.util.Locale.ROOT)
                .replace("saturated", "sat")
                .replace("kcl", "").replace("koh", "").replace("naoh", "").replace("k2so4", "")
                .replaceAll("[^a-z0-9.]", "");
        k = k.replace("sat.", "sat");
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    public static boolean isRhe(String name) {
        return key(name).equals("rhe");
    }

    /** Potential of the named reference vs SHE, when the name is one the catalog knows unambiguously. */
    public static OptionalDouble vsShe(String name) {
        Double v = VS_SHE.get(key(name));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /**
     * E(RHE) = E(ref) + E(ref vs SHE) + 0.05916 pH (25 °C; Bard &amp; Faulkner, Nernst equation for
     * 2H+ + 2e- = H2 at unit H2 fugacity). Refuses, with the reason, when the reference is ambiguous
     * or the pH is unknown: a value on an unknown scale is never stored.
     */
    public static double toRhe(double volts, String reference, Optional<Double> ph, String what) {
        if (isRhe(reference)) {
            return volts;
        }
        OptionalDouble ref = vsShe(reference);
        if (ref.isEmpty()) {
            String hint = key(reference).startsWith("agagcl") || key(reference).startsWith("hghgo")
                    ? " (name its filling solution, e.g. ag-agcl-sat, ag-agcl-3m, hg-hgo-1m, hg-hgo-0.1m)"
                    : " (known: rhe, she, ag-agcl-sat, ag-agcl-3.5m, ag-agcl-3m, sce, hg-hgo-1m, hg-hgo-0.1m, hg-hg2so4-sat)";
            throw NernstException.usage(what + ": reference electrode '" + reference + "' is not known unambiguously"
                    + hint + "; give the value vs RHE instead");
        }
        if (ph.isEmpty()) {
            throw NernstException.usage(what + ": a potential vs " + reference
                    + " needs the electrolyte pH to be put on the RHE scale (E_RHE = E + E_ref + 0.05916 pH);"
                    + " give the pH or the value vs RHE");
        }
        return volts + ref.getAsDouble() + NERNST_SLOPE_V * ph.get();
    }
}
