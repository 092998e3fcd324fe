package org.nernst.analysis.eis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.nernst.analysis.eis.internal.Canonical;
import org.nernst.analysis.eis.internal.Fitter;
import org.nernst.analysis.eis.internal.InitialGuess;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * Equivalent-circuit fit of one impedance spectrum, without a user guess: starting values come
 * from the spectrum ({@link InitialGuess}), then Levenberg-Marquardt runs from that guess, from the
 * other assignments of arcs to parallel blocks, and from a few seeded random perturbations of the
 * best point so far; the lowest chi² wins. Pure function of (spectrum, options).
 */
public final class EisAnalyzer {
    private static final int MAX_EVALUATIONS = 600;

    private EisAnalyzer() {
    }

    public static EisResult analyze(Measurement m, EisOptions o) {
        return analyze(Spectrum.of(m), o);
    }

    public static EisResult analyze(Spectrum s, EisOptions o) {
        return analyze(s, o, Optional.empty());
    }

    /** With {@code seed}: a previous result's values to start from first (series of spectra). */
    static EisResult analyze(Spectrum raw, EisOptions o, Optional<double[]> seed) {
        Circuit c = Circuit.parse(o.circuit());
        List<String> warnings = new ArrayList<>();
        double[] fixed = parameterValues(c, o.fixed(), "--fix");
        double[] initial = parameterValues(c, o.initial(), "--initial");
        Optional<String> rctName = rctName(c, o, warnings);
        Spectrum s = prepare(raw, o, warnings);
        int n = s.size();
        int free = (int) Arrays.stream(fixed).filter(Double::isNaN).count();
        if (2 * n <= free) {
            throw NernstException.analysis("the spectrum has " + n + " usable points, too few for " + free + " free parameters");
        }
        double[] f = s.freq();
        double[] re = s.re();
        double[] im = s.im();
        double[][] w = weights(re, im, o.weighting(), warnings);
        boolean[] logit = new boolean[c.parameterCount()];
        for (Circuit.Parameter p : c.parameters()) {
            logit[p.index()] = p.range().upper() == 1;
        }
        Fitter fitter = new Fitter(c.root(), c.parameterCount(), logit, fixed, f, re, im, w[0], w[1]);

        // runs stop once chi² is as low as a flexible relaxation-time model's (the data's own noise
        // level): further starts could not do better than the data allow
        Sorted sorted = Sorted.of(f, re, im);
        InitialGuess guess = new InitialGuess(sorted.f, sorted.re, sorted.im);
        double good = 1.5 * referenceChi2(guess, sorted, o.weighting());
        List<double[]> starts = new ArrayList<>();
        int variants = Math.max(1, Math.min(3, InitialGuess.arcConsumers(c.root())));
        for (int v = 0; v < variants; v++) {
            starts.add(overlay(guess.guess(c.root(), c.parameterCount(), v), initial, fixed));
        }
        guess.guessFastestAsSeries(c.root(), c.parameterCount()).ifPresent(g -> starts.add(overlay(g, initial, fixed)));
        Fitter.Run best = null;
        int runs = 0;
        // a previous spectrum's result (a series) runs first when it starts closer (lower chi²) than
        // this spectrum's own guess; if it is not good enough, the search below runs exactly as
        // without it, so an unrelated previous spectrum can cost time but never the result
        if (seed.isPresent()) {
            double[] st = overlay(seed.get(), initial, fixed);
            if (fitter.chi2(st) < fitter.chi2(starts.get(0))) {
                best = fitter.run(st, MAX_EVALUATIONS);
                runs++;
            }
        }
        if (best == null || !acceptable(best, good, starts.get(0), logit)) {
            Search found = search(fitter, starts, o, good, logit, fixed);
            best = better(best, found.best());
            runs += found.runs();
        }
        if (best.chi2() == Double.POSITIVE_INFINITY) {
            throw NernstException.analysis("the fit of " + c.text() + " did not converge from any of " + runs
                    + " starting points; try --initial NAME=VALUE,... or a simpler circuit");
        }
        return result(c, o, s, fitter, best, fixed, rctName, warnings, runs);
    }

    private record Search(Fitter.Run best, int runs) {
    }

