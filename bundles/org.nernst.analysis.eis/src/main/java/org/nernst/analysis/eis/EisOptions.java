package org.nernst.analysis.eis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every setting of an EIS fit, with defaults.
 *
 * @param circuit       circuit string (impedance.py notation)
 * @param weighting     residual weighting (default MODULUS: spectra span decades of |Z|)
 * @param kk            run the Lin-KK test too
 * @param rct           parameter to report as rct_ohm instead of cli.md's rule
 * @param fixed         parameters held at a value
 * @param initial       user starting values (optional: the fit guesses from the spectrum)
 * @param dropInductive remove points with Im Z > 0 (inductive cable/lead artefacts) before fitting
 * @param restarts      seeded restarts besides the guess from the spectrum
 * @param seed          seed of the restarts (same seed, same result)
 * @param fMin          ignore points below this frequency (Hz)
 * @param fMax          ignore points above this frequency (Hz)
 * @param kkMuCutoff    Lin-KK mu cut-off
 * @param kkLimitPct    Lin-KK verdict: valid when every residual is within this % of |Z|
 */
public record EisOptions(String circuit, Weighting weighting, boolean kk, Optional<String> rct, Map<String, Double> fixed,
        Map<String, Double> initial, boolean dropInductive, int restarts, long seed, OptionalDouble fMin, OptionalDouble fMax,
        double kkMuCutoff, double kkLimitPct) {

    public static final String DEFAULT_CIRCUIT = "R0-p(R1,CPE1)";

    public EisOptions {
        fixed = Map.copyOf(fixed);
        initial = Map.copyOf(initial);
        if (restarts < 0) {
            throw new IllegalArgumentException("restarts must be >= 0");
        }
    }

    public static EisOptions defaults() {
        return new EisOptions(DEFAULT_CIRCUIT, Weighting.MODULUS, false, Optional.empty(), Map.of(), Map.of(), false, 8, 1,
                OptionalDouble.empty(), OptionalDouble.empty(), 0.85, 1.0);
    }

    public EisOptions withCircuit(String c) {
        return new EisOptions(c, weighting, kk, rct, fixed, initial, dropInductive, restarts, seed, fMin, fMax, kkMuCutoff, kkLimitPct);
    }

    public EisOptions withWeighting(Weighting w) {
        return new EisOptions(circuit, w, kk, rct, fixed, initial, dropInductive, restarts, seed, fMin, fMax, kkMuCutoff, kkLimitPct);
    }

    public EisOptions withKk(boolean k) {
        return new EisOptions(circuit, weighting, k, rct, fixed, initial, dropInductive, restarts, seed, fMin, fMax, kkMuCutoff, kkLimitPct);
    }

    public EisOptions withRct(String name) {
        return new EisOptions(circuit, weighting, kk, Optional.of(name), fixed, initial, dropInductive, restarts, seed, fMin, fMax,
                kkMuCutoff, kkLimitPct);
    }

    public EisOptions withFixed(Map<String, Double> f) {
        return new EisOptions(circuit, weighting, kk, rct, f, initial, dropInductive, restarts, seed, fMin, fMax, kkMuCutoff, kkLimitPct);
    }

    public EisOptions withInitial(Map<String, Double> i) {
        return new EisOptions(circuit, weighting, kk, rct, fixed, i, dropInductive, restarts, seed, fMin, fMax, kkMuCutoff, kkLimitPct);
    }

    public EisOptions withDropInductive(boolean d) {
        return new EisOptions(circuit, weighting, kk, rct, fixed, initial, d, restarts, seed, fMin, fMax, kkMuCutoff, kkLimitPct);
    }

    public EisOptions withRestarts(int r, long s) {
        return new EisOptions(circuit, weighting, kk, rct, fixed, initial, dropInductive, r, s, fMin, fMax, kkMuCutoff, kkLimitPct);
    }

    public EisOptions withFrequencyRange(OptionalDouble lo, OptionalDouble hi) {
        return new EisOptions(circuit, weighting, kk, rct, fixed, initial, dropInductive, restarts, seed, lo, hi, kkMuCutoff, kkLimitPct);
    }

    /** The settings as they go into the result's "settings". */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("circuit", circuit);
        m.put("weighting", weighting.id());
        m.put("kk", kk);
        rct.ifPresent(r -> m.put("rct", r));
        if (!fixed.isEmpty()) {
            m.put("fixed", new LinkedHashMap<>(fixed));
        }
        if (!initial.isEmpty()) {
            m.put("initial", new LinkedHashMap<>(initial));
        }
        m.put("drop_inductive", dropInductive);
        m.put("restarts", restarts);
        m.put("seed", seed);
        fMin.ifPresent(v -> m.put("f_min_Hz", v));
        fMax.ifPresent(v -> m.put("f_max_Hz", v));
        if (kk) {
            m.put("kk_mu_cutoff", kkMuCutoff);
            m.put("kk_limit_pct", kkLimitPct);
        }
        return m;
    }
}
