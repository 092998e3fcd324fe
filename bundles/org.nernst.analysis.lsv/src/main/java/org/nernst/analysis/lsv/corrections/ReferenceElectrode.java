package org.nernst.analysis.lsv.corrections;

import java.util.Locale;
import java.util.Optional;

/**
 * Reference electrodes with the potential vs SHE used to convert to RHE (cli.md, 25 °C).
 *
 * <p>Literature values differ by a few tens of mV (fill solution, junction, temperature); the value used
 * is always reported in the settings of a result. Sources:
 * <ul>
 * <li>SCE 0.241 V, Ag/AgCl sat. KCl 0.197 V, Hg/Hg2SO4 sat. K2SO4 0.640 V: A. J. Bard, L. R. Faulkner,
 * Electrochemical Methods, 2nd ed., Wiley 2001, table of reference electrode potentials (inside back cover);
 * also D. T. Sawyer, A. Sobkowiak, J. L. Roberts, Electrochemistry for Chemists, 2nd ed., Wiley 1995, ch. 5.</li>
 * <li>Ag/AgCl 3.5 M KCl 0.205 V and 3 M KCl 0.210 V: Sawyer et al. (above), ch. 5, the values electrode
 * makers quote for these fillings.</li>
 * <li>Hg/HgO 1 M OH-: 0.098 V = E° of HgO + H2O + 2e- = Hg + 2OH- (0.0977 V): A. J. Bard, R. Parsons,
 * J. Jordan, Standard Potentials in Aqueous Solution, Marcel Dekker 1985. Values up to 0.140 V are quoted
 * for 1 M NaOH (Sawyer et al.); pass --ref-potential to use another.</li>
 * <li>Hg/HgO 0.1 M KOH: 0.165 V, the E° above shifted by the Nernst term for a(OH-) ~ 0.077
 * (0.1 M with activity coefficient 0.77): 0.098 + 0.05916 log10(1/0.077) = 0.164 V.</li>
 * </ul>
 */
public enum ReferenceElectrode {
    /** Reversible hydrogen electrode: already the RHE scale, no pH term. */
    RHE("rhe", "reversible hydrogen electrode", 0.0, "definition: E_RHE = E"),
    SHE("she", "standard hydrogen electrode", 0.0, "definition"),
    AG_AGCL_SAT("ag-agcl-sat", "Ag/AgCl, saturated KCl", 0.197, "Bard & Faulkner, Electrochemical Methods, 2nd ed. (2001)"),
    AG_AGCL_3_5M("ag-agcl-3.5m", "Ag/AgCl, 3.5 M KCl", 0.205, "Sawyer, Sobkowiak & Roberts, Electrochemistry for Chemists, 2nd ed. (1995)"),
    AG_AGCL_3M("ag-agcl-3m", "Ag/AgCl, 3 M KCl", 0.210, "Sawyer, Sobkowiak & Roberts, Electrochemistry for Chemists, 2nd ed. (1995)"),
    SCE("sce", "saturated calomel electrode", 0.241, "Bard & Faulkner, Electrochemical Methods, 2nd ed. (2001)"),
    HG_HGO_1M("hg-hgo-1m", "Hg/HgO, 1 M KOH/NaOH", 0.098, "Bard, Parsons & Jordan, Standard Potentials in Aqueous Solution (1985): E° HgO/Hg"),
    HG_HGO_0_1M("hg-hgo-0.1m", "Hg/HgO, 0.1 M KOH", 0.165, "E° HgO/Hg (Bard, Parsons & Jordan 1985) + Nernst term for a(OH-) = 0.077"),
    HG_HG2SO4_SAT("hg-hg2so4-sat", "Hg/Hg2SO4, saturated K2SO4", 0.640, "Bard & Faulkner, Electrochemical Methods, 2nd ed. (2001)");

    private final String id;
    private final String description;
    private final double potentialVsShe;
    private final String source;

    ReferenceElectrode(String id, String description, double potentialVsShe, String source) {
        this.id = id;
        this.description = description;
        this.potentialVsShe = potentialVsShe;
        this.source = source;
    }

    /** The CLI name ("ag-agcl-sat"). */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** Potential vs SHE in V at 25 °C. */
    public double potentialVsShe() {
        return potentialVsShe;
    }

    /** Where the value comes from. */
    public String source() {
        return source;
    }

    /** The preset with this CLI name (case-insensitive; "_" and "/" accepted for "-"). */
    public static Optional<ReferenceElectrode> byId(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace('/', '-');
        for (ReferenceElectrode r : values()) {
            if (r.id.equals(n)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Comma-separated list of the names, for usage messages. */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (ReferenceElectrode r : values()) {
            b.append(b.isEmpty() ? "" : ", ").append(r.id);
        }
        return b.toString();
    }
}
