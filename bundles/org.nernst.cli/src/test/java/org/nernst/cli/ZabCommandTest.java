package org.nernst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The zab and cycling commands end to end on the acceptance examples, through the real importer. */
class ZabCommandTest {
    @TempDir
    Path dir;

    /** An acceptance example: skipped when ../shared is absent, failed when CI is set (the Corpus rule, local copy). */
    static Path acceptanceCase(String name) {
        String p = System.getProperty("nernst.shared");
        Path cases = (p == null || p.isBlank() ? Path.of("..", "shared") : Path.of(p)).resolve("acceptance").resolve("cases");
        if (!Files.isDirectory(cases) && System.getenv("CI") != null) {
            Assertions.fail("CI is set but the acceptance cases are missing at " + cases.toAbsolutePath());
        }
        Assumptions.assumeTrue(Files.isDirectory(cases), "acceptance cases not found at " + cases.toAbsolutePath());
        return cases.resolve(name);
    }

    @Test
    void zabCycleOnTheAcceptanceCsv() throws Exception {
        Path f = acceptanceCase("example_zab_cycle.csv");
        Path curves = dir.resolve("curves.csv");
        CliTest.Run r = CliTest.run("zab", "cycle", f.toString(), "--json", "--max-gap", "0.85", "--export-curves", curves.toString());
        assertEquals(0, r.code(), r.err() + r.out());
        JsonNode j = r.json();
        assertEquals(20, j.get("n_cycles").asInt());
        assertEquals(0.800, j.get("cycles").get(0).get("gap_V").asDouble(), 0.002);
        assertEquals(0.857, j.get("final_gap_V").asDouble(), 0.002);
        assertEquals(17, j.get("cycle_life").get("cycles").asInt()); // gap 0.851 of cycle 18 is the first > 0.85
        assertTrue(Files.readString(curves).contains("gap"));
    }

    @Test
    void zabPolarizationOnTheAcceptanceCsvAndItsAreaRule() throws Exception {
        Path f = acceptanceCase("example_zab_pol.csv");
        CliTest.Run r = CliTest.run("zab", "polarization", f.toString(), "--area", "1.0", "--json");
        assertEquals(0, r.code(), r.err() + r.out());
        assertEquals(120.062, r.json().get("peak_power_mW_cm2").asDouble(), 1.2);
        CliTest.Run none = CliTest.run("zab", "polarization", f.toString(), "--json");
        assertEquals(4, none.code(), none.out());
        assertTrue(none.json().get("error").get("message").asText().contains("--area"));
    }

    @Test
    void zabDischargeAndCyclingSummaryWithCsv() throws Exception {
        Path f = acceptanceCase("example_zab_cycle.csv");
        CliTest.Run d = CliTest.run("zab", "discharge", f.toString(), "--zinc-mass", "0.01", "--json");
        assertEquals(0, d.code(), d.err() + d.out());
        // 20 discharges of 5 mA for 600 s: 20 * 5 * 600 / 3600 = 16.67 mAh
        assertEquals(16.667, d.json().get("capacity_mAh").asDouble(), 0.01);
        Path out = dir.resolve("summary.csv");
        CliTest.Run s = CliTest.run("cycling", "summary", f.toString(), "--csv", out.toString(), "--json");
        assertEquals(0, s.code(), s.err() + s.out());
        assertEquals(20, s.json().get("n_cycles").asInt());
        assertEquals(21, Files.readAllLines(out).size());
        assertEquals(2, CliTest.run("zab", "--json").code());
    }
}
