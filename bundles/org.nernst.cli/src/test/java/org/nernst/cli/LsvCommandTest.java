package org.nernst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.cli.CliTest.Run;
import org.nernst.io.ReaderRegistry;

/** The lsv command end to end on the class path: file in, JSON document and exit code out. */
class LsvCommandTest {
    @TempDir
    Path dir;

    static Run run(String... args) {
        return CliTest.run(ReaderRegistry.withBuiltInReaders(), args);
    }

    /** HER Tafel line, hand-computed: j = -j0 10^(-E/b), b = 40 mV/dec, j0 = 0.1 mA cm^-2, area 0.5 cm², vs SCE at pH 1. */
    private Path herFile() throws Exception {
        StringBuilder b = new StringBuilder("Ewe/V;I/mA\n");
        double offset = 0.241 + 0.05916 * 1;
        for (int k = 0; k <= 250; k++) {
            double eRhe = -0.001 * k;
            double j = -0.1 * Math.pow(10, -eRhe / 0.040);
            b.append(String.format(Locale.ROOT, "%.6f;%.9g%n", eRhe - offset, j * 0.5));
        }
        Path f = dir.resolve("her.csv");
        Files.writeString(f, b.toString());
        return f;
    }

    @Test
    void unknownReferenceIsRefusedByEverySweepCommandWithTheKnownNames() throws Exception {
        String f = herFile().toString();
        for (String[] args : new String[][] {{"lsv", f, "--reaction", "her"}, {"cv", f}, {"kl", f, f, "--electrolyte", "0.1M-KOH"}}) {
            String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--ref", "calomel-ish", "--ph", "1")).toArray(String[]::new);
            Run r = run(full);
            assertEquals(2, r.code(), args[0] + ": " + r.err());
            assertTrue(r.err().contains("unknown --ref 'calomel-ish'") && r.err().contains("sce"), r.err());
        }
    }

    @Test
    void sweepAndDirectionAreTheSameOption() throws Exception {
        String f = herFile().toString();
        Run a = run("lsv", f, "--reaction", "her", "--ref", "sce", "--ph", "1", "--area", "0.5", "--sweep", "negative", "--json");
        Run b = run("lsv", f, "--reaction", "her", "--ref", "sce", "--ph", "1", "--area", "0.5", "--direction", "negative", "--json");
        assertEquals(a.code(), b.code(), a.err() + b.err());
        assertEquals(a.out(), b.out());
        Run bad = run("lsv", f, "--reaction", "her", "--sweep", "sideways");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("positive or negative"), bad.err());
    }

    @Test
    void herCurveGivesHandComputedNumbers() throws Exception {
        Path curves = dir.resolve("curves.csv");
        Run r = run("lsv", herFile().toString(), "--reaction", "her", "--ref", "sce", "--ph", "1", "--area", "0.5",
                "--export-curves", curves.toString(), "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        // E(-10 mA cm^-2) = -0.040 log10(10 / 0.1) = -0.080 V; eta10 = 0.080 V; Tafel 40 mV/dec; j0 = 0.1
        assertEquals(-0.080, j.get("e_at_10_V_RHE").asDouble(), 1e-4);
        assertEquals(0.080, j.get("eta10_V").asDouble(), 1e-4);
        assertEquals(40.0, j.get("tafel_slope_mV_dec").asDouble(), 0.05);
        assertEquals(0.1, j.get("j0_mA_cm2").asDouble(), 1e-3);
        assertEquals(0.241, j.get("settings").get("reference_potential_V_SHE").asDouble());
        assertTrue(j.get("tafel_r2").asDouble() > 0.9999);
        String csv = Files.readString(curves);
        assertTrue(csv.contains("E vs RHE/V") && csv.contains("# reaction: her"), csv.substring(0, Math.min(400, csv.length())));
    }

    @Test
    void withoutPhValuesStayVsTheReference() throws Exception {
        Run r = run("lsv", herFile().toString(), "--reaction", "her", "--ref", "sce", "--area", "0.5", "--json");
        assertEquals(0, r.code(), r.out());
        JsonNode j = r.json();
        assertFalse(j.has("eta10_V"));
        assertEquals(-0.080 - 0.241 - 0.05916, j.get("e_at_10_V").asDouble(), 1e-4);
    }

    @Test
    void refusalsHaveExitCodesAndOneJsonDocument() throws Exception {
        Path f = herFile();
        Run noArea = run("lsv", f.toString(), "--reaction", "her", "--ref", "rhe", "--json");
        assertEquals(4, noArea.code());
        assertTrue(noArea.json().get("error").get("message").asText().contains("area"));
        Run wrong = run("lsv", f.toString(), "--reaction", "oer", "--ref", "rhe", "--area", "1", "--json");
        assertEquals(4, wrong.code());
        Run usage = run("lsv", f.toString(), "--reaction", "xyz", "--json");
        assertEquals(2, usage.code());
        Run ref = run("lsv", f.toString(), "--reaction", "her", "--ref", "ag/agcl-kcl", "--json");
        assertEquals(2, ref.code());
        assertTrue(ref.json().get("error").get("message").asText().contains("ag-agcl-sat"));
    }

    private static Path acceptance(String name) {
        String p = System.getProperty("nernst.shared");
        Path dir = (p == null ? Paths.get("..", "shared") : Paths.get(p)).resolve("acceptance").resolve("cases");
        if (!Files.isDirectory(dir) && System.getenv("CI") != null) {
            Assertions.fail("CI is set but the acceptance cases are missing at " + dir);
        }
        Assumptions.assumeTrue(Files.isDirectory(dir), "acceptance cases not found at " + dir);
        return dir.resolve(name);
    }

    @Test
    void acceptanceOrrThroughTheImporter() throws Exception {
        Run r = run("lsv", acceptance("example_orr_1600rpm.csv").toString(), "--reaction", "orr", "--ref", "ag-agcl-sat",
                "--ph", "13", "--area", "0.2475", "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        assertEquals(0.852, j.get("e_half_V_RHE").asDouble(), 0.005);
        assertEquals(-5.559, j.get("j_limit_mA_cm2").asDouble(), 0.02 * 5.559);
        assertEquals(0.9667, j.get("e_onset_V_RHE").asDouble(), 0.010);
        assertEquals(66.0, j.get("tafel_slope_mV_dec").asDouble(), 3.0);
    }

    @Test
    void acceptanceOerAndHerThroughTheImporter() throws Exception {
        Run oer = run("lsv", acceptance("example_oer.csv").toString(), "--reaction", "oer", "--ref", "hg-hgo-1m", "--ph", "14",
                "--area", "0.196", "--ru", "8", "--json");
        assertEquals(0, oer.code(), oer.out() + oer.err());
        assertEquals(0.335, oer.json().get("eta10_V").asDouble(), 0.005);
        assertEquals(56.0, oer.json().get("tafel_slope_mV_dec").asDouble(), 3.0);
        Run her = run("lsv", acceptance("example_her.csv").toString(), "--reaction", "her", "--ref", "rhe", "--ph", "0",
                "--area", "0.0707", "--json");
        assertEquals(0, her.code(), her.out() + her.err());
        assertEquals(0.058, her.json().get("eta10_V").asDouble(), 0.005);
        assertEquals(44.0, her.json().get("tafel_slope_mV_dec").asDouble(), 3.0);
    }
}