    /** The spectrum's guesses in turn, then seeded restarts, until a run is acceptable. */
    private static Search search(Fitter fitter, List<double[]> starts, EisOptions o, double good, boolean[] logit, double[] fixed) {
        double[] home = starts.get(0);
        SplittableRandom rnd = new SplittableRandom(o.seed());
        Fitter.Run best = null;
        int runs = 0;
        for (int k = 0; k < starts.size() + o.restarts(); k++) {
            double[] st;
            if (k < starts.size()) {
                st = starts.get(k);
            } else {
                // alternate between hopping from the best point and from the spectrum's guess, and
                // never hop from a value that ran off to a degenerate extreme (R -> 0, tau -> infinity)
                double[] base = k % 2 == 0 && best.chi2() < Double.POSITIVE_INFINITY ? best.p().clone() : home.clone();
                for (int i = 0; i < base.length; i++) {
                    if (!logit[i] && !(base[i] > 1e-9 * home[i] && base[i] < 1e9 * home[i])) {
                        base[i] = home[i];
                    } else if (logit[i] && !(base[i] > 0.3 && base[i] < 0.999)) {
                        base[i] = home[i];
                    }
                }
                st = perturb(base, logit, fixed, rnd);
            }
            best = better(best, fitter.run(st, MAX_EVALUATIONS));
            runs++;
            if (acceptable(best, good, home, logit)) {
                break;
            }
        }
        return new Search(best, runs);
    }

    /**
     * As good as the data allow, and no value run off to a degenerate extreme (R -> 0): such a
     * boundary local minimum can still pass the noise yardstick, so the search goes on from there.
     */
    private static boolean acceptable(Fitter.Run r, double good, double[] home, boolean[] logit) {
        return r.chi2() <= good && !collapsed(r.p(), home, logit);
    }

    private static EisResult result(Circuit c, EisOptions o, Spectrum s, Fitter fitter, Fitter.Run best, double[] fixed,
            Optional<String> rctName, List<String> warnings, int nStarts) {
        double[] p = Canonical.order(c.root(), best.p());
        int dof = 2 * s.size() - fitter.freeCount();
        double[] se = fitter.standardErrors(p, best.chi2());
        List<FittedParameter> params = new ArrayList<>();
        boolean singular = false;
        for (Circuit.Parameter cp : c.parameters()) {
            int i = cp.index();
            boolean isFixed = !Double.isNaN(fixed[i]);
            OptionalDouble e = isFixed || Double.isNaN(se[i]) ? OptionalDouble.empty() : OptionalDouble.of(se[i]);
            singular |= !isFixed && Double.isNaN(se[i]);
            params.add(new FittedParameter(cp.name(), p[i], e, cp.unit(), isFixed));
            if (cp.range().upper() == 1 && p[i] > 0.999 && !isFixed) {
                warnings.add(cp.name() + " = " + fmt(p[i]) + ": the constant-phase element behaves as an ideal capacitor");
            }
            if (e.isPresent() && e.getAsDouble() > p[i]) {
                warnings.add(cp.name() + " is poorly determined by the data (stderr " + fmt(100 * e.getAsDouble() / p[i])
                        + " % of its value)");
            }
        }
        if (singular) {
            warnings.add("some standard errors are unavailable: the data do not determine those parameters independently");
        }
        OptionalDouble rct = OptionalDouble.empty();
        OptionalDouble rctSe = OptionalDouble.empty();
        if (rctName.isPresent()) {
            int i = c.indexOf(rctName.get()).getAsInt();
            rct = OptionalDouble.of(p[i]);
            rctSe = Double.isNaN(se[i]) ? OptionalDouble.empty() : OptionalDouble.of(se[i]);
        }
        OptionalDouble cdl = effectiveCapacitance(c, p);
        double[][] fit = c.impedance(p, s.freq());
        Optional<KkResult> kk = Optional.empty();
        if (o.kk()) {
            KkResult k = KramersKronig.test(s.freq(), s.re(), s.im(), o.kkMuCutoff(), o.kkLimitPct());
            if (!k.valid()) {
                warnings.add("Lin-KK: residuals up to " + fmt(k.residualsMaxPct()) + " % of |Z| exceed ±" + fmt(k.limitPct())
                        + " %: the spectrum is not Kramers-Kronig consistent (drift, non-linearity or noise), fitted values may be biased");
            }
            kk = Optional.of(k);
        }
        Map<String, Object> settings = o.toJson();
        return new EisResult(c.text(), params, rct, rctName, rctSe, cdl, best.chi2(), best.chi2() / dof, fitter.freeCount(), nStarts,
                kk, settings, warnings, s, fit[0], fit[1]);
    }

