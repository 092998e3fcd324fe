package org.nernst.analysis.lsv.corrections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;

/**
 * The one entry point of the corrections, in the order cli.md fixes: select the sweep → iR-correct with the
 * curve's own raw total current → convert to RHE → (optionally average with the reverse sweep) → interpolate
 * the background onto the same potentials and subtract → divide by the area → resample onto an increasing
 * equal-step grid → optionally smooth (Savitzky–Golay).
 */
public final class Corrections {
    private Corrections() {
    }

    /** A sweep with potentials already iR-corrected and on the target scale, current in A. */
    private record Raw(double[] e, double[] i, double[] bg) {
        Raw(double[] e, double[] i) {
            this(e, i, new double[e.length]);
        }
    }

    public static CorrectedCurve apply(Measurement m, CorrectionOptions o) {
        List<Diagnostic> warnings = new ArrayList<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        Metadata md = m.metadata();
        PotentialScale scale = PotentialScale.resolve(o, md, warnings);
        settings.putAll(scale.settings());

        boolean density = m.channel(Role.CURRENT).isEmpty() && m.channel(Role.CURRENT_DENSITY).isPresent();
        double area;
        if (density) {
            // The file already divided by its area: keep its densities; the area only matters for I in iR.
            area = o.areaCm2().isPresent() || md.electrodeAreaCm2().isPresent() ? Area.resolve(o.areaCm2(), md, warnings) : 1.0;
            warnings.add(Diagnostic.warning("the file records current density: used as recorded, not divided by an area again"));
            if (o.ruOhm().isPresent() && o.areaCm2().isEmpty() && md.electrodeAreaCm2().isEmpty()) {
                throw NernstException.usage("iR correction of a current-density file needs the area (--area) to recover the current");
            }
        } else {
            requireCurrent(m);
            area = Area.resolve(o.areaCm2(), md, warnings);
        }
        settings.put("area_cm2", area);
        settings.put("area_source", o.areaCm2().isPresent() ? "option" : density ? "file (current density)" : "file");

        double ru = effectiveRu(o.ruOhm(), md, warnings);
        settings.put("ru_ohm", ru);
        settings.put("ir_corrected", ru != 0);

        Sweeps.Sweep sweep = Sweeps.select(m, o.cycle(), o.direction());
        settings.put("cycle", sweep.cycle());
        settings.put("direction", sweep.direction().label());
        Raw raw = correct(m, sweep, ru, scale, density, area);

        if (o.averageSweeps()) {
            raw = averaged(m, sweep, raw, ru, scale, density, area, warnings);
        }
        settings.put("average_sweeps", o.averageSweeps());

        if (o.background().isPresent()) {
            Measurement b = o.background().get();
            raw = subtractBackground(raw, b, sweep, scale, ru, density, area, warnings);
            settings.put("background", b.metadata().sourceFile().orElse("given"));
        } else {
            settings.put("background", "none");
        }

        double[] j = new double[raw.e().length];
        double[] jb = new double[raw.e().length];
        // A -> mA cm^-2; a density file was turned into A with the same area, so this restores its values
        double toDensity = 1e3 / area;
        for (int k = 0; k < j.length; k++) {
            j[k] = raw.i()[k] * toDensity;
            jb[k] = raw.bg()[k] * toDensity;
        }

        double step = o.resampleStepV().orElse(Resampling.medianStep(m.require(Role.POTENTIAL).toArray(sweep.start(), sweep.end())));
        Resampling.Series s = Resampling.uniform(raw.e(), j, step);
        Resampling.Series sb = Resampling.uniform(raw.e(), jb, step);
        settings.put("resample_step_V", step);
        double[] y = s.y();
        if (o.smoothingWindow() > 0) {
            SavitzkyGolay sg = new SavitzkyGolay(o.smoothingWindow(), o.smoothingOrder());
            y = sg.smooth(y);
            settings.put("smoothing", "Savitzky-Golay window " + sg.window() + " points, order " + sg.order());
        } else {
            settings.put("smoothing", "none");
        }
        if (s.x().length < 5) {
            throw NernstException.analysis("the selected sweep has only " + s.x().length + " distinct potentials");
        }
        return new CorrectedCurve(s.x(), y, sb.y(), scale, area, sweep.direction(), settings, warnings);
    }

    private static void requireCurrent(Measurement m) {
        if (m.channel(Role.CURRENT).isEmpty()) {
            throw NernstException.analysis("no current column: the file has " + m.describeChannels());
        }
    }

    /** Ru to apply: the option, except when it equals what the instrument already compensated (never twice). */
    static double effectiveRu(OptionalDouble option, Metadata md, List<Diagnostic> warnings) {
        double comp = md.compensatedResistanceOhm().orElse(0);
        double ru = option.orElse(0);
        if (ru < 0 || Double.isNaN(ru)) {
            throw NernstException.usage("--ru must be >= 0 Ohm (got " + ru + ")");
        }
        if (comp > 0 && ru > 0 && Math.abs(ru - comp) <= 0.01 * comp) {
            warnings.add(Diagnostic.warning("the instrument already compensated " + comp + " Ohm (file header): --ru "
                    + ru + " Ohm not applied again"));
            return 0;
        }
        if (comp > 0 && ru > 0) {
            warnings.add(Diagnostic.warning("the instrument already compensated " + comp + " Ohm (file header): --ru "
                    + ru + " Ohm is applied as the remaining uncompensated resistance only"));
        } else if (comp > 0) {
            warnings.add(Diagnostic.warning("the instrument compensated " + comp + " Ohm during the measurement; no further iR correction"));
        }
        return ru;
    }

