package org.nernst.cli.internal.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.analysis.cv.Tof;
import org.nernst.cli.CliCommand;
import org.nernst.core.Location;
import org.nernst.core.NernstException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tof}: turnover frequency per metal atom from a current or an LSV result (cli.md). */
@Command(name = "tof", description = "Turnover frequency per metal site: TOF = I / (n F N_metal), from a current or an LSV result JSON.")
public class TofCommand extends CliCommand {
    @Option(names = "--current-mA", paramLabel = "I", description = "current in mA")
    Double current;

    @Option(names = "--lsv-result", paramLabel = "RESULT.json", description = "an `lsv --json` document: j of --field times the area")
    Path lsvResult;

    @Option(names = "--field", paramLabel = "NAME", description = "current-density field of the LSV result in mA cm^-2 (default jk_mA_cm2)")
    String field = "jk_mA_cm2";

    @Option(names = "--area", paramLabel = "CM2", description = "electrode area for --lsv-result (default: its settings.area_cm2)")
    Double area;

    @Option(names = "--metal-mass-ug", paramLabel = "M", description = "metal mass on the electrode in µg")
    Double metalMass;

    @Option(names = "--metal-wt-pct", paramLabel = "W", description = "metal content of the catalyst in wt %%")
    Double wtPct;

    @Option(names = "--catalyst-mass-ug", paramLabel = "C", description = "catalyst mass on the electrode in µg")
    Double catalystMass;

    @Option(names = "--molar-mass", required = true, paramLabel = "G", description = "molar mass of the metal in g/mol")
    double molarMass;

    @Option(names = "--electrons", required = true, paramLabel = "N", description = "electrons per product molecule (4 for O2, 2 for H2)")
    double electrons;

    @Override
    protected Object execute() {
        if ((current == null) == (lsvResult == null)) {
            throw NernstException.usage("give exactly one of --current-mA or --lsv-result");
        }
        if (metalMass != null && (wtPct != null || catalystMass != null)) {
            throw NernstException.usage("give either --metal-mass-ug or --metal-wt-pct with --catalyst-mass-ug, not both");
        }
        double i = current != null ? current : fromLsv();
        Tof.Result r = Tof.compute(new Tof.Input(i, opt(metalMass), opt(wtPct), opt(catalystMass), molarMass, electrons));
        Map<String, Object> doc = new LinkedHashMap<>(r.toJson());
        if (lsvResult != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = new LinkedHashMap<>((Map<String, Object>) doc.get("settings"));
            s.put("lsv_result", lsvResult.toString());
            s.put("lsv_field", field);
            doc.put("settings", s);
        }
        return doc;
    }

    private double fromLsv() {
        JsonNode n;
        try {
            n = new ObjectMapper().readTree(lsvResult.toFile());
        } catch (IOException e) {
            throw NernstException.input("cannot read the LSV result: " + e.getMessage(), Location.file(lsvResult.toString()));
        }
        JsonNode j = n.get(field);
        if (j == null || !j.isNumber()) {
            throw NernstException.input("the LSV result has no numeric field '" + field + "'", Location.file(lsvResult.toString()));
        }
        JsonNode a = n.path("settings").path("area_cm2");
        double cm2 = area != null ? area : a.isNumber() ? a.asDouble() : Double.NaN;
        if (!(cm2 > 0)) {
            throw NernstException.usage("the LSV result records no area: pass --area CM2");
        }
        return Math.abs(j.asDouble()) * cm2;
    }

    private static OptionalDouble opt(Double v) {
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
}
