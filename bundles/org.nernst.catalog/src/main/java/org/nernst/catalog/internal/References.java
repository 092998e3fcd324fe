package org.nernst.catalog.internal;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.analysis.lsv.corrections.ReferenceElectrode;
import org.nernst.core.NernstException;

/**
 * Reference electrodes a literature or lab value may be quoted against, and the conversion to the
 * reversible hydrogen electrode (RHE), the scale the catalog stores every electrode potential on.
 */
public final class References {
    private References() {
    }

    /**
     * Potentials vs SHE at 25 °C: the project's one table, {@link ReferenceElectrode} (values and
     * sources as in shared/design/cli.md), keyed by the catalog's spelling-tolerant {@link #key}.
     */
    private static final Map<String, Double> VS_SHE = vsSheTable();

    private static Map<String, Double> vsSheTable() {
        Map<String, Double> m = new java.util.HashMap<>();
        for (ReferenceElectrode r : ReferenceElectrode.values()) {
            if (r != ReferenceElectrode.RHE) {
                m.put(key(r.id()), r.potentialVsShe());
            }
        }
        m.put("nhe", 0.0);
        return Map.copyOf(m);
    }

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