    /** iR correction with the sweep's own raw current (E - I Ru, cli.md), then the potential scale. */
    private static Raw correct(Measurement m, Sweeps.Sweep s, double ru, PotentialScale scale, boolean density, double area) {
        Channel ec = m.require(Role.POTENTIAL);
        Channel ic = m.channel(density ? Role.CURRENT_DENSITY : Role.CURRENT).orElseThrow();
        int n = s.rows();
        double[] e = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            // a density file stores A/cm²; I = j * area recovers the current the iR drop is made of
            double current = density ? ic.get(s.start() + k) * area : ic.get(s.start() + k);
            e[k] = scale.convert(ec.get(s.start() + k) - current * ru);
            i[k] = current;
        }
        return new Raw(e, i);
    }

    /**
     * Capacitive correction: the double-layer charging current has opposite signs in the two sweep directions
     * and (nearly) equal size, so the mean of both sweeps at the same potential cancels it.
     */
    private static Raw averaged(Measurement m, Sweeps.Sweep sweep, Raw raw, double ru, PotentialScale scale, boolean density,
            double area, List<Diagnostic> warnings) {
        Optional<Sweeps.Sweep> other = Sweeps.split(m).stream()
                .filter(s -> s.cycle() == sweep.cycle() && s.direction() != sweep.direction())
                .max((a, b) -> Integer.compare(a.rows(), b.rows()));
        if (other.isEmpty()) {
            throw NernstException.analysis("sweep averaging needs a CV: cycle " + sweep.cycle() + " has no "
                    + (sweep.direction() == SweepDirection.POSITIVE ? "negative" : "positive") + "-going sweep");
        }
        Raw r = correct(m, other.get(), ru, scale, density, area);
        Resampling.Series rs = Resampling.sorted(r.e(), r.i());
        List<double[]> kept = overlap(raw, rs, warnings, "reverse sweep");
        double[] e = kept.get(0);
        double[] i = kept.get(1);
        for (int k = 0; k < e.length; k++) {
            i[k] = 0.5 * (i[k] + Resampling.interpolate(rs.x(), rs.y(), e[k]));
        }
        return new Raw(e, i);
    }

    private static Raw subtractBackground(Raw raw, Measurement b, Sweeps.Sweep sweep, PotentialScale scale, double ru,
            boolean density, double area, List<Diagnostic> warnings) {
        if (b.channel(Role.CURRENT).isEmpty() && !(density && b.channel(Role.CURRENT_DENSITY).isPresent())) {
            throw NernstException.analysis("the background file has no current column: " + b.describeChannels());
        }
        boolean bDensity = b.channel(Role.CURRENT).isEmpty();
        Sweeps.Sweep bs = Sweeps.select(b, java.util.OptionalInt.empty(), Optional.of(sweep.direction()));
        // the background's own raw current makes its own iR drop (cli.md order: iR before subtraction)
        Raw br = correct(b, bs, ru, scale, bDensity, area);
        Resampling.Series s = Resampling.sorted(br.e(), br.i());
        List<double[]> kept = overlap(raw, s, warnings, "background");
        double[] e = kept.get(0);
        double[] i = kept.get(1);
        double[] bg = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            bg[k] = Resampling.interpolate(s.x(), s.y(), e[k]);
            i[k] -= bg[k];
        }
        return new Raw(e, i, bg);
    }

    /** The points of {@code raw} inside the potential range of {@code other} (no extrapolation). */
    private static List<double[]> overlap(Raw raw, Resampling.Series other, List<Diagnostic> warnings, String what) {
        double lo = other.x()[0];
        double hi = other.x()[other.x().length - 1];
        int n = 0;
        for (double v : raw.e()) {
            if (v >= lo && v <= hi) {
                n++;
            }
        }
        if (n < 5) {
            throw NernstException.analysis("the " + what + " does not cover the potentials of the sweep (" + lo + " to " + hi + " V)");
        }
        if (n < raw.e().length) {
            warnings.add(Diagnostic.warning((raw.e().length - n) + " points outside the " + what + "'s potential range ("
                    + String.format(java.util.Locale.ROOT, "%.3f to %.3f V", lo, hi) + ") dropped"));
        }
        double[] e = new double[n];
        double[] i = new double[n];
        int k = 0;
        for (int r = 0; r < raw.e().length; r++) {
            if (raw.e()[r] >= lo && raw.e()[r] <= hi) {
                e[k] = raw.e()[r];
                i[k++] = raw.i()[r];
            }
        }
        return List.of(e, i);
    }
}
