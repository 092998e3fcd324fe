package org.nernst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eis command end to end on the acceptance spectrum (answers.json: R0-p(R1,CPE1), Rct 148 Ohm). */
class EisCommandTest {
    @TempDir
    Path dir;

    @Test
    void fitsTheAcceptanceSpectrum() throws Exception {
        Path curves = dir.resolve("eis.csv");
        CliTest.Run r = CliTest.run("eis", RdeCommandsTest.acceptance("example_eis.csv").toString(), "--circuit", "R0-p(R1,CPE1)",
                "--kk", "--json", "--export-curves", curves.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        assertEquals(148.0, j.get("rct_ohm").asDouble(), 1.48);
        assertEquals(21.0, j.get("parameters").get("R0").get("value").asDouble(), 0.03 * 21);
        assertEquals(4.6e-5, j.get("parameters").get("CPE1_0").get("value").asDouble(), 0.03 * 4.6e-5);
        assertEquals(0.88, j.get("parameters").get("CPE1_1").get("value").asDouble(), 0.03 * 0.88);
        assertTrue(j.get("kk").has("valid") && j.get("kk").has("residuals_max_pct"));
        assertTrue(j.has("chi2") && j.has("chi2_reduced") && j.has("settings") && j.has("warnings"));
        assertTrue(Files.readString(curves).contains("Z_real_fit"));
    }

    @Test
    void malformedCircuitIsAUsageError() throws Exception {
        CliTest.Run r = CliTest.run("eis", RdeCommandsTest.acceptance("example_eis.csv").toString(), "--circuit", "R0-p(R1,CPE1", "--json");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.json().get("error").get("message").asText().contains("position 13"), r.out());
    }
}
