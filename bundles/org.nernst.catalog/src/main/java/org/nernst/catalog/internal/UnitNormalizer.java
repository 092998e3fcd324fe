package org.nernst.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.NernstException;

/**
 * Puts every value on one unit per kind before it is stored, so the catalog never holds the same
 * quantity on two scales: potentials in V (electrode potentials vs RHE), Tafel slopes in mV dec-1,
 * current densities in mA cm-2, resistances in Ohm, ... (the units of shared/design/cli.md).
 * Non-electrochemical units (eV, angstrom, bohr magneton, %) are kept as such. A unit the catalog
 * does not know, or a potential on an unknown scale, is refused with a message.
 */
public final class UnitNormalizer {
    public static final String V_RHE = "V vs RHE";

    private record Canon(String unit, double factor) {
    }

    private static final Map<String, Canon> UNITS = table();

    private static void put(Map<String, Canon> m, String canonical, double factor, String... keys) {
        for (String k : keys) {
            m.put(k, new Canon(canonical, factor));
        }
    }

    private static Map<String, Canon> table() {
        Map<String, Canon> m = new HashMap<>();
        put(m, "V", 1, "v");
        put(m, "V", 1e-3, "mv");
        put(m, "mV dec-1", 1, "mvdec-1", "mv/dec", "mvdec^-1", "mv/decade", "mvdec");
        put(m, "mV dec-1", 1e3, "vdec-1", "v/dec", "v/decade");
        put(m, "mA cm-2", 1, "macm-2", "ma/cm2", "ma/cm^2", "macm^-2");
        put(m, "mA cm-2", 1e3, "acm-2", "a/cm2", "a/cm^2");
        put(m, "mA cm-2", 1e-3, "uacm-2", "ua/cm2", "ua/cm^2");
        put(m, "mA cm-2", 0.1, "am-2", "a/m2");
        put(m, "mA", 1, "ma");
        put(m, "mA", 1e3, "a");
        put(m, "mA", 1e-3, "ua");
        put(m, "Ohm", 1, "ohm", "ohms");
        put(m, "Ohm", 1e3, "kohm");
        put(m, "Ohm cm2", 1, "ohmcm2", "ohmcm^2");
        put(m, "mW cm-2", 1, "mwcm-2", "mw/cm2", "mw/cm^2");
        put(m, "mW cm-2", 1e3, "wcm-2", "w/cm2");
        put(m, "mAh g-1", 1, "mahg-1", "mah/g");
        put(m, "Wh kg-1", 1, "whkg-1", "wh/kg");
        put(m, "mF", 1, "mf");
        put(m, "mF", 1e-3, "uf");
        put(m, "mF", 1e3, "f");
        put(m, "mF cm-2", 1, "mfcm-2", "mf/cm2");
        put(m, "mF cm-2", 1e-3, "ufcm-2", "uf/cm2");
        put(m, "cm2", 1, "cm2", "cm^2");
        put(m, "A g-1", 1, "ag-1", "a/g");
        put(m, "A g-1", 1e3, "amg-1", "a/mg");
        put(m, "s-1", 1, "s-1", "/s", "1/s");
        put(m, "h", 1, "h", "hours");
        put(m, "h", 1.0 / 60, "min");
        put(m, "mV h-1", 1, "mvh-1", "mv/h");
        put(m, "mC", 1, "mc");
        put(m, "mC", 1e-3, "uc");
        put(m, "mg cm-2", 1, "mgcm-2", "mg/cm2");
        put(m, "rpm", 1, "rpm");
        put(m, "%", 1, "%", "pct", "percent");
        put(m, "eV", 1, "ev");
        put(m, "angstrom", 1, "angstrom", "å", "a°");
        put(m, "angstrom", 10, "nm");
        put(m, "bohr magneton", 1, "bohrmagneton", "μb", "ub", "mub");
        put(m, "", 1, "", "-", "1");
        return Map.copyOf(m);
    }