    /**
     * Effective double-layer capacitance of the Rct element's partner: C itself, or for a CPE the
     * Brug formula C_eff = Q^(1/alpha) (1/R_s + 1/R_ct)^((alpha-1)/alpha) (Brug et al.,
     * J. Electroanal. Chem. 176 (1984) 275), R_s the series resistance.
     */
    static OptionalDouble effectiveCapacitance(Circuit c, double[] p) {
        Optional<Circuit.ChargeTransfer> ct = c.chargeTransfer();
        if (ct.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (c.indexOf(ct.get().capacitor()).isPresent()) {
            return OptionalDouble.of(p[c.indexOf(ct.get().capacitor()).getAsInt()]);
        }
        double q = p[c.indexOf(ct.get().capacitor() + "_0").getAsInt()];
        double a = p[c.indexOf(ct.get().capacitor() + "_1").getAsInt()];
        double rct = p[c.indexOf(ct.get().resistor()).getAsInt()];
        double rs = c.seriesResistors().stream().mapToDouble(r -> p[c.indexOf(r).getAsInt()]).sum();
        if (rs <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.pow(q, 1 / a) * Math.pow(1 / rs + 1 / rct, (a - 1) / a));
    }

    private static Optional<String> rctName(Circuit c, EisOptions o, List<String> warnings) {
        if (o.rct().isPresent()) {
            String r = o.rct().get();
            boolean ok = c.parameters().stream().anyMatch(p -> p.name().equals(r) && p.type() == ElementType.R);
            if (!ok) {
                throw NernstException.usage("--rct " + r + " is not a resistor of " + c.text() + "; resistors: "
                        + String.join(", ", c.parameters().stream().filter(p -> p.type() == ElementType.R).map(Circuit.Parameter::name).toList()));
            }
            return Optional.of(r);
        }
        Optional<String> r = c.chargeTransfer().map(Circuit.ChargeTransfer::resistor);
        if (r.isEmpty()) {
            warnings.add("no resistor in parallel with a C or CPE in " + c.text() + ": rct_ohm not reported (name one with --rct)");
        }
        return r;
    }

    /** NaN where not given; usage errors for unknown names or values outside the valid range. */
    private static double[] parameterValues(Circuit c, Map<String, Double> given, String option) {
        double[] v = new double[c.parameterCount()];
        Arrays.fill(v, Double.NaN);
        for (Map.Entry<String, Double> e : given.entrySet()) {
            Circuit.Parameter p = c.parameters().stream().filter(x -> x.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> NernstException.usage("unknown parameter '" + e.getKey() + "' in " + option + "; "
                            + c.text() + " has " + String.join(", ", c.parameterNames())));
            if (!p.range().accepts(e.getValue())) {
                throw NernstException.usage(option + " " + e.getKey() + "=" + e.getValue() + " is outside its valid range ("
                        + p.range().describeRange() + ")");
            }
            v[p.index()] = e.getValue();
        }
        return v;
    }

    private static Spectrum prepare(Spectrum s, EisOptions o, List<String> warnings) {
        double[] f = s.freq();
        double[] re = s.re();
        double[] im = s.im();
        boolean[] keep = new boolean[f.length];
        int bad = 0;
        int inductive = 0;
        int cropped = 0;
        for (int i = 0; i < f.length; i++) {
            boolean finite = Double.isFinite(f[i]) && f[i] > 0 && Double.isFinite(re[i]) && Double.isFinite(im[i]);
            boolean inRange = finite && f[i] >= o.fMin().orElse(0) && f[i] <= o.fMax().orElse(Double.POSITIVE_INFINITY);
            boolean ind = inRange && o.dropInductive() && im[i] > 0;
            bad += finite ? 0 : 1;
            cropped += finite && !inRange ? 1 : 0;
            inductive += ind ? 1 : 0;
            keep[i] = inRange && !ind;
        }
        if (bad > 0) {
            warnings.add(bad + " points without a finite positive frequency and impedance were skipped");
        }
        if (cropped > 0) {
            warnings.add(cropped + " points outside the chosen frequency range were left out");
        }
        if (inductive > 0) {
            warnings.add(inductive + " inductive points (Im Z > 0) were removed");
        }
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[][] out = new double[3][n];
        for (int i = 0, j = 0; i < f.length; i++) {
            if (keep[i]) {
                out[0][j] = f[i];
                out[1][j] = re[i];
                out[2][j++] = im[i];
            }
        }
        return new Spectrum(out[0], out[1], out[2]);
    }

    /** Residual weights per cli.md: unit 1; modulus 1/|Z|; proportional 1/|Re Z| and 1/|Im Z|. */
    private static double[][] weights(double[] re, double[] im, Weighting wt, List<String> warnings) {
        int n = re.length;
        double[][] w = new double[2][n];
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            double mod = Math.hypot(re[i], im[i]);
            switch (wt) {
                case UNIT -> {
                    w[0][i] = 1;
                    w[1][i] = 1;
                }
                case MODULUS -> {
                    w[0][i] = 1 / mod;
                    w[1][i] = 1 / mod;
                }
                case PROPORTIONAL -> {
                    // a zero part has no proportional weight; |Z| stands in so the point still counts
                    zeros += (re[i] == 0 ? 1 : 0) + (im[i] == 0 ? 1 : 0);
                    w[0][i] = 1 / (re[i] == 0 ? mod : Math.abs(re[i]));
                    w[1][i] = 1 / (im[i] == 0 ? mod : Math.abs(im[i]));
                }
            }
        }
        if (zeros > 0) {
            warnings.add(zeros + " zero real/imaginary parts weighted by 1/|Z| instead (proportional weighting)");
        }
        return w;
    }

