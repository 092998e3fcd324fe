package org.nernst.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.nernst.catalog.Conditions;
import org.nernst.catalog.Provenance;
import org.nernst.core.NernstException;

/**
 * Reads any analysis result of shared/design/cli.md into catalog values: every top-level number
 * whose name carries a unit suffix becomes a metric (a CV result, which has only per-cycle numbers,
 * gives its last cycle's). Conditions and provenance come from the explicit arguments first, then
 * from what the result says about itself ({@code settings}, {@code reaction}, {@code file}, ...).
 */
public final class ResultImporter {
    /** A value ready to store. */
    public record Incoming(String metric, Normalized value, String note) {
    }

    /** Everything one result gives: values, conditions, provenance, warnings. */
    public record Parsed(List<Incoming> values, String reaction, String electrolyte, OptionalDouble loading,
            OptionalDouble rpm, OptionalDouble ph, String electrode, Provenance provenance, String resultJson,
            List<String> warnings) {
    }

    /** Quality-of-fit numbers and counts: kept in the provenance's result, not ranked as metrics. */
    private static final Set<String> NOT_METRICS = Set.of("tafel_r2", "r2", "chi2", "chi2_reduced", "n_cycles", "rows",
            "plateau_change_pct",
            "cycle");

    /** Fields in V that are cell voltages or differences, not electrode potentials: they need no reference. */
    private static final Set<String> CELL_VOLTAGES = Set.of("open_circuit_voltage", "mean_discharge_voltage",
            "initial_voltage_gap", "final_voltage_gap", "v_charge", "v_discharge", "gap", "overpotential_at_10_mA_cm2",
            "ocv");

    private ResultImporter() {
    }

    public static Parsed parse(Map<String, Object> result, Conditions given, Provenance prov) {
        if (result.containsKey("error")) {
            throw NernstException.input("this result is an error report, not an analysis result",
                    org.nernst.core.Location.NONE);
        }
        if (result.get("files") instanceof List<?>) {
            throw NernstException.input("a batch summary holds many results: import each file's result JSON",
                    org.nernst.core.Location.NONE);
        }
        Map<String, Object> settings = result.get("settings") instanceof Map<?, ?> s ? strings(s) : Map.of();
        List<String> warnings = new ArrayList<>();
        String reaction = MetricNames.reaction(given.reaction()
                .or(() -> text(result, "reaction")).or(() -> text(settings, "reaction")).orElse(""));
        String electrolyte = given.electrolyte().or(() -> text(settings, "electrolyte"))
                .or(() -> text(result, "electrolyte")).map(Electrolytes::normalize).orElse("");
        OptionalDouble loading = or(given.loadingMgCm2(), number(settings, "loading_mg_cm2", "loading"));
        OptionalDouble rpm = or(given.rpm(), number(settings, "rpm", "rotation_rpm"));
        OptionalDouble ph = or(given.ph(), number(settings, "ph", "pH"));
        Optional<String> ref = text(settings, "ref").or(() -> text(settings, "reference"))
                .or(() -> text(settings, "reference_electrode"));

        List<Incoming> values = new ArrayList<>();
        collect(result, "", ref, ph, values, warnings);
        if (values.isEmpty() && result.get("cycles") instanceof List<?> cycles && !cycles.isEmpty()
                && cycles.get(cycles.size() - 1) instanceof Map<?, ?> last) {
            collect(strings(last), "last cycle of " + cycles.size(), ref, ph, values, warnings);
        }
        if (values.isEmpty()) {
            throw NernstException.input("no metric to import: the result has no number with a unit suffix "
                    + "(e.g. e_half_V_RHE, rct_ohm, peak_power_mW_cm2)"
                    + (warnings.isEmpty() ? "" : "; refused: " + String.join("; ", warnings)),
                    org.nernst.core.Location.NONE);
        }
        if (reaction.isEmpty()) {
            warnings.add("reaction unknown: give --reaction so the values can be compared");
        }
        if (electrolyte.isEmpty()) {
            warnings.add("electrolyte unknown: the values are listed but not ranked until it is given (--electrolyte)");
        }
        Provenance p = prov;
        if (p.sourceFile().isEmpty()) {
            Optional<String> file = text(result, "file").or(() -> text(settings, "file"))
                    .or(() -> text(result, "source_file")).or(() -> text(settings, "source_file"));
            Optional<String> sha = text(result, "source_sha256").or(() -> text(result, "sha256"));
            p = new Provenance(p.id(), file.map(ResultImporter::fileName), sha, p.analysis(), p.settings(),
                    p.softwareVersion(), p.date(), p.note());
        }
        if (p.sourceSha256().isEmpty()) {
            warnings.add("source file's SHA-256 unknown: pass the data file (--source FILE) to record it");
        }
        String analysis = p.analysis().or(() -> text(result, "analysis")).or(() -> text(result, "command"))
                .orElseGet(() -> detect(result));
        Optional<String> version = p.softwareVersion().or(() -> text(result, "software_version"))
                .or(() -> text(result, "nernst_version"));
        Map<String, Object> allSettings = new LinkedHashMap<>(settings);
        allSettings.putAll(p.settings());
        Object resultWarnings = result.get("warnings");
        String note = p.note().orElse(resultWarnings instanceof List<?> l && !l.isEmpty()
                ? "analysis warnings: " + String.join("; ", l.stream().map(String::valueOf).toList()) : "");
        p = new Provenance(p.id(), p.sourceFile(), p.sourceSha256(), Optional.of(analysis), allSettings,
                version, p.date(), Optional.of(note));
        return new Parsed(values, reaction, electrolyte, loading, rpm, ph, given.electrode().orElse(""), p,
                Json.write(result), warnings);
    }

