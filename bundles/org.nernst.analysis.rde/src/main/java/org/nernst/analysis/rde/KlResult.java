package org.nernst.analysis.rde;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.analysis.rde.internal.KlRegression;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

/**
 * Koutecky-Levich result.
 *
 * @param rhe       potentials are vs RHE (JSON field E_V_RHE), else vs the recorded reference (E_V)
 * @param points    one regression per potential, in potential order as requested
 * @param nMean     mean electron number over the points
 * @param nStd      sample standard deviation of n over the points
 * @param sweeps    the corrected sweeps, ascending rpm
 * @param settings  everything that shaped the numbers
 * @param warnings  diagnostics for the user
 */
public record KlResult(boolean rhe, List<KlPoint> points, double nMean, double nStd, List<RdeCurve> sweeps,
        Map<String, Object> settings, List<Diagnostic> warnings) {

    public KlResult {
        points = List.copyOf(points);
        sweeps = List.copyOf(sweeps);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public List<Double> rpm() {
        return sweeps.stream().map(RdeCurve::rpm).toList();
    }

    private String potentialKey() {
        return rhe ? "E_V_RHE" : "E_V";
    }

    /** The JSON document of cli.md: points[{E_V_RHE, n, jk_mA_cm2, r2, ...}], n_mean, rpm, settings, warnings. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> pts = new ArrayList<>();
        for (KlPoint p : points) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(potentialKey(), p.potentialV());
            m.put("n", p.n());
            p.jkMaCm2().ifPresent(v -> m.put("jk_mA_cm2", v));
            m.put("r2", p.r2());
            m.put("n_stderr", p.nStderr());
            p.jkStderrMaCm2().ifPresent(v -> m.put("jk_stderr_mA_cm2", v));
            m.put("slope", p.slope());
            m.put("slope_stderr", p.slopeStderr());
            m.put("intercept", p.intercept());
            m.put("intercept_stderr", p.interceptStderr());
            m.put("j_mA_cm2", p.currentDensitiesMaCm2());
            pts.add(m);
        }
        out.put("points", pts);
        out.put("n_mean", nMean);
        out.put("n_std", nStd);
        out.put("rpm", rpm());
        out.put("files", sweeps.stream().map(RdeCurve::label).toList());
        out.put("settings", new LinkedHashMap<>(settings));
        out.put("warnings", warnings.stream().map(Diagnostic::message).toList());
        return out;
    }

    /**
     * The K-L lines and n(E) as one long table, a row per (potential, rotation rate): E, rpm,
     * omega^-1/2, measured and fitted 1/|j|, the residual, and n and j_k of that potential. One
     * STEP segment per potential, labelled with it, so each K-L line plots as a series.
     */
    public Measurement curves() {
        int rates = sweeps.size();
        int rows = points.size() * rates;
        double[] e = new double[rows];
        double[] rpmCol = new double[rows];
        double[] x = new double[rows];
        double[] y = new double[rows];
        double[] fit = new double[rows];
        double[] res = new double[rows];
        double[] n = new double[rows];
        double[] jk = new double[rows];
        double[] xs = KlRegression.inverseSqrtOmega(rpm().stream().mapToDouble(Double::doubleValue).toArray());
        List<Segment> segments = new ArrayList<>();
        int r = 0;
        for (int k = 0; k < points.size(); k++) {
            KlPoint p = points.get(k);
            segments.add(new Segment(Segment.Kind.STEP, k, r, r + rates, String.format(java.util.Locale.ROOT,
                    "K-L line at %.3f V%s", p.potentialV(), rhe ? " vs RHE" : "")));
            for (int i = 0; i < rates; i++, r++) {
                e[r] = p.potentialV();
                rpmCol[r] = sweeps.get(i).rpm();
                x[r] = xs[i];
                y[r] = 1.0 / Math.abs(p.currentDensitiesMaCm2().get(i));
                fit[r] = p.intercept() + p.slope() * xs[i];
                res[r] = y[r] - fit[r];
                n[r] = p.n();
                // j_k in canonical A/cm2; 0 where the intercept gave none
                jk[r] = p.jkMaCm2().orElse(0) / 1000;
            }
        }
        String scale = rhe ? "E vs RHE" : "E vs ref";
        List<Channel> ch = List.of(
                Channel.of(scale, Role.POTENTIAL, Quantity.POTENTIAL, e),
                Channel.of("rotation rate (rpm)", Role.OTHER, Quantity.ROTATION, rpmCol),
                Channel.of("omega^-1/2 ((rad/s)^-1/2)", Role.OTHER, Quantity.DIMENSIONLESS, x),
                Channel.of("1/|j| measured (cm2/mA)", Role.OTHER, Quantity.DIMENSIONLESS, y),
                Channel.of("1/|j| K-L fit (cm2/mA)", Role.OTHER, Quantity.DIMENSIONLESS, fit),
                Channel.of("residual (cm2/mA)", Role.OTHER, Quantity.DIMENSIONLESS, res),
                Channel.of("n", Role.OTHER, Quantity.DIMENSIONLESS, n),
                Channel.of("jk", Role.CURRENT_DENSITY, Quantity.CURRENT_DENSITY, jk));
        Metadata md = Metadata.builder().technique(Technique.LSV).vendorTechnique("Koutecky-Levich analysis")
                .put("electrolyte", String.valueOf(settings.get("electrolyte"))).build();
        return new Measurement(md, ch, segments);
    }

    /** The corrected sweeps on the common potential grid of the first (lowest-rpm) sweep: E and one j column per rpm. */
    public Measurement polarizationCurves() {
        RdeCurve base = sweeps.get(0);
        double lo = sweeps.stream().mapToDouble(RdeCurve::minPotential).max().orElseThrow();
        double hi = sweeps.stream().mapToDouble(RdeCurve::maxPotential).min().orElseThrow();
        double[] grid = java.util.Arrays.stream(base.potentialV()).filter(v -> v >= lo && v <= hi).toArray();
        List<Channel> ch = new ArrayList<>();
        ch.add(Channel.of(rhe ? "E vs RHE" : "E vs ref", Role.POTENTIAL, Quantity.POTENTIAL, grid));
        for (RdeCurve c : sweeps) {
            double[] j = new double[grid.length];
            for (int i = 0; i < grid.length; i++) {
                j[i] = org.nernst.analysis.rde.internal.Sampler.interpolate(c.potentialV(), c.currentDensityACm2(), grid[i]);
            }
            ch.add(Channel.of("j " + RotationRates.fmt(c.rpm()) + " rpm", Role.CURRENT_DENSITY, Quantity.CURRENT_DENSITY, j));
        }
        return new Measurement(Metadata.builder().technique(Technique.LSV).build(), ch);
    }
}
