package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/** Cdl (mF), per geometric area, ECSA and roughness factor (ECSA / geometric area), cli.md fields. */
public record CdlResult(double cdlMf, OptionalDouble geometricAreaCm2, OptionalDouble ecsaCm2, double r2, double interceptMa,
        double[] scanRatesVs, double[] halfDeltaA, Map<String, Object> settings, List<String> warnings) {

    public CdlResult {
        scanRatesVs = scanRatesVs.clone();
        halfDeltaA = halfDeltaA.clone();
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public OptionalDouble roughnessFactor() {
        return ecsaCm2.isPresent() && geometricAreaCm2.isPresent()
                ? OptionalDouble.of(ecsaCm2.getAsDouble() / geometricAreaCm2.getAsDouble()) : OptionalDouble.empty();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cdl_mF", cdlMf);
        geometricAreaCm2.ifPresent(a -> m.put("cdl_mF_cm2", cdlMf / a));
        ecsaCm2.ifPresent(e -> m.put("ecsa_cm2", e));
        roughnessFactor().ifPresent(r -> m.put("roughness_factor", r));
        m.put("r2", r2);
        m.put("intercept_mA", interceptMa);
        List<Double> rates = new ArrayList<>();
        List<Double> half = new ArrayList<>();
        for (int k = 0; k < scanRatesVs.length; k++) {
            rates.add(scanRatesVs[k] * 1e3);
            half.add(halfDeltaA[k] * 1e3);
        }
        m.put("scan_rates_mV_s", rates);
        m.put("half_delta_i_mA", half);
        m.put("settings", settings);
        m.put("warnings", new ArrayList<>(warnings));
        return m;
    }

    /** Δi/2 against scan rate with the fitted line. */
    public Measurement curves() {
        double[] fit = new double[scanRatesVs.length];
        for (int k = 0; k < fit.length; k++) {
            fit[k] = (interceptMa + cdlMf * scanRatesVs[k]) * 1e-3;
        }
        return new Measurement(Metadata.builder().build(), List.of(
                Channel.adopt("scan rate", Role.OTHER, Quantity.UNKNOWN, "V/s", scanRatesVs),
                Channel.adopt("delta i / 2", Role.CURRENT, Quantity.CURRENT, "mA", halfDeltaA),
                Channel.adopt("linear fit", Role.OTHER, Quantity.CURRENT, "mA", fit)));
    }
}
