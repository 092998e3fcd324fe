package org.nernst.analysis.lsv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.analysis.lsv.LsvOptions.Window;
import org.nernst.analysis.lsv.corrections.CorrectedCurve;
import org.nernst.analysis.lsv.corrections.Corrections;
import org.nernst.analysis.lsv.internal.CurveMath;
import org.nernst.analysis.lsv.internal.CurveMath.Crossing;
import org.nernst.analysis.lsv.internal.TafelFit;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * ORR, OER and HER metrics from one voltammogram, with the definitions of cli.md. A pure function: the
 * measurement and options in, a {@link LsvResult} out, or a {@link NernstException} (analysis: exit 4) when the
 * curve cannot give the main number (no current, threshold never reached, no reduction current).
 */
public final class LsvAnalyzer {
    private LsvAnalyzer() {
    }

    public static LsvResult analyze(Measurement m, LsvOptions o) {
        CorrectedCurve c = Corrections.apply(m, o.corrections());
        return analyze(c, o);
    }

    /** The metrics of an already corrected curve (e.g. one the RDE analysis corrected itself). */
    public static LsvResult analyze(CorrectedCurve c, LsvOptions o) {
        List<String> warnings = new ArrayList<>(c.warningMessages());
        Map<String, Object> settings = new LinkedHashMap<>();
        Reaction r = o.reaction();
        int s = r.currentSign();
        boolean rhe = c.rheKnown();
        double[] e = c.potentialV();
        double[] j = c.currentDensityMaCm2();
        settings.put("reaction", r.id());
        settings.putAll(c.settings());
        settings.put("onset_threshold_mA_cm2", o.onsetThresholdMaCm2());
        settings.put("onset_method", o.onsetMethod().name().toLowerCase(Locale.ROOT));

        OptionalDouble onset = onset(e, j, s, o, warnings);
        Builder b = new Builder();
        b.onset = onset;
        double[] jk = null;
        if (r == Reaction.ORR) {
            jk = orr(e, j, o, settings, warnings, b);
        } else {
            evolution(e, j, r, rhe, o, warnings, b);
        }

        double[] tafelJ = jk != null ? jk : j;
        tafel(e, j, tafelJ, r, rhe, o, settings, warnings, b);
        if (r == Reaction.ORR && rhe) {
            activity(e, j, c, o, settings, warnings, b);
        } else if (r == Reaction.ORR && (o.loadingMgCm2().isPresent() || o.ecsaCm2().isPresent())) {
            warnings.add("mass/specific activity needs the RHE scale (activity potential " + o.activityPotentialV() + " V vs RHE)");
        }
        Measurement curves = LsvCurves.of(c, jk, b.fit, b.region, tafelJ);
        return new LsvResult(r, rhe, rhe ? "RHE" : c.scale().axisLabel(), b.onset, b.half, b.jl, b.plateau, b.plateauPct,
                b.eAt10, b.eta10, b.eAtJ, b.slope, b.region, b.r2, b.decades, b.j0, b.jkAct, b.mass, b.specific,
                settings, warnings, curves);
    }

    /** Mutable collector of the optional numbers (local to one analysis). */
    private static final class Builder {
        OptionalDouble onset = OptionalDouble.empty();
        OptionalDouble half = OptionalDouble.empty();
        OptionalDouble jl = OptionalDouble.empty();
        Optional<Window> plateau = Optional.empty();
        OptionalDouble plateauPct = OptionalDouble.empty();
        OptionalDouble eAt10 = OptionalDouble.empty();
        OptionalDouble eta10 = OptionalDouble.empty();
        Map<Double, Double> eAtJ = new LinkedHashMap<>();
        OptionalDouble slope = OptionalDouble.empty();
        Optional<Window> region = Optional.empty();
        OptionalDouble r2 = OptionalDouble.empty();
        OptionalDouble decades = OptionalDouble.empty();
        OptionalDouble j0 = OptionalDouble.empty();
        OptionalDouble jkAct = OptionalDouble.empty();
        OptionalDouble mass = OptionalDouble.empty();
        OptionalDouble specific = OptionalDouble.empty();
        Optional<TafelFit.Fit> fit = Optional.empty();
        double[] tafelE;
        double[] tafelLog;
    }

