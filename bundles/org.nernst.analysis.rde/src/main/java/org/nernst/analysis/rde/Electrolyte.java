package org.nernst.analysis.rde;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The O2-saturated electrolyte properties the Levich constant needs.
 *
 * @param name      preset name ("0.1M-KOH") or "custom"
 * @param c0MolCm3  bulk O2 concentration C0 in mol cm^-3
 * @param d0Cm2S    O2 diffusion coefficient D0 in cm^2 s^-1
 * @param nuCm2S    kinematic viscosity nu in cm^2 s^-1
 * @param source    where the numbers come from (reported in settings)
 */
public record Electrolyte(String name, double c0MolCm3, double d0Cm2S, double nuCm2S, String source) {

    public Electrolyte {
        if (!(c0MolCm3 > 0) || !(d0Cm2S > 0) || !(nuCm2S > 0)) {
            throw org.nernst.core.NernstException.usage(
                    "C0, D0 and nu must be positive (got C0=" + c0MolCm3 + ", D0=" + d0Cm2S + ", nu=" + nuCm2S + ")");
        }
    }

    /*
     * Presets fixed by the CLI contract (shared/design/cli.md), each with its literature source.
     *
     * 0.1M-KOH: O2 solubility and diffusivity in KOH solutions from Davis, Horvath and Tobias,
     * Electrochim. Acta 12 (1967) 287; the set C0 = 1.2e-6 mol cm^-3, D0 = 1.9e-5 cm^2 s^-1,
     * nu = 0.01 cm^2 s^-1 is the one used throughout the alkaline ORR literature, e.g. Liang et al.,
     * Nat. Mater. 10 (2011) 780.
     */
    public static final Electrolyte KOH_0_1M = new Electrolyte("0.1M-KOH", 1.2e-6, 1.9e-5, 0.01,
            "Davis, Horvath, Tobias, Electrochim. Acta 12 (1967) 287; as used by Liang et al., Nat. Mater. 10 (2011) 780");

    /* 0.1M-HClO4: Paulus et al., J. Electroanal. Chem. 495 (2001) 134 (their Table/Eq. for Pt/C RDE). */
    public static final Electrolyte HCLO4_0_1M = new Electrolyte("0.1M-HClO4", 1.26e-6, 1.93e-5, 1.009e-2,
            "Paulus, Schmidt, Gasteiger, Behm, J. Electroanal. Chem. 495 (2001) 134");

    /*
     * 0.5M-H2SO4: O2 solubility and diffusivity in sulfuric acid measured by Gubbins and Walker,
     * J. Electrochem. Soc. 112 (1965) 469; cli.md fixes the rounded values C0 = 1.1e-6, D0 = 1.4e-5, nu = 0.01.
     */
    public static final Electrolyte H2SO4_0_5M = new Electrolyte("0.5M-H2SO4", 1.1e-6, 1.4e-5, 0.01,
            "Gubbins, Walker, J. Electrochem. Soc. 112 (1965) 469 (values as fixed in cli.md)");

    /* 1M-KOH: Davis, Horvath, Tobias, Electrochim. Acta 12 (1967) 287. */
    public static final Electrolyte KOH_1M = new Electrolyte("1M-KOH", 8.4e-7, 1.65e-5, 0.01,
            "Davis, Horvath, Tobias, Electrochim. Acta 12 (1967) 287");

    public static List<Electrolyte> presets() {
        return List.of(KOH_0_1M, HCLO4_0_1M, H2SO4_0_5M, KOH_1M);
    }

    /** A preset by name, case-insensitive ("0.1M-KOH", "0.1m-koh"). */
    public static Optional<Electrolyte> preset(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        return presets().stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** The preset, or a usage error listing the known names. */
    public static Electrolyte require(String name) {
        return preset(name).orElseThrow(() -> org.nernst.core.NernstException.usage("unknown electrolyte '" + name
                + "'; known: " + String.join(", ", presets().stream().map(Electrolyte::name).toList())
                + " (or give --c0 --d0 --nu)"));
    }

    /** User-supplied constants. */
    public static Electrolyte custom(double c0MolCm3, double d0Cm2S, double nuCm2S) {
        return new Electrolyte("custom", c0MolCm3, d0Cm2S, nuCm2S, "user-supplied C0, D0, nu");
    }
}
