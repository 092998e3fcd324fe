package org.nernst.analysis.rde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.testing.Corpus;

/** The shared acceptance K-L case (answers.json "kl"): 4 rotation rates, 0.1 M KOH, n = 3.9. */
class KlAcceptanceTest {

    /** Tiny parser of the acceptance CSVs: header "Potential (V)","Current (A)", then numbers. */
    static Measurement readCase(String name) throws IOException {
        Path p = Corpus.acceptanceCase(name);
        List<String> lines = Files.readAllLines(p);
        assertEquals("Potential (V),Current (A)", lines.get(0).replace("\"", "").trim());
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (!l.isBlank()) {
                String[] f = l.split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
            }
        }
        double[] e = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] i = rows.stream().mapToDouble(r -> r[1]).toArray();
        return new Measurement(Metadata.builder().technique(Technique.LSV).sourceFile(name).build(),
                List.of(Channel.of("Potential", Role.POTENTIAL, Quantity.POTENTIAL, e),
                        Channel.of("Current", Role.CURRENT, Quantity.CURRENT, i)));
    }

    @Test
    void electronNumberOfTheAcceptanceSeries() throws IOException {
        List<Measurement> ms = new ArrayList<>();
        for (String rpm : List.of("400", "900", "1600", "2500")) {
            ms.add(readCase("example_orr_" + rpm + "rpm.csv"));
        }
        CorrectionOptions corr = CorrectionOptions.builder().reference("ag-agcl-sat").ph(13).areaCm2(0.2475).build();
        KlOptions opt = KlOptions.defaults(Electrolyte.KOH_0_1M).withAt(List.of(0.35, 0.45, 0.55));
        KlResult r = KlAnalyzer.analyze(ms, opt, corr);

        assertEquals(List.of(400.0, 900.0, 1600.0, 2500.0), r.rpm());
        assertEquals(3, r.points().size());
        for (KlPoint p : r.points()) {
            assertEquals(3.9, p.n(), 0.05, "n at " + p.potentialV() + " V RHE");
            assertTrue(p.r2() > 0.99, "R2 at " + p.potentialV());
        }
        assertEquals(3.9, r.nMean(), 0.05);
        Map<String, Object> json = r.toJson();
        assertTrue(((List<?>) json.get("points")).stream().allMatch(m -> ((Map<?, ?>) m).containsKey("E_V_RHE")));
        assertEquals("0.1M-KOH", ((Map<?, ?>) json.get("settings")).get("electrolyte"));
    }

    @Test
    void defaultGridOnTheAcceptanceSeries() throws IOException {
        List<Measurement> ms = new ArrayList<>();
        for (String rpm : List.of("400", "900", "1600", "2500")) {
            ms.add(readCase("example_orr_" + rpm + "rpm.csv"));
        }
        CorrectionOptions corr = CorrectionOptions.builder().reference("ag-agcl-sat").ph(13).areaCm2(0.2475).build();
        KlResult r = KlAnalyzer.analyze(ms, KlOptions.defaults(Electrolyte.KOH_0_1M), corr);
        assertTrue(r.points().size() >= 2);
        for (KlPoint p : r.points()) {
            assertTrue(p.potentialV() > 0.6 && p.potentialV() < 1.0, "mixed-control region near E1/2 = 0.85 V");
            assertTrue(p.jkMaCm2().isPresent() && p.jkMaCm2().getAsDouble() < 0, "cathodic j_k");
        }
    }
}