    private static OptionalDouble onset(double[] e, double[] j, int s, LsvOptions o, List<String> warnings) {
        double thr = o.onsetThresholdMaCm2();
        Crossing x = CurveMath.stayAbove(e, j, s, thr);
        if (x.state() == Crossing.State.NEVER_REACHED) {
            throw NernstException.analysis(String.format(Locale.ROOT,
                    "the current density never exceeds the onset threshold of %g mA cm^-2 toward the %s end of the sweep "
                            + "(%.3f to %.3f V): no %s activity to analyse", thr, s < 0 ? "negative" : "positive", e[0],
                    e[e.length - 1], o.reaction().name()));
        }
        if (o.onsetMethod() == LsvOptions.OnsetMethod.TANGENT) {
            OptionalDouble t = CurveMath.tangentOnset(e, j, s);
            if (t.isEmpty()) {
                warnings.add("tangent onset undefined (too few points)");
            }
            return t;
        }
        if (x.state() == Crossing.State.ABOVE_EVERYWHERE) {
            warnings.add("|j| exceeds the onset threshold over the whole sweep: onset lies beyond the sweep, not reported");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(x.potentialV());
    }

    /** ORR: plateau, jL, E1/2, and the mass-transport-corrected kinetic current (NaN outside the kinetic region). */
    private static double[] orr(double[] e, double[] j, LsvOptions o, Map<String, Object> settings, List<String> warnings,
            Builder b) {
        Window w = o.plateauWindow().orElse(new Window(e[0], e[0] + o.plateauWidthV()));
        CurveMath.Plateau p = CurveMath.plateau(e, j, w.lo(), w.hi());
        if (p.points() < 3) {
            throw NernstException.analysis("the plateau window " + w.lo() + " to " + w.hi() + " V holds fewer than 3 points");
        }
        if (!(p.mean() < -o.onsetThresholdMaCm2())) {
            throw NernstException.analysis(String.format(Locale.ROOT,
                    "no limiting current: the mean current density over the plateau window (%.3f to %.3f V) is %.4g mA cm^-2, not a reduction current",
                    w.lo(), w.hi(), p.mean()));
        }
        settings.put("plateau_width_V", w.hi() - w.lo());
        b.jl = OptionalDouble.of(p.mean());
        b.plateau = Optional.of(w);
        b.plateauPct = OptionalDouble.of(100 * p.relativeChange());
        boolean plateau = p.relativeChange() <= 0.25;
        if (!plateau) {
            warnings.add(String.format(Locale.ROOT, "no plateau: the current changes by %.0f %% over the plateau window; "
                    + "E1/2 undefined and the Tafel analysis uses the measured current without mass-transport correction",
                    100 * p.relativeChange()));
            return null;
        }
        if (p.relativeChange() > 0.05) {
            warnings.add(String.format(Locale.ROOT, "the plateau slopes by %.1f %% over the plateau window", 100 * p.relativeChange()));
        }
        b.half = CurveMath.mostPositiveCrossing(e, j, p.mean() / 2);
        if (b.half.isEmpty()) {
            warnings.add("the current is beyond j_limit/2 over the whole sweep: E1/2 undefined");
        }
        double jl = p.mean();
        double[] jk = new double[e.length];
        settings.put("kinetic_fraction", o.kineticFraction());
        for (int k = 0; k < e.length; k++) {
            // Koutecký–Levich: 1/j = 1/jk + 1/jL, so jk = j jL / (jL - j) (Bard & Faulkner, 2nd ed., eq. 9.3.30)
            boolean kinetic = j[k] < 0 && Math.abs(j[k]) <= o.kineticFraction() * Math.abs(jl);
            jk[k] = kinetic ? j[k] * jl / (jl - j[k]) : Double.NaN;
        }
        return jk;
    }

    private static void evolution(double[] e, double[] j, Reaction r, boolean rhe, LsvOptions o, List<String> warnings,
            Builder b) {
        int s = r.currentSign();
        List<Double> targets = new ArrayList<>();
        targets.add(10.0);
        targets.addAll(o.currentDensitiesMaCm2());
        for (double t : targets) {
            Crossing x = CurveMath.stayAbove(e, j, s, Math.abs(t));
            String what = String.format(Locale.ROOT, "%s%g mA cm^-2", s > 0 ? "" : "-", Math.abs(t));
            if (x.state() != Crossing.State.FOUND) {
                warnings.add(x.state() == Crossing.State.NEVER_REACHED
                        ? "the sweep never reaches " + what + ": E there undefined"
                        : "|j| exceeds " + Math.abs(t) + " mA cm^-2 over the whole sweep: E there lies beyond the sweep");
                continue;
            }
            if (t == 10.0 && b.eAt10.isEmpty()) {
                b.eAt10 = OptionalDouble.of(x.potentialV());
            } else {
                b.eAtJ.put(s * Math.abs(t), x.potentialV());
            }
        }
        if (b.eAt10.isPresent() && rhe) {
            b.eta10 = OptionalDouble.of(Math.abs(b.eAt10.getAsDouble() - r.equilibriumV()));
        } else if (b.eAt10.isPresent()) {
            warnings.add("eta10 needs the RHE scale (E_eq = " + r.equilibriumV() + " V vs RHE): pass --ref and --ph, --ref rhe or --rhe-offset");
        }
    }

    private static void tafel(double[] e, double[] j, double[] tj, Reaction r, boolean rhe, LsvOptions o,
            Map<String, Object> settings, List<String> warnings, Builder b) {
        int s = r.currentSign();
        List<Integer> idx = new ArrayList<>();
        for (int k = 0; k < e.length; k++) {
            double ek = e[k];
            boolean reacting = s * tj[k] > 0 && !Double.isNaN(tj[k]);
            boolean beyondEq = !rhe || s * (ek - r.equilibriumV()) > 0;
            boolean inRange = o.tafelRange().map(w -> w.contains(ek)).orElse(true);
            if (reacting && beyondEq && inRange) {
                idx.add(k);
            }
        }
        settings.put("tafel_min_decades", o.minTafelDecades());
        o.tafelRange().ifPresent(w -> settings.put("tafel_range_V", List.of(w.lo(), w.hi())));
        if (idx.size() < 3) {
            String msg = "too few points (" + idx.size() + ") in the Tafel region" + (o.tafelRange().isPresent() ? " --tafel-range" : "");
            if (o.tafelRange().isPresent()) {
                throw NernstException.analysis(msg);
            }
            warnings.add(msg + ": no Tafel slope");
            return;
        }
        double[] te = new double[idx.size()];
        double[] tl = new double[idx.size()];
        for (int k = 0; k < te.length; k++) {
            te[k] = e[idx.get(k)];
            tl[k] = Math.log10(Math.abs(tj[idx.get(k)]));
        }
        Optional<TafelFit.Fit> fit = o.tafelRange().isPresent() ? Optional.of(TafelFit.fit(tl, te, 0, te.length))
                : TafelFit.mostLinear(tl, te, o.minTafelDecades(), 8);
        if (fit.isEmpty()) {
            fit = Optional.of(TafelFit.fit(tl, te, 0, te.length));
        }
        TafelFit.Fit f = fit.get();
        if (f.decades() < o.minTafelDecades()) {
            warnings.add(String.format(Locale.ROOT, "Tafel window only %.2f decades", f.decades()));
        }
        b.fit = fit;
        b.tafelE = te;
        b.tafelLog = tl;
        b.slope = OptionalDouble.of(Math.abs(f.slope()) * 1000);
        b.region = Optional.of(new Window(Math.min(te[f.from()], te[f.to() - 1]), Math.max(te[f.from()], te[f.to() - 1])));
        b.r2 = OptionalDouble.of(f.r2());
        b.decades = OptionalDouble.of(f.decades());
        if (r != Reaction.ORR && rhe) {
            // extrapolating E = a + b log10|j| to E_eq gives the exchange current density
            b.j0 = OptionalDouble.of(Math.pow(10, (r.equilibriumV() - f.intercept()) / f.slope()));
        }
    }

    private static void activity(double[] e, double[] j, CorrectedCurve c, LsvOptions o, Map<String, Object> settings,
            List<String> warnings, Builder b) {
        double ea = o.activityPotentialV();
        settings.put("activity_potential_V_RHE", ea);
        o.loadingMgCm2().ifPresent(v -> settings.put("loading_mg_cm2", v));
        o.ecsaCm2().ifPresent(v -> settings.put("ecsa_cm2", v));
        if (b.jl.isEmpty() || b.half.isEmpty()) {
            return;
        }
        double jl = b.jl.getAsDouble();
        double ja = CurveMath.at(e, j, ea);
        if (Double.isNaN(ja) || !(ja < 0)) {
            warnings.add("no reduction current at " + ea + " V vs RHE: kinetic current there undefined");
            return;
        }
        if (Math.abs(ja) > o.kineticFraction() * Math.abs(jl)) {
            warnings.add("at " + ea + " V vs RHE |j| exceeds " + o.kineticFraction() + " |jL|: the kinetic current is unreliable");
        }
        double jk = ja * jl / (jl - ja);
        b.jkAct = OptionalDouble.of(jk);
        // mA cm^-2 / mg cm^-2 = mA mg^-1 = A g^-1
        o.loadingMgCm2().ifPresent(l -> b.mass = OptionalDouble.of(Math.abs(jk) / l));
        o.ecsaCm2().ifPresent(a -> b.specific = OptionalDouble.of(Math.abs(jk) * c.areaCm2() / a));
    }
}
