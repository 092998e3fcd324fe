package org.nernst.ui.chart;

import org.nernst.core.model.Channel;

/**
 * Channels hold canonical SI values (A, V, Ω, s); a plot shows them with an SI prefix that keeps
 * the numbers readable (µA, mA, kΩ). The factor multiplies stored values into displayed ones.
 *
 * @param factor multiply canonical values by this to get displayed values
 * @param unit   displayed unit symbol ("mA")
 */
public record DisplayUnit(double factor, String unit) {
    private static final String[] PREFIX = {"n", "µ", "m", "", "k", "M"};

    /** A prefix for the channel's largest magnitude; counts, phases and temperatures are never prefixed. */
    public static DisplayUnit of(Channel c) {
        String base = c.unit();
        if (base.isEmpty() || base.equals("°") || base.equals("°C") || base.equals("%") || base.equals("rpm")) {
            return new DisplayUnit(1, base);
        }
        double max = c.stream().filter(Double::isFinite).map(Math::abs).max().orElse(0);
        return forMagnitude(max, base);
    }

    static DisplayUnit forMagnitude(double max, String base) {
        if (max == 0 || base.equals("s") || base.equals("Hz")) {
            return new DisplayUnit(1, base);
        }
        // numbers between 0.1 and 100 read best: 0.95 V stays V, 1.1e-3 A becomes 1.1 mA
        int exp3 = (int) Math.floor(Math.log10(max * 10) / 3);
        exp3 = Math.max(-3, Math.min(2, exp3));
        return new DisplayUnit(Math.pow(10, -3 * exp3), PREFIX[exp3 + 3] + base);
    }

    public double[] apply(double[] v) {
        double[] out = v.clone();
        if (factor != 1) {
            for (int i = 0; i < out.length; i++) {
                out[i] *= factor;
            }
        }
        return out;
    }

    /** "name [unit]", or just the name for unitless channels. */
    public String title(String name) {
        return unit.isEmpty() ? name : name + " [" + unit + "]";
    }
}
