package org.nernst.analysis.rde;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nernst.analysis.lsv.corrections.CorrectedCurve;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.Corrections;
import org.nernst.analysis.rde.internal.KlRegression;
import org.nernst.analysis.rde.internal.MixedRegion;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * Koutecky-Levich analysis of a rotation-rate series: at each potential, 1/|j| against omega^-1/2
 * (Bard and Faulkner, Electrochemical Methods, 2nd ed., Section 9.3); slope -> n through
 * B = 0.62 n F C0 D0^(2/3) nu^(-1/6), intercept -> j_k.
 */
public final class KlAnalyzer {
    /** Curves must share at least this fraction of the narrowest sweep's potential span. */
    static final double MIN_OVERLAP_FRACTION = 0.5;
    /** Electron numbers outside this range are not O2 reduction: C0/D0/nu, area or rpm are likely wrong. */
    static final double N_LOW = 1.5;
    static final double N_HIGH = 4.5;

    private KlAnalyzer() {
    }

    /**
     * Analyses a rotation-rate series of LSVs (or CVs): rotation rates resolved and checked first, then
     * every sweep corrected by the LSV corrections (sweep selection, iR, RHE, background, area; same
     * options for all), then {@link #analyzeCurves}.
     */
    public static KlResult analyze(List<Measurement> measurements, KlOptions options, CorrectionOptions corrections) {
        List<Diagnostic> warnings = new ArrayList<>();
        if (measurements.size() < RotationRates.MIN_RATES) {
            throw NernstException.analysis("a Koutecky-Levich analysis needs at least " + RotationRates.MIN_RATES
                    + " sweeps at distinct rotation rates; got " + measurements.size());
        }
        double[] rpm = RotationRates.resolve(measurements, options.rpm(), warnings);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            labels.add(RotationRates.label(measurements.get(i), i));
        }
        RotationRates.check(rpm, labels);
        List<RdeCurve> curves = new ArrayList<>();
        List<CorrectedCurve> corrected = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            CorrectedCurve c;
            try {
                c = Corrections.apply(measurements.get(i), corrections);
            } catch (NernstException e) {
                throw new NernstException(e.kind(), labels.get(i) + ": " + e.getMessage(), e.location());
            }
            corrected.add(c);
            double[] j = c.currentDensityMaCm2();
            for (int k = 0; k < j.length; k++) {
                j[k] *= 1e-3;
            }
            curves.add(new RdeCurve(labels.get(i), rpm[i], c.potentialV(), j));
        }
        warnings.addAll(correctionWarnings(corrected, labels));
        boolean rhe = corrected.get(0).rheKnown();
        for (int i = 1; i < corrected.size(); i++) {
            if (corrected.get(i).rheKnown() != rhe) {
                throw NernstException.analysis("the potential ranges do not match: " + labels.get(0) + " is on the "
                        + corrected.get(0).scale().axisLabel() + " scale, " + labels.get(i) + " on "
                        + corrected.get(i).scale().axisLabel() + "; give --ref and --ph (or --rhe-offset)");
            }
        }
        Map<String, Object> settings = mergedSettings(corrected);
        settings.put("rpm_source", options.rpm().isEmpty() ? "file metadata or name" : "given (--rpm)");
        return analyzeCurves(curves, options, rhe, settings, warnings);
    }

    /** Each distinct correction warning once: unprefixed when every file has it, else naming the files. */
    private static List<Diagnostic> correctionWarnings(List<CorrectedCurve> corrected, List<String> labels) {
        Map<String, List<String>> byMessage = new LinkedHashMap<>();
        for (int i = 0; i < corrected.size(); i++) {
            for (Diagnostic d : corrected.get(i).warnings()) {
                byMessage.computeIfAbsent(d.message(), k -> new ArrayList<>()).add(labels.get(i));
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        byMessage.forEach((msg, files) -> out.add(Diagnostic.warning(files.size() == corrected.size() ? msg
                : String.join(", ", files) + ": " + msg)));
        return out;
    }

    /** The corrections' settings; a setting that differs between files becomes a list in file order. */
    private static Map<String, Object> mergedSettings(List<CorrectedCurve> corrected) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : corrected.get(0).settings().keySet()) {
            List<Object> values = corrected.stream().map(c -> c.settings().get(key)).toList();
            boolean same = values.stream().allMatch(v -> java.util.Objects.equals(v, values.get(0)));
            out.put(key, same ? values.get(0) : new ArrayList<>(values));
        }
        return out;
    }

    /**
     * Analyses corrected curves (potential in V, current density in A cm^-2).
     *
     * @param rhe             whether the potentials are on the RHE scale (selects E_V_RHE or E_V in JSON)
     * @param inputSettings   settings that shaped the curves (references, iR, area, ...), copied into the result
     * @param earlier         warnings gathered while preparing the curves
     */
    public static KlResult analyzeCurves(List<RdeCurve> input, KlOptions options, boolean rhe,
            Map<String, Object> inputSettings, List<Diagnostic> earlier) {
        List<RdeCurve> curves = input.stream().sorted(Comparator.comparingDouble(RdeCurve::rpm)).toList();
        double[] rpm = curves.stream().mapToDouble(RdeCurve::rpm).toArray();
        RotationRates.check(rpm, curves.stream().map(RdeCurve::label).toList());
        List<Diagnostic> warnings = new ArrayList<>(earlier);
        double lo = curves.stream().mapToDouble(RdeCurve::minPotential).max().orElseThrow();
        double hi = curves.stream().mapToDouble(RdeCurve::maxPotential).min().orElseThrow();
        checkOverlap(curves, lo, hi);

        List<Double> potentials;
        if (options.at().isEmpty()) {
            potentials = MixedRegion.grid(curves, lo, hi, options.gridStepV(), options.smoothingWindowV(),
                    options.plateauWindowV(), options.mixedLow(), options.mixedHigh());
        } else {
            potentials = options.at();
            for (double e : potentials) {
                requireCovered(curves, e);
            }
        }

        List<KlPoint> points = new ArrayList<>();
        for (double e : potentials) {
            double[] j = new double[curves.size()];
            boolean usable = true;
            for (int k = 0; k < j.length; k++) {
                j[k] = 1000 * curves.get(k).currentDensityAt(e, options.smoothingWindowV());
                usable &= j[k] != 0 && Math.signum(j[k]) == Math.signum(j[0]) && Double.isFinite(j[k]);
            }
            if (!usable) {
                warnings.add(Diagnostic.warning(String.format(Locale.ROOT,
                        "%.3f V skipped: the currents at the rotation rates are zero or of both signs", e)));
                continue;
            }
            KlPoint p = KlRegression.fit(e, rpm, j, options.electrolyte());
            pointWarnings(p, options, warnings);
            points.add(p);
        }
        if (points.isEmpty()) {
            throw NernstException.analysis("no potential gave a usable Koutecky-Levich line");
        }
        parallelism(points, options.parallelTolerance(), warnings);

        double nMean = points.stream().mapToDouble(KlPoint::n).average().orElseThrow();
        double var = points.stream().mapToDouble(p -> (p.n() - nMean) * (p.n() - nMean)).sum();
        double nStd = points.size() > 1 ? Math.sqrt(var / (points.size() - 1)) : 0;

        Map<String, Object> settings = new LinkedHashMap<>();
        Electrolyte el = options.electrolyte();
        settings.put("electrolyte", el.name());
        settings.put("c0_mol_cm3", el.c0MolCm3());
        settings.put("d0_cm2_s", el.d0Cm2S());
        settings.put("nu_cm2_s", el.nuCm2S());
        settings.put("electrolyte_source", el.source());
        settings.put("b_per_electron_mA_cm2_s0.5", 1000 * Levich.bPerElectron(el));
        settings.put("potentials", options.at().isEmpty() ? "mixed-control grid" : "given (--at)");
        if (options.at().isEmpty()) {
            settings.put("grid_step_V", options.gridStepV());
            settings.put("mixed_control_fraction_of_j_limit", List.of(options.mixedLow(), options.mixedHigh()));
            settings.put("plateau_window_V", options.plateauWindowV());
        }
        settings.put("smoothing_half_window_V", options.smoothingWindowV());
        settings.put("common_range_V" + (rhe ? "_RHE" : ""), List.of(lo, hi));
        settings.put("kl_axes", Map.of("x", "omega^-1/2 in (rad s^-1)^-1/2", "y", "1/|j| in cm^2 mA^-1"));
        settings.putAll(inputSettings);
        return new KlResult(rhe, points, nMean, nStd, curves, settings, warnings);
    }

    private static void checkOverlap(List<RdeCurve> curves, double lo, double hi) {
        double narrowest = curves.stream().mapToDouble(c -> c.maxPotential() - c.minPotential()).min().orElseThrow();
        if (hi - lo < MIN_OVERLAP_FRACTION * narrowest || hi <= lo) {
            StringBuilder b = new StringBuilder("the potential ranges of the sweeps do not match (common range ")
                    .append(hi > lo ? String.format(Locale.ROOT, "%.3f to %.3f V", lo, hi) : "empty").append("): ");
            for (RdeCurve c : curves) {
                b.append(String.format(Locale.ROOT, "%s %.3f to %.3f V; ", c.label(), c.minPotential(), c.maxPotential()));
            }
            b.append("check that every file uses the same reference electrode and potential window");
            throw NernstException.analysis(b.toString());
        }
    }

    private static void requireCovered(List<RdeCurve> curves, double e) {
        for (RdeCurve c : curves) {
            if (e < c.minPotential() || e > c.maxPotential()) {
                throw NernstException.analysis(String.format(Locale.ROOT,
                        "%.3f V is outside the sweep of %s (%.3f to %.3f V)", e, c.label(), c.minPotential(), c.maxPotential()));
            }
        }
    }

    private static void pointWarnings(KlPoint p, KlOptions o, List<Diagnostic> warnings) {
        if (p.intercept() <= 0) {
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT, "K-L intercept at %.3f V is negative (%.4g cm2 mA-1):"
                    + " j_k undefined there (fully mass-transport-limited or inconsistent currents)", p.potentialV(),
                    p.intercept())));
        }
        if (p.jkMaCm2().isPresent() && p.jkStderrMaCm2().orElse(0) > 0.5 * Math.abs(p.jkMaCm2().getAsDouble())) {
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT, "j_k at %.3f V is poorly determined (%.4g +- %.2g"
                    + " mA cm-2): the current is close to mass-transport-limited there", p.potentialV(),
                    p.jkMaCm2().getAsDouble(), p.jkStderrMaCm2().getAsDouble())));
        }
        if (p.r2() < o.minR2()) {
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT, "K-L line at %.3f V is not straight (R2 = %.3f)",
                    p.potentialV(), p.r2())));
        }
        if (p.n() < N_LOW || p.n() > N_HIGH) {
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT, "n = %.2f at %.3f V is outside %.1f-%.1f:"
                    + " check the electrolyte constants, the electrode area and the rotation rates", p.n(),
                    p.potentialV(), N_LOW, N_HIGH)));
        }
    }

    /** K-L lines of one mechanism are parallel (same n); diverging slopes mean n changes with potential or artefacts. */
    private static void parallelism(List<KlPoint> points, double tolerance, List<Diagnostic> warnings) {
        if (points.size() < 2) {
            return;
        }
        double[] slopes = points.stream().mapToDouble(KlPoint::slope).sorted().toArray();
        int m = slopes.length;
        double median = m % 2 == 1 ? slopes[m / 2] : (slopes[m / 2 - 1] + slopes[m / 2]) / 2;
        List<String> off = new ArrayList<>();
        for (KlPoint p : points) {
            double dev = p.slope() / median - 1;
            if (Math.abs(dev) > tolerance) {
                off.add(String.format(Locale.ROOT, "%.3f V (%+.0f %%)", p.potentialV(), 100 * dev));
            }
        }
        if (!off.isEmpty()) {
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT, "K-L lines are not parallel: slope differs from"
                    + " the median by more than %.0f %% at %s; n varies with potential", 100 * tolerance,
                    String.join(", ", off))));
        }
    }
}