    private static final Pattern POTENTIAL = Pattern.compile(
            "^(m?V)\\s*(?:(?:vs\\.?|versus)\\s*(.+)|\\((.+)\\)|_(RHE|rhe))$");
    private static final String NUM = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    private static final Pattern RANGE = Pattern.compile("^(" + NUM + ")\\s*(?:-|–|to|\\.\\.)\\s*(" + NUM + ")$");

    private UnitNormalizer() {
    }

    /** The unit's spelling reduced for lookup: case, spaces, "^", "·", "µ" and superscripts folded. */
    static String unitKey(String unit) {
        return unit.trim().replace("Ω", "ohm").replace("µ", "u").replace("μ", "u").replace("⁻", "-").replace("¹", "1")
                .replace("²", "2").replace("·", "").replace("*", "").replace(" ", "")
                .toLowerCase(Locale.ROOT);
    }

    /** True for metrics that are electrode potentials and so belong on the RHE scale. */
    public static boolean isElectrodePotential(String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        return m.contains("potential") && !m.contains("overpotential") && !m.startsWith("delta")
                && !m.contains("open_circuit") && !m.contains("energy");
    }

    /**
     * Normalises {@code valueText} given in {@code unit} for {@code metric}. {@code ph} is used only
     * to put a potential vs another reference on the RHE scale.
     */
    public static Normalized normalize(String metric, String valueText, String unit, Optional<Double> ph) {
        String text = valueText.trim();
        String given = (text + " " + unit.trim()).trim();
        String what = metric + " = " + given;
        double[] nums = parseNumbers(text, what);
        List<String> notes = new ArrayList<>();
        String canonical;
        double factor;
        double offset = 0;
        Matcher pm = POTENTIAL.matcher(unit.trim());
        if (pm.matches()) {
            String ref = pm.group(2) != null ? pm.group(2) : pm.group(3) != null ? pm.group(3) : pm.group(4);
            factor = pm.group(1).equals("mV") ? 1e-3 : 1;
            canonical = V_RHE;
            if (!References.isRhe(ref)) {
                // convert one volt offset: E_RHE is linear in E, so shifting once serves a range too
                offset = References.toRhe(0, ref.trim(), ph, what);
                notes.add(String.format(Locale.ROOT, "converted from %s to RHE (%+.4f V at pH %s)", ref.trim(), offset,
                        ph.map(String::valueOf).orElse("?")));
            }
        } else {
            Canon c = UNITS.get(unitKey(unit));
            if (c == null) {
                throw NernstException.usage(what + ": unit '" + unit + "' is not one the catalog knows; use e.g. "
                        + "V vs RHE, V, mV dec-1, mA cm-2, Ohm, mW cm-2, mAh g-1, %, eV, angstrom, bohr magneton");
            }
            canonical = c.unit();
            factor = c.factor();
            if (canonical.equals("V") && isElectrodePotential(metric)) {
                throw NernstException.usage(what + ": an electrode potential needs its reference electrode "
                        + "(e.g. 'V vs RHE', 'mV vs SCE' with a pH)");
            }
        }
        if (factor != 1) {
            notes.add("converted from " + unit.trim() + " to " + canonical);
        }
        for (int i = 0; i < nums.length; i++) {
            nums[i] = nums[i] * factor + offset;
        }
        if (nums.length == 1) {
            return new Normalized(OptionalDouble.of(nums[0]), OptionalDouble.empty(), OptionalDouble.empty(),
                    canonical, given, notes);
        }
        double lo = Math.min(nums[0], nums[1]);
        double hi = Math.max(nums[0], nums[1]);
        return new Normalized(OptionalDouble.empty(), OptionalDouble.of(lo), OptionalDouble.of(hi), canonical, given,
                notes);
    }

    /** One number, or the two ends of a range such as {@code 1.82-2.22} (a leading minus is a sign). */
    static double[] parseNumbers(String text, String what) {
        if (text.matches(NUM)) {
            return new double[] {Double.parseDouble(text)};
        }
        Matcher r = RANGE.matcher(text);
        if (r.matches()) {
            return new double[] {Double.parseDouble(r.group(1)), Double.parseDouble(r.group(2))};
        }
        throw NernstException.usage(what + ": '" + text + "' is neither a number nor a range like 1.82-2.22");
    }
}
