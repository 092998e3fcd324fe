package org.nernst.analysis.eis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

/**
 * An equivalent-circuit fit: parameters with standard errors, Rct, effective double-layer
 * capacitance, chi², optional Lin-KK verdict, and the data, model and residuals for plots.
 *
 * @param data      the points fitted (after cropping / removal of inductive points), recorded order
 * @param fitReal   model Re Z at those points
 * @param fitImag   model Im Z at those points
 */
public record EisResult(String circuit, List<FittedParameter> parameters, OptionalDouble rctOhm, Optional<String> rctParameter,
        OptionalDouble rctStderrOhm, OptionalDouble cdlEffF, double chi2, double chi2Reduced, int freeParameters, int starts,
        Optional<KkResult> kk, Map<String, Object> settings, List<String> warnings, Spectrum data, double[] fitReal,
        double[] fitImag) {

    public EisResult {
        parameters = List.copyOf(parameters);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
        fitReal = fitReal.clone();
        fitImag = fitImag.clone();
    }

    @Override
    public double[] fitReal() {
        return fitReal.clone();
    }

    @Override
    public double[] fitImag() {
        return fitImag.clone();
    }

    /** A parameter's value by name (R0, CPE1_1 ...). */
    public OptionalDouble value(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).mapToDouble(FittedParameter::value).findFirst();
    }

    /** Parameter values in circuit order (to seed the next fit of a series). */
    public double[] values() {
        return parameters.stream().mapToDouble(FittedParameter::value).toArray();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("circuit", circuit);
        Map<String, Object> ps = new LinkedHashMap<>();
        for (FittedParameter p : parameters) {
            ps.put(p.name(), p.toJson());
        }
        m.put("parameters", ps);
        rctOhm.ifPresent(v -> m.put("rct_ohm", v));
        rctParameter.ifPresent(v -> m.put("rct_parameter", v));
        rctStderrOhm.ifPresent(v -> m.put("rct_stderr_ohm", v));
        cdlEffF.ifPresent(v -> m.put("cdl_eff_F", v));
        m.put("chi2", chi2);
        m.put("chi2_reduced", chi2Reduced);
        m.put("n_points", data.size());
        m.put("n_free_parameters", freeParameters);
        m.put("starts", starts);
        kk.ifPresent(k -> m.put("kk", k.toJson()));
        m.put("settings", new LinkedHashMap<>(settings));
        m.put("warnings", new ArrayList<>(warnings));
        return m;
    }

    /**
     * Columns for --export-curves and plots: frequency, measured and fitted Re/Im Z, residuals in
     * Ohm and in % of |Z|, and the Lin-KK residuals when the test ran.
     */
    public Measurement curves() {
        double[] f = data.freq();
        double[] re = data.re();
        double[] im = data.im();
        int n = f.length;
        double[] rr = new double[n];
        double[] ri = new double[n];
        double[] rrp = new double[n];
        double[] rip = new double[n];
        for (int i = 0; i < n; i++) {
            rr[i] = re[i] - fitReal[i];
            ri[i] = im[i] - fitImag[i];
            double mod = Math.hypot(re[i], im[i]);
            rrp[i] = 100 * rr[i] / mod;
            rip[i] = 100 * ri[i] / mod;
        }
        List<Channel> ch = new ArrayList<>();
        ch.add(Channel.of("freq", Role.FREQUENCY, Quantity.FREQUENCY, f));
        ch.add(Channel.of("Z_real", Role.Z_REAL, Quantity.IMPEDANCE, re));
        ch.add(Channel.of("Z_imag", Role.Z_IMAG, Quantity.IMPEDANCE, im));
        ch.add(Channel.of("Z_real_fit", Role.OTHER, Quantity.IMPEDANCE, fitReal));
        ch.add(Channel.of("Z_imag_fit", Role.OTHER, Quantity.IMPEDANCE, fitImag));
        ch.add(Channel.of("residual_real", Role.OTHER, Quantity.IMPEDANCE, rr));
        ch.add(Channel.of("residual_imag", Role.OTHER, Quantity.IMPEDANCE, ri));
        ch.add(Channel.of("residual_real_pct", Role.OTHER, Quantity.PERCENT, rrp));
        ch.add(Channel.of("residual_imag_pct", Role.OTHER, Quantity.PERCENT, rip));
        kk.ifPresent(k -> {
            ch.add(Channel.of("kk_residual_real_pct", Role.OTHER, Quantity.PERCENT, k.residualsRealPct()));
            ch.add(Channel.of("kk_residual_imag_pct", Role.OTHER, Quantity.PERCENT, k.residualsImagPct()));
        });
        Metadata.Builder md = Metadata.builder().technique(Technique.EIS);
        settings.forEach((k, v) -> md.put(k, String.valueOf(v)));
        return new Measurement(md.build(), ch);
    }
}
