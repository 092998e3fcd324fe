package org.nernst.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.catalog.internal.Json;

/**
 * A metric of one material under one set of conditions. Several electrodes of one sample
 * (replicates) give the mean and the sample standard deviation (n - 1 in the denominator, the
 * usual estimate from few replicates; Taylor, An Introduction to Error Analysis, 2nd ed., eq. 4.9);
 * a literature value is a single value (n = 1) or a range.
 */
public record MetricSummary(String reaction, String metric, String unit, String electrolyte,
        OptionalDouble loadingMgCm2, OptionalDouble rpm, OptionalDouble mean, OptionalDouble sd, OptionalDouble min,
        OptionalDouble max, int n, String given, String conditions, String source, String note,
        List<MetricValue> values) {

    public MetricSummary {
        values = List.copyOf(values);
    }

    /** Summary of replicate values that share reaction, metric, unit and conditions. */
    public static MetricSummary of(List<MetricValue> replicates) {
        MetricValue first = replicates.get(0);
        if (replicates.size() == 1) {
            return new MetricSummary(first.reaction(), first.metric(), first.unit(), first.electrolyte(),
                    first.loadingMgCm2(), first.rpm(), first.value(), OptionalDouble.empty(), first.min(), first.max(),
                    1, first.given(), first.conditions(), first.source(), first.note(), replicates);
        }
        List<Double> xs = new ArrayList<>();
        for (MetricValue v : replicates) {
            v.representative().ifPresent(xs::add);
        }
        double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        OptionalDouble sd = xs.size() > 1 ? OptionalDouble.of(Math.sqrt(ss / (xs.size() - 1))) : OptionalDouble.empty();
        List<String> sources = replicates.stream().map(MetricValue::source).distinct().toList();
        return new MetricSummary(first.reaction(), first.metric(), first.unit(), first.electrolyte(),
                first.loadingMgCm2(), first.rpm(), OptionalDouble.of(mean), sd, OptionalDouble.empty(),
                OptionalDouble.empty(), xs.size(), "", first.conditions(), String.join(" | ", sources), "", replicates);
    }

    /** The number rankings use: the mean, else the middle of the range. */
    public OptionalDouble representative() {
        if (mean.isPresent()) {
            return mean;
        }
        return min.isPresent() && max.isPresent() ? OptionalDouble.of((min.getAsDouble() + max.getAsDouble()) / 2)
                : OptionalDouble.empty();
    }

    /** Flat fields for a listing row (no per-replicate values). */
    public Map<String, Object> toRowJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reaction", reaction);
        m.put("metric", metric);
        Json.put(m, "value", mean);
        Json.put(m, "sd", sd);
        Json.put(m, "min", min);
        Json.put(m, "max", max);
        m.put("n", n);
        m.put("unit", unit);
        Json.putText(m, "given", given);
        Json.putText(m, "electrolyte", electrolyte);
        Json.put(m, "loading_mg_cm2", loadingMgCm2);
        Json.put(m, "rpm", rpm);
        Json.putText(m, "conditions", conditions);
        Json.putText(m, "note", note);
        m.put("source", source);
        return m;
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = toRowJson();
        m.put("values", values.stream().map(MetricValue::toJson).toList());
        return m;
    }
}
