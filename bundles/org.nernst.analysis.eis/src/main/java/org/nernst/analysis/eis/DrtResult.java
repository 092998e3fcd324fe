package org.nernst.analysis.eis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

/**
 * A distribution of relaxation times: gamma(tau) on a log grid (Ohm per unit ln tau), its peaks,
 * the series R_inf (and L when fitted), the regularisation parameter used, and the fit residuals.
 *
 * @param tauS        the output grid of tau (s), log-uniform
 * @param gammaOhm    gamma at those tau
 * @param rPolOhm     integral of gamma over ln tau: the polarisation resistance the DRT describes
 * @param data        the points inverted
 * @param fitReal     model Re Z at those points
 * @param fitImag     model Im Z at those points
 */
public record DrtResult(double[] tauS, double[] gammaOhm, List<DrtPeak> peaks, double rInfOhm, OptionalDouble inductanceH,
        double rPolOhm, double lambda, String lambdaSelection, Spectrum data, double[] fitReal, double[] fitImag,
        Map<String, Object> settings, List<String> warnings) {

    public DrtResult {
        tauS = tauS.clone();
        gammaOhm = gammaOhm.clone();
        peaks = List.copyOf(peaks);
        fitReal = fitReal.clone();
        fitImag = fitImag.clone();
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] tauS() {
        return tauS.clone();
    }

    @Override
    public double[] gammaOhm() {
        return gammaOhm.clone();
    }

    @Override
    public double[] fitReal() {
        return fitReal.clone();
    }

    @Override
    public double[] fitImag() {
        return fitImag.clone();
    }

    /** Residuals (data - model) of the real and imaginary parts in % of |Z|. */
    public double[][] residualsPct() {
        double[] re = data.re();
        double[] im = data.im();
        double[][] r = new double[2][re.length];
        for (int i = 0; i < re.length; i++) {
            double mod = Math.hypot(re[i], im[i]);
            r[0][i] = 100 * (re[i] - fitReal[i]) / mod;
            r[1][i] = 100 * (im[i] - fitImag[i]) / mod;
        }
        return r;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "tikhonov");
        m.put("lambda", lambda);
        m.put("lambda_selection", lambdaSelection);
        m.put("r_inf_ohm", rInfOhm);
        inductanceH.ifPresent(l -> m.put("l_H", l));
        m.put("r_pol_ohm", rPolOhm);
        m.put("n_peaks", peaks.size());
        m.put("peaks", peaks.stream().map(DrtPeak::toJson).toList());
        double[][] r = residualsPct();
        double ss = 0;
        double max = 0;
        for (double[] part : r) {
            for (double v : part) {
                ss += v * v;
                max = Math.max(max, Math.abs(v));
            }
        }
        m.put("residuals_rms_pct", Math.sqrt(ss / (2.0 * Math.max(1, data.size()))));
        m.put("residuals_max_pct", max);
        m.put("residuals_real_pct", Arrays.stream(r[0]).boxed().toList());
        m.put("residuals_imag_pct", Arrays.stream(r[1]).boxed().toList());
        m.put("tau_s", Arrays.stream(tauS).boxed().toList());
        m.put("gamma_ohm", Arrays.stream(gammaOhm).boxed().toList());
        m.put("settings", new LinkedHashMap<>(settings));
        m.put("warnings", new ArrayList<>(warnings));
        return m;
    }

    /** Columns for --export-curves and plots: tau, the equivalent frequency 1/(2 pi tau) and gamma. */
    public Measurement curves() {
        double[] f = new double[tauS.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = 1 / (2 * Math.PI * tauS[i]);
        }
        List<Channel> ch = List.of(Channel.of("tau", Role.OTHER, Quantity.TIME, tauS),
                Channel.of("f_tau", Role.OTHER, Quantity.FREQUENCY, f),
                Channel.of("gamma", Role.OTHER, Quantity.IMPEDANCE, gammaOhm));
        Metadata.Builder md = Metadata.builder().technique(Technique.EIS);
        settings.forEach((k, v) -> md.put("drt_" + k, String.valueOf(v)));
        return new Measurement(md.build(), ch);
    }

    /**
     * {@code other}'s columns followed by the DRT's, the shorter padded with empty (NaN) rows: one
     * CSV for --export-curves even though spectrum and tau grid differ in length.
     */
    public Measurement alongside(Measurement other) {
        Measurement mine = curves();
        int n = Math.max(other.rows(), mine.rows());
        List<Channel> ch = new ArrayList<>();
        for (Measurement src : List.of(other, mine)) {
            for (Channel c : src.channels()) {
                double[] v = Arrays.copyOf(c.toArray(), n);
                Arrays.fill(v, c.size(), n, Double.NaN);
                ch.add(Channel.of(src == mine ? "drt_" + c.name() : c.name(), c.role(),
                        c.quantity(), v));
            }
        }
        return new Measurement(other.metadata(), ch);
    }
}
