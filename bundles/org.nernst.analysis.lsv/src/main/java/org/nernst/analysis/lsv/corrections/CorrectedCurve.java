package org.nernst.analysis.lsv.corrections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * A corrected sweep: increasing, equally spaced potentials (vs RHE when {@link PotentialScale#rheKnown()},
 * else vs the recorded reference) and current densities in mA cm^-2 (anodic +), plus what shaped it.
 * Arrays are copied in and out.
 *
 * @param potentialV          corrected potential in V, increasing
 * @param currentDensityMaCm2 background-subtracted current density in mA cm^-2
 * @param backgroundMaCm2     the background that was subtracted (zeros without one), for plots
 * @param scale               the potential scale used
 * @param areaCm2             area used for the densities
 * @param direction           direction the sweep was recorded in
 * @param settings            the inputs that shaped the curve, for a result's "settings"
 * @param warnings            warnings from the corrections
 */
public record CorrectedCurve(double[] potentialV, double[] currentDensityMaCm2, double[] backgroundMaCm2,
        PotentialScale scale, double areaCm2, SweepDirection direction, Map<String, Object> settings,
        List<Diagnostic> warnings) {

    public CorrectedCurve {
        if (potentialV.length != currentDensityMaCm2.length || potentialV.length != backgroundMaCm2.length) {
            throw new IllegalArgumentException("potential and current arrays differ in length");
        }
        potentialV = potentialV.clone();
        currentDensityMaCm2 = currentDensityMaCm2.clone();
        backgroundMaCm2 = backgroundMaCm2.clone();
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] potentialV() {
        return potentialV.clone();
    }

    @Override
    public double[] currentDensityMaCm2() {
        return currentDensityMaCm2.clone();
    }

    @Override
    public double[] backgroundMaCm2() {
        return backgroundMaCm2.clone();
    }

    public int size() {
        return potentialV.length;
    }

    public boolean rheKnown() {
        return scale.rheKnown();
    }

    /** Warning messages as plain strings, for JSON. */
    public List<String> warningMessages() {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : warnings) {
            out.add(d.message());
        }
        return out;
    }

    /** The curve as a measurement: "E vs RHE" (or vs the reference) in V and "j" in mA/cm² (stored canonically). */
    public Measurement toMeasurement(Metadata md) {
        String eName = rheKnown() ? "E vs RHE" : "E vs " + scale.reference();
        List<Channel> ch = new ArrayList<>();
        ch.add(Channel.of(eName, Role.POTENTIAL, Quantity.POTENTIAL, potentialV));
        ch.add(Channel.adopt("j", Role.CURRENT_DENSITY, Quantity.CURRENT_DENSITY, "mA/cm²", scaled(currentDensityMaCm2)));
        ch.add(Channel.adopt("j background", Role.OTHER, Quantity.CURRENT_DENSITY, "mA/cm²", scaled(backgroundMaCm2)));
        return new Measurement(md, ch);
    }

    private static double[] scaled(double[] maCm2) {
        double[] v = new double[maCm2.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = maCm2[i] * 1e-3;
        }
        return v;
    }
}
