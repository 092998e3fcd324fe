package org.nernst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * eis --drt on the acceptance spectrum (answers.json: R0-p(R1,CPE1), Rct 148 Ohm): one DRT peak whose
 * area is the arc's resistance, R_inf the series resistance, and gamma(tau) in --export-curves.
 */
class EisDrtCommandTest {
    @TempDir
    Path dir;

    @Test
    void drtObjectNextToTheFit() throws Exception {
        Path curves = dir.resolve("eis.csv");
        CliTest.Run r = CliTest.run("eis", RdeCommandsTest.acceptance("example_eis.csv").toString(), "--drt", "--json",
                "--export-curves", curves.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        JsonNode j = r.json();
        assertTrue(j.has("rct_ohm"), "the fit is still there");
        JsonNode d = j.get("drt");
        assertEquals("robust-gcv", d.get("lambda_selection").asText());
        assertEquals(1, d.get("n_peaks").asInt(), d.toString());
        JsonNode p = d.get("peaks").get(0);
        assertEquals(148.0, p.get("r_ohm").asDouble(), 0.05 * 148, "peak area = Rct");
        assertEquals(21.0, d.get("r_inf_ohm").asDouble(), 0.05 * 21, "R_inf = R0");
        assertEquals(1 / (2 * Math.PI * p.get("tau_s").asDouble()), p.get("f_Hz").asDouble(), 1e-9 * p.get("f_Hz").asDouble());
        assertEquals(d.get("tau_s").size(), d.get("gamma_ohm").size());
        String csv = Files.readString(curves);
        assertTrue(csv.contains("Z_real_fit") && csv.contains("drt_gamma/") && csv.contains("drt_tau/s"), csv.lines().limit(30).toList().toString());
    }

    @Test
    void badDrtOptionIsAUsageError() throws Exception {
        CliTest.Run r = CliTest.run("eis", RdeCommandsTest.acceptance("example_eis.csv").toString(), "--drt", "--drt-part", "phase", "--json");
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.json().get("error").get("message").asText().contains("combined"), r.out());
    }
}
