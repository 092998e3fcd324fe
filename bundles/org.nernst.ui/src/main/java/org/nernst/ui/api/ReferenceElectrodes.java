package org.nernst.ui.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.analysis.lsv.corrections.PotentialScale;
import org.nernst.analysis.lsv.corrections.ReferenceElectrode;

/**
 * Reference electrodes as the properties panel names them, and the conversion to the RHE scale.
 * The potentials come from the project's one table, {@link ReferenceElectrode} (values and sources
 * there, as in cli.md), so the shell, the CLI and the catalog convert alike. Other electrodes: the
 * user types the potential vs SHE.
 */
public final class ReferenceElectrodes {
    private ReferenceElectrodes() {
    }

    /** Names offered in the properties panel, one per electrode of the table (the user may also type any name and a potential). */
    public static List<String> names() {
        return Arrays.stream(ReferenceElectrode.values()).map(ReferenceElectrodes::label).toList();
    }

    /** The panel's name of an electrode: the usual abbreviation, else the table's description. */
    static String label(ReferenceElectrode r) {
        return switch (r) {
            case RHE, SHE, SCE -> r.id().toUpperCase(Locale.ROOT);
            case AG_AGCL_SAT -> "Ag/AgCl (sat. KCl)";
            case AG_AGCL_3_5M -> "Ag/AgCl (3.5 M KCl)";
            case AG_AGCL_3M -> "Ag/AgCl (3 M KCl)";
            case HG_HGO_1M -> "Hg/HgO (1 M KOH)";
            case HG_HGO_0_1M -> "Hg/HgO (0.1 M KOH)";
            case HG_HG2SO4_SAT -> "Hg/Hg2SO4 (sat. K2SO4)";
        };
    }

    /**
     * The potential vs SHE of a named electrode (panel names, CLI ids such as "ag-agcl-3m", and the
     * spellings files use); empty when unknown or ambiguous (an Hg/HgO or Ag/AgCl name without its
     * filling: fillings differ by 10-70 mV) and for RHE, which is a scale rather than an offset.
     */
    public static OptionalDouble potentialVsShe(String name) {
        return electrode(name).filter(r -> r != ReferenceElectrode.RHE)
                .map(r -> OptionalDouble.of(r.potentialVsShe())).orElse(OptionalDouble.empty());
    }

    static Optional<ReferenceElectrode> electrode(String name) {
        Optional<ReferenceElectrode> byId = ReferenceElectrode.byId(name);
        if (byId.isPresent()) {
            return byId;
        }
        for (ReferenceElectrode r : ReferenceElectrode.values()) {
            if (label(r).equalsIgnoreCase(name.strip()) || r.description().equalsIgnoreCase(name.strip())) {
                return Optional.of(r);
            }
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        if (n.contains("sce") || n.contains("calomel")) {
            return Optional.of(ReferenceElectrode.SCE);
        }
        if (n.contains("agcl")) {
            if (n.contains("3.5m")) {
                return Optional.of(ReferenceElectrode.AG_AGCL_3_5M);
            }
            if (n.contains("3m")) {
                return Optional.of(ReferenceElectrode.AG_AGCL_3M);
            }
            // a bare "Ag/AgCl" is read as the common saturated-KCl electrode, as before
            return n.contains("sat") || n.equals("ag/agcl") ? Optional.of(ReferenceElectrode.AG_AGCL_SAT) : Optional.empty();
        }
        if (n.contains("hgo")) {
            return n.contains("0.1m") ? Optional.of(ReferenceElectrode.HG_HGO_0_1M)
                    : n.matches(".*(^|[^.0-9])1m.*") ? Optional.of(ReferenceElectrode.HG_HGO_1M) : Optional.empty();
        }
        if (n.contains("hg2so4") || n.equals("mse")) {
            return Optional.of(ReferenceElectrode.HG_HG2SO4_SAT);
        }
        if (n.equals("she") || n.equals("nhe")) {
            return Optional.of(ReferenceElectrode.SHE);
        }
        return Optional.empty();
    }

    /**
     * E(RHE) = E(ref) + E_ref(SHE) + (RT ln10 / F)·pH: the Nernst equation for the hydrogen electrode at
     * unit H2 fugacity (Bard & Faulkner 2nd ed., section 2.1), RT ln10/F = 0.05916 V at 298.15 K
     * ({@link PotentialScale#NERNST_SLOPE_V}, the slope the analyses use).
     */
    public static double toRhe(double eVsRef, double refVsShe, double pH) {
        return eVsRef + refVsShe + PotentialScale.NERNST_SLOPE_V * pH;
    }
}