    private static void collect(Map<String, Object> obj, String note, Optional<String> ref, OptionalDouble ph,
            List<Incoming> out, List<String> warnings) {
        for (Map.Entry<String, Object> e : obj.entrySet()) {
            String field = e.getKey();
            if (!(e.getValue() instanceof Number num) || NOT_METRICS.contains(field) || field.endsWith("_r2")) {
                continue;
            }
            Optional<MetricNames.Field> f = MetricNames.ofResultField(field);
            if (f.isEmpty()) {
                continue;
            }
            String unit = f.get().unit();
            boolean vsRecordedReference = unit.equals("V") && !CELL_VOLTAGES.contains(f.get().metric());
            if (vsRecordedReference) {
                // a *_V electrode potential is vs the recorded reference (cli.md): convertible only with its name and the pH
                if (ref.isEmpty()) {
                    warnings.add(field + " not imported: a potential vs the recorded reference, which the result does "
                            + "not name (re-run the analysis with --ref/--ph or --rhe-offset to get *_V_RHE)");
                    continue;
                }
                unit = "V vs " + ref.get();
            }
            try {
                Normalized n = UnitNormalizer.normalize(f.get().metric(), num.toString(), unit,
                        ph.isPresent() ? Optional.of(ph.getAsDouble()) : Optional.empty());
                out.add(new Incoming(f.get().metric(), n, note));
            } catch (NernstException refused) {
                warnings.add(field + " not imported: " + refused.getMessage());
            }
        }
    }

    /** Which analysis produced a result, from the fields it has (cli.md's key fields). */
    static String detect(Map<String, Object> r) {
        Set<String> k = r.keySet();
        if (k.contains("e_half_V_RHE") || k.contains("e_onset_V_RHE") || k.contains("tafel_slope_mV_dec")
                || k.contains("eta10_V") || k.contains("e_half_V") || k.contains("e_onset_V")) {
            return "lsv";
        }
        if (k.contains("rct_ohm") || k.contains("circuit")) {
            return "eis";
        }
        if (k.contains("peak_power_mW_cm2")) {
            return "zab polarization";
        }
        if (k.contains("capacity_mAh_g")) {
            return "zab discharge";
        }
        if (k.contains("h2o2_pct_mean")) {
            return "rrde";
        }
        if (k.contains("n_mean")) {
            return "kl";
        }
        if (k.contains("initial_gap_V") || k.contains("final_gap_V")) {
            return "zab cycle";
        }
        if (k.contains("cdl_mF")) {
            return "ecsa cdl";
        }
        if (k.contains("delta_e_half_mV") || k.contains("delta_eta10_mV")) {
            return "stability adt";
        }
        if (k.contains("retention_pct")) {
            return "stability retention";
        }
        if (k.contains("tof_per_s")) {
            return "tof";
        }
        if (k.contains("charge_uC")) {
            return "ecsa";
        }
        return k.contains("cycles") ? "cv" : "unknown";
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private static Map<String, Object> strings(Map<?, ?> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Optional<String> text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
    }

    private static OptionalDouble number(Map<String, Object> m, String... keys) {
        for (String key : keys) {
            Object v = m.get(key);
            if (v instanceof Number n) {
                return OptionalDouble.of(n.doubleValue());
            }
            if (v instanceof String s && s.strip().matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                return OptionalDouble.of(Double.parseDouble(s.strip()));
            }
        }
        return OptionalDouble.empty();
    }

    private static OptionalDouble or(OptionalDouble a, OptionalDouble b) {
        return a.isPresent() ? a : b;
    }

}
