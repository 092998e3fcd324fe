package org.nernst.analysis.cv;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * The scan rate of a CV (V/s): the option, else the file's metadata, else the file name ("20mVs", "20 mV s-1",
 * "20mV_s", "20 mV/s"), else measured from the data as the median |dE/dt| of the record.
 */
public final class ScanRates {
    private ScanRates() {
    }

    private static final Pattern NAME = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*[-_ ]?\\s*mV\\s*(?:/\\s*s|[_ ]?s\\s*\\^?-1|[_ ]?s|ps)",
            Pattern.CASE_INSENSITIVE);

    /** A scan rate and where it came from. */
    public record Rate(double vPerS, String source) {
    }

    public static Rate resolve(Measurement m, OptionalDouble option, List<String> warnings) {
        if (option.isPresent()) {
            return new Rate(option.getAsDouble(), "option");
        }
        if (m.metadata().scanRateVPerS().isPresent() && m.metadata().scanRateVPerS().getAsDouble() > 0) {
            return new Rate(m.metadata().scanRateVPerS().getAsDouble(), "metadata");
        }
        OptionalDouble n = fromName(m.metadata().sourceFile().orElse(""));
        if (n.isPresent()) {
            return new Rate(n.getAsDouble(), "file name");
        }
        OptionalDouble d = fromData(m);
        if (d.isPresent()) {
            warnings.add(String.format(Locale.ROOT, "scan rate %.4g mV/s measured from the data of %s (no metadata, file name or --rates)",
                    d.getAsDouble() * 1e3, m.metadata().sourceFile().orElse("the file")));
            return new Rate(d.getAsDouble(), "data");
        }
        throw org.nernst.core.NernstException.analysis("no scan rate for " + m.metadata().sourceFile().orElse("the file")
                + ": not in its metadata, name or time column; pass --rates");
    }

    /** "20mVs", "20 mV s-1", "5,5 mV/s" in a file name, in V/s. */
    public static OptionalDouble fromName(String name) {
        Matcher x = NAME.matcher(name);
        OptionalDouble out = OptionalDouble.empty();
        while (x.find()) {
            out = OptionalDouble.of(Double.parseDouble(x.group(1).replace(',', '.')) / 1000);
        }
        return out;
    }

    /** Median |ΔE/Δt| over consecutive rows with Δt > 0. */
    public static OptionalDouble fromData(Measurement m) {
        if (m.channel(Role.TIME).isEmpty() || m.channel(Role.POTENTIAL).isEmpty()) {
            return OptionalDouble.empty();
        }
        Channel t = m.require(Role.TIME);
        Channel e = m.require(Role.POTENTIAL);
        double[] r = new double[t.size()];
        int n = 0;
        for (int k = 1; k < t.size(); k++) {
            double dt = t.get(k) - t.get(k - 1);
            if (dt > 0) {
                r[n++] = Math.abs(e.get(k) - e.get(k - 1)) / dt;
            }
        }
        if (n < 3) {
            return OptionalDouble.empty();
        }
        double[] v = java.util.Arrays.copyOf(r, n);
        java.util.Arrays.sort(v);
        double med = v[n / 2];
        return med > 0 ? OptionalDouble.of(med) : OptionalDouble.empty();
    }
}
