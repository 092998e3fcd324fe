package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.core.model.Measurement;

/**
 * CV peaks of one or more files. The JSON of cli.md ({@code cycles:[...]}) describes the first file; a scan-rate
 * series adds {@code files:[...]} and {@code randles_sevcik}. Potentials end in "_V_RHE" when the RHE scale is
 * known, else "_V"; currents in mA, charges in mC.
 */
public record CvResult(List<FileResult> files, Optional<RandlesSevcik> randlesSevcik, boolean rheKnown,
        Map<String, Object> settings, List<String> warnings, Measurement curves) {

    /** One file's cycles. */
    public record FileResult(String file, Optional<Double> scanRateVs, Optional<String> scanRateSource, List<CvCycle> cycles) {
        public FileResult {
            cycles = List.copyOf(cycles);
        }
    }

    /** ip = slope v^1/2 + intercept; D from the slope (cm² s^-1) when n, C and A are known. */
    public record RandlesSevcik(OptionalDouble dCm2s, double slopeASqrtSV, double interceptA, double r2,
            List<Double> scanRatesVs, List<Double> peakCurrentsA) {
        public RandlesSevcik {
            scanRatesVs = List.copyOf(scanRatesVs);
            peakCurrentsA = List.copyOf(peakCurrentsA);
        }
    }

    public CvResult {
        files = List.copyOf(files);
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    public Map<String, Object> toJson() {
        String v = rheKnown ? "_V_RHE" : "_V";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("potential_scale", rheKnown ? "RHE" : "recorded reference");
        m.put("cycles", cycles(files.get(0), v));
        files.get(0).scanRateVs().ifPresent(r -> m.put("scan_rate_mV_s", r * 1e3));
        if (files.size() > 1) {
            List<Object> fs = new ArrayList<>();
            for (FileResult f : files) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("file", f.file());
                f.scanRateVs().ifPresent(r -> x.put("scan_rate_mV_s", r * 1e3));
                f.scanRateSource().ifPresent(r -> x.put("scan_rate_source", r));
                x.put("cycles", cycles(f, v));
                fs.add(x);
            }
            m.put("files", fs);
        }
        randlesSevcik.ifPresent(rs -> {
            Map<String, Object> x = new LinkedHashMap<>();
            rs.dCm2s().ifPresent(d -> x.put("d_cm2_s", d));
            x.put("slope_mA_per_sqrt_V_s", rs.slopeASqrtSV() * 1e3);
            x.put("intercept_mA", rs.interceptA() * 1e3);
            x.put("r2", rs.r2());
            x.put("scan_rates_mV_s", rs.scanRatesVs().stream().map(r -> r * 1e3).toList());
            x.put("peak_currents_mA", rs.peakCurrentsA().stream().map(r -> r * 1e3).toList());
            m.put("randles_sevcik", x);
        });
        m.put("settings", settings);
        m.put("warnings", new ArrayList<>(warnings));
        return m;
    }

    private static List<Object> cycles(FileResult f, String v) {
        List<Object> out = new ArrayList<>();
        for (CvCycle c : f.cycles()) {
            out.add(c.toJson(v));
        }
        return out;
    }
}
