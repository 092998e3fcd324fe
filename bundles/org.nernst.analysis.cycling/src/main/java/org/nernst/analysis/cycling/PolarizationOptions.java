package org.nernst.analysis.cycling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Settings of the polarization (power density) analysis.
 *
 * @param areaCm2        geometric electrode area; else the file's metadata (with a warning); refused when absent
 * @param peakWindow     the voltage fit around the power peak uses the points where the smoothed power is at
 *                       least this fraction of its maximum (default 0.9)
 */
public record PolarizationOptions(OptionalDouble areaCm2, double peakWindow) {

    public PolarizationOptions {
        if (!(peakWindow > 0 && peakWindow < 1)) {
            throw new IllegalArgumentException("peak window fraction must lie in (0, 1): " + peakWindow);
        }
    }

    public static PolarizationOptions defaults() {
        return new PolarizationOptions(OptionalDouble.empty(), 0.9);
    }

    public PolarizationOptions withArea(double cm2) {
        return new PolarizationOptions(OptionalDouble.of(cm2), peakWindow);
    }

    public PolarizationOptions withPeakWindow(double fraction) {
        return new PolarizationOptions(areaCm2, fraction);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        areaCm2.ifPresent(a -> m.put("area_cm2", a));
        m.put("peak_window_fraction", peakWindow);
        return m;
    }
}
