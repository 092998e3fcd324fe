package org.nernst.analysis.cycling;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.analysis.cycling.internal.PeakFit;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * Result of {@link PolarizationAnalyzer}. Current densities are signed as the file records the
 * discharge current (cli.md: signed current densities); power densities are positive.
 *
 * @param ocvV         open-circuit voltage, V
 * @param peakPower    peak power density, mW cm^-2
 * @param jAtPeak      current density at the peak, mA cm^-2
 * @param vAtPeak      cell voltage at the peak, V
 * @param jMax         largest discharge current density recorded, mA cm^-2
 * @param sign         sign of the discharge current in the file
 * @param absJ         |j| of the discharge points, ascending, mA cm^-2
 * @param voltage      their cell voltage, V
 * @param peak         the local fit
 * @param fit          how the peak was found, for the JSON
 */
public record PolarizationResult(double ocvV, double peakPower, double jAtPeak, double vAtPeak, double jMax, int sign,
        double[] absJ, double[] voltage, PeakFit.Peak peak, Map<String, Object> fit, Map<String, Object> settings,
        List<Diagnostic> warnings) {

    public PolarizationResult {
        absJ = absJ.clone();
        voltage = voltage.clone();
        fit = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fit));
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ocv_V", ocvV);
        m.put("peak_power_mW_cm2", peakPower);
        m.put("j_at_peak_mA_cm2", jAtPeak);
        m.put("v_at_peak_V", vAtPeak);
        m.put("j_max_mA_cm2", jMax);
        m.put("n_points", absJ.length);
        m.put("peak_fit", fit);
        m.put("settings", settings);
        m.put("warnings", Json.messages(warnings));
        return m;
    }

    /** j (A cm^-2, signed), V, P = V |j| (mW cm^-2) and the fitted voltage around the peak (NaN elsewhere). */
    public Measurement curves() {
        int n = absJ.length;
        double[] j = new double[n];
        double[] p = new double[n];
        double[] f = new double[n];
        Arrays.fill(f, Double.NaN);
        for (int k = 0; k < n; k++) {
            j[k] = sign * absJ[k] / 1000;
            p[k] = absJ[k] * voltage[k];
        }
        System.arraycopy(peak.fitted(), 0, f, peak.first(), peak.end() - peak.first());
        return new Measurement(Metadata.builder().instrument("Zn-air polarization").build(), List.of(
                Channel.of("j", Role.CURRENT_DENSITY, Quantity.CURRENT_DENSITY, j),
                Channel.of("Ecell", Role.CELL_VOLTAGE, Quantity.POTENTIAL, voltage),
                Channel.adopt("power density", Role.OTHER, Quantity.UNKNOWN, "mW/cm²", p),
                Channel.of("Ecell fit near peak", Role.OTHER, Quantity.POTENTIAL, f)));
    }
}
