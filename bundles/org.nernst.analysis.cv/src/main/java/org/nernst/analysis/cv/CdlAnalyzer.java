package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nernst.analysis.cv.internal.CvSweeps;
import org.nernst.analysis.cv.internal.Numeric;
import org.nernst.analysis.lsv.corrections.Area;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.SweepDirection;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * Double-layer capacitance from a scan-rate series of CVs in a non-faradaic window (cli.md): on the last cycle of
 * each CV, at the centre of the window, Δi/2 = (i_anodic - i_cathodic)/2 = Cdl v, so the slope of Δi/2 against v
 * is Cdl (McCrory et al., J. Am. Chem. Soc. 135 (2013) 16977). ECSA = Cdl / Cs.
 */
public final class CdlAnalyzer {
    private CdlAnalyzer() {
    }

    /**
     * @param window   non-faradaic window [lo, hi] (V on the corrected scale); empty = the middle 50 % of the range
     * @param csMfCm2  specific capacitance; empty = no ECSA
     * @param csSource where Cs comes from
     * @param scanRates V/s in file order (else metadata, file name, data)
     * @param areaCm2  geometric area for cdl_mF_cm2 and the roughness factor (else the file's; optional)
     */
    public record Options(CorrectionOptions corrections, Optional<double[]> window, OptionalDouble csMfCm2, String csSource,
            List<Double> scanRates, OptionalDouble areaCm2) {
        public static Options defaults() {
            return new Options(CorrectionOptions.defaults(), Optional.empty(), OptionalDouble.empty(), "", List.of(), OptionalDouble.empty());
        }
    }

    public static CdlResult analyze(List<Measurement> files, Options o) {
        if (!o.scanRates().isEmpty() && o.scanRates().size() != files.size()) {
            throw NernstException.usage("--rates lists " + o.scanRates().size() + " rates for " + files.size() + " files");
        }
        Set<String> warnings = new LinkedHashSet<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        double[] v = new double[files.size()];
        double[] half = new double[files.size()];
        double centre = Double.NaN;
        double[] win = null;
        List<String> sources = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            Measurement m = files.get(f);
            List<String> w = new ArrayList<>();
            OptionalDouble opt = o.scanRates().isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(o.scanRates().get(f));
            ScanRates.Rate r = ScanRates.resolve(m, opt, w);
            warnings.addAll(w);
            sources.add(r.source());
            String name = m.metadata().sourceFile().orElse("file " + (f + 1));
            // the last cycle with both sweeps (an interrupted final cycle is passed over with a warning)
            CvSweeps.Curve a = CvSweeps.lastUsable(m, o.corrections(), SweepDirection.POSITIVE, warnings);
            if (!CvSweeps.has(m, a.cycle(), SweepDirection.NEGATIVE)) {
                throw NernstException.analysis(name + ": cycle " + a.cycle() + " needs both a positive- and a negative-going sweep");
            }
            CvSweeps.Curve c = CvSweeps.one(m, o.corrections(), a.cycle(), SweepDirection.NEGATIVE, warnings);
            if (settings.isEmpty()) {
                settings.putAll(a.settings());
                settings.remove("direction");
                settings.remove("cycle");
            }
            double lo = Math.max(a.e()[0], c.e()[0]);
            double hi = Math.min(a.e()[a.e().length - 1], c.e()[c.e().length - 1]);
            if (win == null) {
                win = o.window().orElse(new double[] {lo + 0.25 * (hi - lo), hi - 0.25 * (hi - lo)});
                centre = 0.5 * (win[0] + win[1]);
            }
            double ia = Numeric.at(a.e(), a.iA(), centre);
            double ic = Numeric.at(c.e(), c.iA(), centre);
            if (Double.isNaN(ia) || Double.isNaN(ic)) {
                throw NernstException.analysis(String.format(Locale.ROOT, "%s does not cover the window centre %.3f V", name, centre));
            }
            v[f] = r.vPerS();
            half[f] = 0.5 * (ia - ic);
            faradaicCheck(name, a, c, win, half[f], warnings);
        }
        long distinct = java.util.Arrays.stream(v).distinct().count();
        if (distinct < 3) {
            throw NernstException.analysis("a double-layer capacitance needs a scan-rate series of >= 3 different rates (got "
                    + distinct + ")");
        }
        Numeric.Line line = Numeric.fit(v, half, 0, v.length);
        if (line.r2() < 0.99) {
            warnings.add(String.format(Locale.ROOT, "Δi/2 vs scan rate is not linear (R² = %.4f)", line.r2()));
        }
        double cdlMf = line.slope() * 1e3;
        OptionalDouble geo = OptionalDouble.empty();
        List<Diagnostic> aw = new ArrayList<>();
        if (o.areaCm2().isPresent() || files.get(0).metadata().electrodeAreaCm2().isPresent()) {
            geo = OptionalDouble.of(Area.resolve(o.areaCm2(), files.get(0).metadata(), aw));
        }
        aw.forEach(d -> warnings.add(d.message()));
        OptionalDouble ecsa = OptionalDouble.empty();
        if (o.csMfCm2().isPresent()) {
            ecsa = OptionalDouble.of(cdlMf / o.csMfCm2().getAsDouble());
            settings.put("cs_mF_cm2", o.csMfCm2().getAsDouble());
            settings.put("cs_source", o.csSource());
        } else {
            warnings.add("no specific capacitance (--cs or --electrolyte): ECSA not computed");
        }
        settings.put("window_V", List.of(win[0], win[1]));
        settings.put("window_centre_V", centre);
        settings.put("scan_rate_sources", sources);
        geo.ifPresent(g -> settings.put("geometric_area_cm2", g));
        return new CdlResult(cdlMf, geo, ecsa, line.r2(), line.intercept() * 1e3, v, half, settings, new ArrayList<>(warnings));
    }

    /**
     * Faradaic features: a capacitive window has (i_a - i_c)/2 = Cdl v at every potential; a surface or diffusion
     * peak changes it. Warn when it varies by more than 20 % across the window.
     */
    private static void faradaicCheck(String name, CvSweeps.Curve a, CvSweeps.Curve c, double[] win, double half,
            Set<String> warnings) {
        double dev = 0;
        for (int k = 0; k <= 20; k++) {
            double e = win[0] + k * (win[1] - win[0]) / 20;
            double h = 0.5 * (Numeric.at(a.e(), a.iA(), e) - Numeric.at(c.e(), c.iA(), e));
            if (!Double.isNaN(h)) {
                dev = Math.max(dev, Math.abs(h - half));
            }
        }
        if (dev > 0.2 * Math.abs(half)) {
            warnings.add(String.format(Locale.ROOT, "%s: (i_a - i_c)/2 varies by %.0f %% inside the window %.3f to %.3f V: "
                    + "faradaic peaks? choose a non-faradaic --window", name, 100 * dev / Math.abs(half), win[0], win[1]));
        }
    }
}
