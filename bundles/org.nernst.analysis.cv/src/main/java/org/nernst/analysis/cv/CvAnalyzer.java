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
import org.nernst.analysis.cv.internal.Peaks;
import org.nernst.analysis.lsv.corrections.Area;
import org.nernst.analysis.lsv.corrections.SweepDirection;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * Cyclic voltammogram peaks per cycle and sweep, and the Randles–Ševčík diffusion coefficient of a scan-rate
 * series. Lives in its own bundle (not in analysis.lsv) because CVs, surface-area and stability analyses are a
 * different task with their own commands; it reuses the LSV bundle's exported corrections and LsvAnalyzer
 * rather than copying them, so iR, RHE, background and smoothing mean the same thing everywhere.
 */
public final class CvAnalyzer {
    private CvAnalyzer() {
    }

    private static final double FARADAY = 96485.33212; // C/mol (CODATA 2018)
    private static final double RT = 8.314462618 * 298.15; // J/mol at 25 °C

    public static CvResult analyze(List<Measurement> files, CvOptions o) {
        if (files.isEmpty()) {
            throw NernstException.usage("cv needs at least one file");
        }
        if (!o.scanRates().isEmpty() && o.scanRates().size() != files.size()) {
            throw NernstException.usage("--rates lists " + o.scanRates().size() + " rates for " + files.size() + " files");
        }
        Set<String> warnings = new LinkedHashSet<>();
        List<CvResult.FileResult> out = new ArrayList<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        boolean rhe = false;
        List<CvSweeps.Curve> curves = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            Measurement m = files.get(f);
            List<String> w = new ArrayList<>();
            OptionalDouble opt = o.scanRates().isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(o.scanRates().get(f));
            Optional<ScanRates.Rate> rate;
            try {
                rate = Optional.of(ScanRates.resolve(m, opt, w));
            } catch (NernstException e) {
                warnings.add(e.getMessage() + ": charges not computed");
                rate = Optional.empty();
            }
            warnings.addAll(w);
            List<CvCycle> cycles = new ArrayList<>();
            for (int c : CvSweeps.cycles(m)) {
                Optional<CvSweeps.Curve> pos = sweep(m, o, c, SweepDirection.POSITIVE, warnings);
                Optional<CvSweeps.Curve> neg = sweep(m, o, c, SweepDirection.NEGATIVE, warnings);
                pos.ifPresent(curves::add);
                neg.ifPresent(curves::add);
                if (pos.isEmpty() && neg.isEmpty()) {
                    continue;
                }
                CvSweeps.Curve any = pos.orElseGet(neg::get);
                rhe = any.rhe();
                if (settings.isEmpty()) {
                    settings.putAll(any.settings());
                    settings.remove("cycle");
                    settings.remove("direction");
                }
                cycles.add(cycle(c, pos, neg, rate, o));
            }
            if (cycles.isEmpty()) {
                throw NernstException.analysis("no usable sweep in " + m.metadata().sourceFile().orElse("the file"));
            }
            out.add(new CvResult.FileResult(m.metadata().sourceFile().orElse("file " + (f + 1)),
                    rate.map(ScanRates.Rate::vPerS), rate.map(ScanRates.Rate::source), cycles));
        }
        settings.put("baseline", String.format(Locale.ROOT,
                "linear, fitted over the first %.0f %% of each sweep after a 2 %% reversal transient, extrapolated", 100 * o.baselineFraction()));
        settings.put("electrons", o.electrons());
        Optional<CvResult.RandlesSevcik> rs = files.size() > 1 ? Optional.of(randlesSevcik(files, out, o, settings, warnings))
                : Optional.empty();
        return new CvResult(out, rs, rhe, settings, new ArrayList<>(warnings), CvCurves.of(curves, rhe));
    }

    private static Optional<CvSweeps.Curve> sweep(Measurement m, CvOptions o, int c, SweepDirection d, Set<String> warnings) {
        if (!CvSweeps.has(m, c, d)) {
            return Optional.empty();
        }
        try {
            return Optional.of(CvSweeps.one(m, o.corrections(), c, d, warnings));
        } catch (NernstException e) {
            warnings.add("cycle " + c + " " + d.label() + " sweep skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static CvCycle cycle(int c, Optional<CvSweeps.Curve> pos, Optional<CvSweeps.Curve> neg,
            Optional<ScanRates.Rate> rate, CvOptions o) {
        Optional<CvPeak> pa = pos.flatMap(s -> {
            double[][] x = s.inSweepOrder();
            return Peaks.find(x[0], x[1], 1, o.baselineFraction());
        });
        Optional<CvPeak> pc = neg.flatMap(s -> {
            double[][] x = s.inSweepOrder();
            return Peaks.find(x[0], x[1], -1, o.baselineFraction());
        });
        // charge Q = ∫ I dt = (1/v) ∫ I dE along the sweep (constant scan rate)
        OptionalDouble qa = charge(pos, rate);
        OptionalDouble qc = charge(neg, rate);
        OptionalDouble ratio = OptionalDouble.empty();
        if (pa.isPresent() && pc.isPresent() && neg.isPresent() && pa.get().currentMa() > 0) {
            // Nicholson's empirical ratio for a reverse peak riding on the decaying forward current
            // (R. S. Nicholson, Anal. Chem. 38 (1966) 1406): ipc/ipa = (ipc)0/ipa + 0.485 (isp)0/ipa + 0.086
            double[][] x = neg.get().inSweepOrder();
            double isp = x[1][0] * 1e3;
            double ipa = pa.get().currentMa();
            ratio = OptionalDouble.of(Math.abs(pc.get().rawMa()) / ipa + 0.485 * Math.abs(isp) / ipa + 0.086);
        }
        boolean reversible = false;
        if (pa.isPresent() && pc.isPresent()) {
            // a Nernstian couple: ΔEp ≈ 2.22 RT/(nF) = 57/n mV at 25 °C (Bard & Faulkner eq. 6.5.3); allow 10/n mV
            double dEp = pa.get().potentialV() - pc.get().potentialV();
            reversible = Math.abs(dEp - 2.22 * RT / (o.electrons() * FARADAY)) <= 0.010 / o.electrons() + 0.003;
        }
        return new CvCycle(c, pa, pc, qa, qc, ratio, reversible);
    }

    private static OptionalDouble charge(Optional<CvSweeps.Curve> s, Optional<ScanRates.Rate> rate) {
        if (s.isEmpty() || rate.isEmpty()) {
            return OptionalDouble.empty();
        }
        double[] e = s.get().e();
        double q = Numeric.trapezoid(e, s.get().iA(), e[0], e[e.length - 1]) / rate.get().vPerS();
        return OptionalDouble.of(q * 1e3);
    }

    /**
     * ip = 0.4463 n F A C (n F v D / RT)^1/2 (Randles–Ševčík, Bard & Faulkner, Electrochemical Methods, 2nd ed.,
     * 2001, eq. 6.2.19): the slope of ip against v^1/2 gives D. The forward (first-cycle) peak is used because
     * only it starts from the uniform bulk concentration the equation assumes.
     */
    private static CvResult.RandlesSevcik randlesSevcik(List<Measurement> files, List<CvResult.FileResult> res, CvOptions o,
            Map<String, Object> settings, Set<String> warnings) {
        List<Double> rates = new ArrayList<>();
        List<Double> ip = new ArrayList<>();
        for (CvResult.FileResult f : res) {
            CvCycle first = f.cycles().get(0);
            Optional<CvPeak> p = first.anodic().isPresent() ? first.anodic() : first.cathodic();
            if (f.scanRateVs().isPresent() && p.isPresent()) {
                rates.add(f.scanRateVs().get());
                ip.add(Math.abs(p.get().currentMa()) * 1e-3);
            }
        }
        if (rates.size() < 3 || rates.stream().distinct().count() < 3) {
            throw NernstException.analysis("a Randles–Ševčík analysis needs peaks at >= 3 different scan rates (got "
                    + rates.stream().distinct().count() + ")");
        }
        double[] x = new double[rates.size()];
        double[] y = new double[rates.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = Math.sqrt(rates.get(k));
            y[k] = ip.get(k);
        }
        Numeric.Line line = Numeric.fit(x, y, 0, x.length);
        OptionalDouble d = OptionalDouble.empty();
        OptionalDouble area = OptionalDouble.empty();
        if (o.concentration().isPresent()) {
            List<Diagnostic> dw = new ArrayList<>();
            try {
                area = OptionalDouble.of(Area.resolve(o.areaCm2(), files.get(0).metadata(), dw));
            } catch (NernstException e) {
                warnings.add(e.getMessage() + ": no diffusion coefficient");
            }
            dw.forEach(w -> warnings.add(w.message()));
            if (area.isPresent()) {
                double n = o.electrons();
                double k = 0.4463 * n * FARADAY * area.getAsDouble() * o.concentration().getAsDouble() * Math.sqrt(n * FARADAY / RT);
                d = OptionalDouble.of(Math.pow(line.slope() / k, 2));
            }
        } else {
            warnings.add("the diffusion coefficient needs the concentration (--conc MOL_CM3)");
        }
        if (line.r2() < 0.99) {
            warnings.add(String.format(Locale.ROOT, "ip vs v^1/2 is not linear (R² = %.4f): not a diffusion-controlled couple?", line.r2()));
        }
        o.concentration().ifPresent(c -> settings.put("concentration_mol_cm3", c));
        area.ifPresent(a -> settings.put("area_cm2", a));
        return new CvResult.RandlesSevcik(d, line.slope(), line.intercept(), line.r2(), rates, ip);
    }
}
