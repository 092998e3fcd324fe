package org.nernst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kl and rrde commands end to end through the reader registry (contract: cli.md). */
class RdeCommandsTest {
    @TempDir
    Path dir;

    /** ../shared/acceptance/cases: skipped locally when absent, a failure on CI. */
    static Path acceptance(String name) {
        String shared = System.getProperty("nernst.shared", "../shared");
        Path cases = Paths.get(shared).resolve("acceptance").resolve("cases");
        if (!Files.isDirectory(cases) && System.getenv("CI") != null) {
            Assertions.fail("CI is set but the acceptance cases are missing at " + cases);
        }
        Assumptions.assumeTrue(Files.isDirectory(cases), "acceptance cases not found at " + cases);
        return cases.resolve(name);
    }

    @Test
    void klOnTheAcceptanceSeries() throws Exception {
        List<String> args = new ArrayList<>(List.of("kl"));
        for (String rpm : List.of("2500", "400", "1600", "900")) {
            args.add(acceptance("example_orr_" + rpm + "rpm.csv").toString());
        }
        Path curves = dir.resolve("kl.csv");
        args.addAll(List.of("--electrolyte", "0.1M-KOH", "--ref", "ag-agcl-sat", "--ph", "13", "--area", "0.2475",
                "--at", "0.35,0.45,0.55", "--json", "--export-curves", curves.toString()));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        assertEquals(3, j.get("points").size());
        for (JsonNode p : j.get("points")) {
            assertEquals(3.9, p.get("n").asDouble(), 0.05, p.toString());
            assertTrue(p.has("E_V_RHE") && p.has("r2"));
        }
        assertEquals(3.9, j.get("n_mean").asDouble(), 0.05);
        assertEquals("[400.0,900.0,1600.0,2500.0]", j.get("rpm").toString());
        assertEquals("0.1M-KOH", j.get("settings").get("electrolyte").asText());
        String csv = Files.readString(curves);
        assertTrue(csv.contains("# electrolyte: 0.1M-KOH") && csv.contains("1/|j| K-L fit"), csv.substring(0, 400));
    }

    @Test
    void klRefusalsAndUsage() throws Exception {
        Path a = acceptance("example_orr_400rpm.csv");
        Path b = acceptance("example_orr_900rpm.csv");
        CliTest.Run two = CliTest.run("kl", a.toString(), b.toString(), "--electrolyte", "0.1M-KOH", "--area", "0.2475", "--json");
        assertEquals(4, two.code(), two.out());
        assertTrue(two.json().get("error").get("message").asText().contains("at least 3"));

        Path c = dir.resolve("no_rate.csv");
        Files.copy(acceptance("example_orr_1600rpm.csv"), c);
        CliTest.Run norpm = CliTest.run("kl", a.toString(), b.toString(), c.toString(), "--electrolyte", "0.1M-KOH",
                "--area", "0.2475", "--json");
        assertEquals(4, norpm.code(), norpm.out());
        assertTrue(norpm.json().get("error").get("message").asText().contains("no_rate.csv"));

        CliTest.Run noEl = CliTest.run("kl", a.toString(), b.toString(), c.toString(), "--json");
        assertEquals(2, noEl.code(), noEl.out());
    }

    /** A ring-disk record written forward with a 10 % peroxide yield (n = 3.8) and N = 0.4. */
    @Test
    void rrdeOneFileWithARingColumn() throws Exception {
        double n = 0.4;
        double x = 0.10;
        StringBuilder b = new StringBuilder("Time (s),Potential (V),Current (A),Ring current (A)\n");
        for (int k = 0; k <= 800; k++) {
            double e = 1.0 - 0.001 * k;
            double disk = -1.2e-3 / (1 + Math.pow(10, (e - 0.8) / 0.06));
            double ring = n * Math.abs(disk) * x / (2 - x);
            b.append(String.format(Locale.ROOT, "%.3f,%.4f,%.6e,%.6e%n", 0.1 * k, e, disk, ring));
        }
        Path f = dir.resolve("rrde.csv");
        Files.writeString(f, b.toString());
        CliTest.Run r = CliTest.run("rrde", f.toString(), "--collection", "0.4", "--ref", "rhe", "--area", "0.2475", "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        assertEquals(3.8, j.get("n_mean").asDouble(), 0.01);
        assertEquals(10.0, j.get("h2o2_pct_mean").asDouble(), 0.2);
        assertTrue(j.get("points").get(0).has("E_V_RHE") && j.get("points").get(0).has("h2o2_pct"));

        CliTest.Run both = CliTest.run("rrde", f.toString(), "--disk", f.toString(), "--collection", "0.4", "--json");
        assertEquals(2, both.code());
        CliTest.Run badN = CliTest.run("rrde", f.toString(), "--collection", "1.5", "--json");
        assertEquals(2, badN.code());
    }
}
