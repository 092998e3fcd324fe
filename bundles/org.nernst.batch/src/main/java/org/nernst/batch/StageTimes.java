package org.nernst.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the time of a batch went. Import, analysis and plots are summed over the worker threads
 * (CPU-side seconds); wall is the elapsed time of the whole run.
 */
public record StageTimes(double importS, double analysisS, double plotsS, double reportS, double wallS, int threads) {

    public StageTimes withReport(double seconds, double wall) {
        return new StageTimes(importS, analysisS, plotsS, seconds, wall, threads);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("import_s", importS);
        m.put("analysis_s", analysisS);
        m.put("plots_s", plotsS);
        m.put("report_s", reportS);
        m.put("wall_s", wallS);
        m.put("threads", threads);
        return m;
    }
}