    /** The data in ascending frequency, as the guess reads them. */
    private record Sorted(double[] f, double[] re, double[] im) {
        static Sorted of(double[] f, double[] re, double[] im) {
            Integer[] idx = new Integer[f.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, Comparator.comparingDouble(i -> f[i]));
            double[][] a = new double[3][f.length];
            for (int k = 0; k < idx.length; k++) {
                a[0][k] = f[idx[k]];
                a[1][k] = re[idx[k]];
                a[2][k] = im[idx[k]];
            }
            return new Sorted(a[0], a[1], a[2]);
        }
    }

    private static double referenceChi2(InitialGuess g, Sorted s, Weighting wt) {
        double[][] z = g.referenceModel();
        double[][] w = weights(s.re, s.im, wt, new ArrayList<>());
        double chi2 = 0;
        for (int i = 0; i < s.f.length; i++) {
            double a = w[0][i] * (s.re[i] - z[0][i]);
            double b = w[1][i] * (s.im[i] - z[1][i]);
            chi2 += a * a + b * b;
        }
        return chi2;
    }

    private static double[] overlay(double[] guess, double[] initial, double[] fixed) {
        double[] p = guess.clone();
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(initial[i])) {
                p[i] = initial[i];
            }
            if (!Double.isNaN(fixed[i])) {
                p[i] = fixed[i];
            }
        }
        return p;
    }

    /** A random jump from base: a factor of about 5 for positive values, about ±0.15 for exponents. */
    private static double[] perturb(double[] base, boolean[] logit, double[] fixed, SplittableRandom r) {
        double[] p = base.clone();
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(fixed[i])) {
                continue;
            }
            if (logit[i]) {
                p[i] = Math.max(0.3, Math.min(0.99, p[i] + 0.15 * r.nextGaussian()));
            } else {
                p[i] = p[i] * Math.exp(0.7 * Math.log(10) * r.nextGaussian());
            }
        }
        return p;
    }

    private static boolean collapsed(double[] p, double[] home, boolean[] logit) {
        for (int i = 0; i < p.length; i++) {
            if (!logit[i] && p[i] < 1e-9 * home[i]) {
                return true;
            }
        }
        return false;
    }

    private static Fitter.Run better(Fitter.Run a, Fitter.Run b) {
        return a == null || b.chi2() < a.chi2() ? b : a;
    }

    private static String fmt(double x) {
        return String.format(java.util.Locale.ROOT, "%.3g", x);
    }
}
