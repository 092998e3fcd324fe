package org.nernst.analysis.rde;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/** Where a sweep's rotation rate comes from: the file's metadata, its name, or the user's list. */
public final class RotationRates {
    /** Fewest distinct rates a Koutecky-Levich line is drawn through (two points always fit a line). */
    public static final int MIN_RATES = 3;

    /** "1600rpm", "1600 rpm", "1600-rpm", "1600_RPM". */
    private static final Pattern WITH_UNIT = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)[ _-]?rpm", Pattern.CASE_INSENSITIVE);
    /** A bare number between underscores or before the extension: "orr_1600_.csv", "cat_1600.txt" after an underscore. */
    private static final Pattern BARE = Pattern.compile("(?<=_)(\\d{2,5})(?=_|\\.[^.]*$|$)");

    private RotationRates() {
    }

    /**
     * The rotation rate written in a file name: a number followed by "rpm" wins; otherwise the one
     * number between underscores (e.g. "_1600_") that is a plausible rate (100 to 10000 rpm). Empty
     * when absent or ambiguous (two different bare numbers).
     */
    public static OptionalDouble fromFileName(String fileName) {
        if (fileName == null) {
            return OptionalDouble.empty();
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        Matcher m = WITH_UNIT.matcher(name);
        if (m.find()) {
            return OptionalDouble.of(Double.parseDouble(m.group(1)));
        }
        Matcher b = BARE.matcher(name);
        List<Double> found = new ArrayList<>();
        while (b.find()) {
            double v = Double.parseDouble(b.group(1));
            if (v >= 100 && v <= 10000 && !found.contains(v)) {
                found.add(v);
            }
        }
        return found.size() == 1 ? OptionalDouble.of(found.get(0)) : OptionalDouble.empty();
    }

    /**
     * One rate per measurement, in input order: {@code given} (the --rpm list) when not empty, else
     * metadata, else the file name. Refuses (analysis error) a measurement without a rate.
     */
    public static double[] resolve(List<Measurement> measurements, List<Double> given, List<Diagnostic> warnings) {
        double[] rpm = new double[measurements.size()];
        if (!given.isEmpty()) {
            if (given.size() != measurements.size()) {
                throw NernstException.usage("--rpm lists " + given.size() + " rates for " + measurements.size()
                        + " files; give one rate per file, in file order");
            }
            for (int i = 0; i < rpm.length; i++) {
                rpm[i] = given.get(i);
            }
            return rpm;
        }
        for (int i = 0; i < rpm.length; i++) {
            Measurement m = measurements.get(i);
            String file = label(m, i);
            OptionalDouble meta = m.metadata().rotationRpm();
            OptionalDouble named = fromFileName(m.metadata().sourceFile().orElse(null));
            if (meta.isPresent() && meta.getAsDouble() > 0) {
                rpm[i] = meta.getAsDouble();
                if (named.isPresent() && Math.abs(named.getAsDouble() - rpm[i]) > 0.5) {
                    warnings.add(Diagnostic.warning(file + ": metadata says " + fmt(rpm[i]) + " rpm, the file name "
                            + fmt(named.getAsDouble()) + " rpm; using the metadata (override with --rpm)"));
                }
            } else if (named.isPresent()) {
                rpm[i] = named.getAsDouble();
            } else {
                throw NernstException.analysis(file + ": rotation rate unknown (not in the file's metadata nor in its"
                        + " name such as '1600rpm'); give --rpm with one rate per file");
            }
        }
        return rpm;
    }

    /**
     * Checks a set of rates: every rate positive, all distinct, at least {@link #MIN_RATES}; the
     * labels name the files in messages.
     */
    public static void check(double[] rpm, List<String> labels) {
        for (int i = 0; i < rpm.length; i++) {
            if (!(rpm[i] > 0) || !Double.isFinite(rpm[i])) {
                throw NernstException.analysis(labels.get(i) + ": rotation rate must be positive, got " + fmt(rpm[i]));
            }
            for (int j = 0; j < i; j++) {
                if (Math.abs(rpm[i] - rpm[j]) < 1e-9) {
                    throw NernstException.analysis("rotation rate " + fmt(rpm[i]) + " rpm appears twice (" + labels.get(j)
                            + ", " + labels.get(i) + "); a Koutecky-Levich series needs distinct rates");
                }
            }
        }
        if (rpm.length < MIN_RATES) {
            throw NernstException.analysis("a Koutecky-Levich analysis needs at least " + MIN_RATES
                    + " distinct rotation rates; got " + rpm.length);
        }
    }

    static String label(Measurement m, int index) {
        return m.metadata().sourceFile().orElse("input #" + (index + 1));
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
