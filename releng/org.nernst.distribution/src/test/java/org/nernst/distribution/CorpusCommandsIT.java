package org.nernst.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands on real instrument files of every family, through the real product:
 * "any supported format" is only true when the readers and analyses meet in one process.
 */
class CorpusCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Path corpus(String relative) {
        Path root = Paths.get(System.getProperty("nernst.shared", "../shared")).resolve("corpus");
        if (!Files.isDirectory(root)) {
            Assumptions.assumeTrue(System.getenv("CI") == null, "CI is set but the corpus is missing at " + root);
            Assumptions.abort("shared corpus not found at " + root + ": corpus test skipped");
        }
        Path f = root.resolve(relative);
        assertTrue(Files.isRegularFile(f), "corpus file missing: " + f);
        return f;
    }

    private JsonNode ok(String... args) throws Exception {
        Product.Run r = Product.run(tmp.resolve("plugins"), tmp.resolve("cache"), args);
        assertEquals(0, r.code(), String.join(" ", args) + "\nstdout: " + r.out() + "\nstderr: " + r.err());
        return JSON.readTree(r.out());
    }

    private static int referenceCycles(Path file) throws Exception {
        return JSON.readTree(Files.readString(Paths.get(file + ".reference.json"))).get("n_cycles").asInt();
    }

    @Test
    void cyclingSummaryCountsTheCyclerCyclesOfNewareFiles() throws Exception {
        for (String f : new String[] {"neware-nda/NewareNDA/new_nda_file.nda", "neware-nda/NewareNDA/2-1-6_61[07005012].nda"}) {
            Path p = corpus(f);
            JsonNode doc = ok("cycling", "summary", p.toString(), "--json");
            assertEquals(referenceCycles(p), doc.get("n_cycles").asInt(), f);
        }
    }

    @Test
    void znAirCyclingRunsOnBioLogicNewareAndCsvAlike() throws Exception {
        String[] files = {
            "biologic-mpr/yadg/gcpl.issue_149.mpt",
            "biologic-mpr/yadg/gcpl.issue_149.mpr",
            "neware-nda/NewareNDA/new_nda_file.nda",
        };
        for (String f : files) {
            JsonNode doc = ok("zab", "cycle", corpus(f).toString(), "--json");
            assertTrue(doc.get("n_cycles").asInt() >= 1, f + ": " + doc);
            for (JsonNode c : doc.get("cycles")) {
                assertTrue(c.get("v_charge_V").asDouble() > c.get("v_discharge_V").asDouble(), f + ": charge above discharge");
            }
        }
        Path cases = Paths.get(System.getProperty("nernst.shared", "../shared"), "acceptance", "cases", "example_zab_cycle.csv");
        Assumptions.assumeTrue(Files.exists(cases), "acceptance cases absent");
        assertEquals(20, ok("zab", "cycle", cases.toString(), "--json").get("n_cycles").asInt());
    }

    @Test
    void lsvAndKouteckyLevichRunOnVendorFilesAlike() throws Exception {
        String a = "autolab-nova-ascii/electrochemical_ORR_procesing_autolab/";
        JsonNode orr = ok("lsv", corpus(a + "O2_1600rpm.txt").toString(), "--reaction", "orr", "--area", "0.196",
                "--background", corpus(a + "N2_1000rpm.txt").toString(), "--json");
        assertTrue(orr.get("j_limit_mA_cm2").asDouble() < -1, orr.toString());
        assertTrue(orr.get("e_half_V").asDouble() < orr.get("e_onset_V").asDouble(), "E1/2 below onset: " + orr);
        JsonNode her = ok("lsv", corpus("chi-txt/nomad-chemical-energy/LSV.txt").toString(), "--reaction", "her",
                "--ref", "rhe", "--area", "0.196", "--json");
        assertTrue(her.get("eta10_V").asDouble() > 0 && her.get("tafel_r2").asDouble() > 0.99, her.toString());
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("kl"));
        for (String rpm : new String[] {"0250", "0500", "1000", "1600", "2000"}) {
            args.add(corpus(a + "O2_" + rpm + "rpm.txt").toString());
        }
        args.addAll(java.util.List.of("--electrolyte", "0.1M-KOH", "--area", "0.196", "--json"));
        JsonNode kl = ok(args.toArray(String[]::new));
        assertEquals(5, kl.get("rpm").size(), "rotation rates from the file names");
        double n = kl.get("n_mean").asDouble();
        assertTrue(n > 1 && n < 5, "electron number of a real ORR series: " + n);
    }

    @Test
    void eisFitsRealSpectraWithoutInitialGuesses() throws Exception {
        JsonNode doc = ok("eis", corpus("biologic-mpt/impedance.py/exampleDataBioLogic.mpt").toString(),
                "--circuit", "R0-p(R1,CPE1)", "--json");
        assertTrue(doc.get("rct_ohm").asDouble() > 0, doc.toString());
    }
}
