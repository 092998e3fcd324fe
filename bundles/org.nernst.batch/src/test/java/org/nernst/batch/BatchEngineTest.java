package org.nernst.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.Monitor;
import org.nernst.testing.generators.LabFolder;
import org.nernst.testing.generators.TafelLsv;

/** The batch on a generated folder: every file accounted for, the known parameters recovered, the outputs written. */
class BatchEngineTest {
    @TempDir
    Path tmp;

    static BatchReport runOn(Path dir, Path out) {
        long t0 = System.nanoTime();
        BatchReport r = new BatchEngine(TestReaders.registry(), BatchEngine.standardRunners())
                .run(dir, BatchOptions.defaults().withThreads(2), Optional.of(out), Monitor.none());
        return BatchOutputs.write(r, out, t0);
    }

    @Test
    void mixedFolderGivesKnownNumbersAndKeepsGoingPastABrokenFile() throws Exception {
        Path dir = LabFolder.create(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        BatchReport r = runOn(dir, out);
        Map<String, FileEntry> byFile = r.files().stream().collect(Collectors.toMap(FileEntry::file, Function.identity()));
        assertEquals(10, r.files().size(), byFile.keySet().toString());

        FileEntry bad = byFile.get("notes.csv");
        assertFalse(bad.ok());
        assertEquals("input", bad.error().orElseThrow().get("kind"));

        // OER (EC-Lab text, area from its header): eta10 = b log10(10/j0) = 0.350 V of the generator
        Map<String, Object> oer = byFile.get("IrO2_oer.mpt").result().orElseThrow();
        assertEquals("biologic-mpt", byFile.get("IrO2_oer.mpt").format().orElse(""));
        assertEquals("csv", byFile.get("PtC_400rpm.csv").format().orElse(""));
        assertEquals(TafelLsv.oer().eta10V(), ((Number) oer.get("eta10_V")).doubleValue(), 0.005);
        assertEquals(60, ((Number) oer.get("tafel_slope_mV_dec")).doubleValue(), 3);

        // HER without any area: reported on currents with a warning, never a failure
        FileEntry her = byFile.get("MoS2_her_noarea.csv");
        assertTrue(her.ok(), her.errorMessage());
        assertFalse(her.result().get().containsKey("eta10_V"));
        assertTrue(her.warnings().stream().anyMatch(w -> w.startsWith("no electrode area")), her.warnings().toString());

        // every ORR sweep analysed, then grouped: n = 4 of the generator
        for (double rpm : LabFolder.RPM) {
            FileEntry e = byFile.get(String.format("PtC_%drpm.csv", (int) rpm));
            assertTrue(e.ok(), e.file() + ": " + e.errorMessage());
            assertEquals("orr", e.result().get().get("reaction"));
        }
        assertEquals(1, r.groups().size());
        FileEntry kl = r.groups().get(0);
        assertTrue(kl.ok(), kl.errorMessage());
        assertEquals(4, kl.inputs().size());
        assertEquals(4.0, ((Number) kl.result().get().get("n_mean")).doubleValue(), 0.2);

        Map<String, Object> pol = byFile.get("zab_pol.csv").result().orElseThrow();
        assertEquals("zab-polarization", byFile.get("zab_pol.csv").analysis());
        assertEquals(((Number) pol.get("peak_power_mW_cm2")).doubleValue(), LabFolder.polarization().generate().peakPowerMWcm2(),
                0.02 * LabFolder.polarization().generate().peakPowerMWcm2());
        FileEntry cyc = byFile.get("zab_cycling.csv");
        assertEquals("zab-cycle", cyc.analysis(), cyc.errorMessage());
        assertEquals(0.8, ((Number) cyc.result().get().get("initial_gap_V")).doubleValue(), 0.06);

        FileEntry eis = byFile.get("cell_eis.csv");
        assertEquals("eis", eis.analysis(), eis.errorMessage());
        assertEquals(100, ((Number) eis.result().get().get("rct_ohm")).doubleValue(), 2);

        // outputs: CSV row per file and group, JSON with hashes, a PNG per analysed file, one HTML
        String csv = Files.readString(out.resolve("summary.csv"));
        assertEquals(1 + 10 + 1, csv.lines().count(), csv);
        JsonNode json = new ObjectMapper().readTree(out.resolve("results.json").toFile());
        JsonNode first = json.get("files").get(0);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(first.get("file").asText()))));
        assertEquals(sha, first.get("sha256").asText());
        assertTrue(json.get("settings").has("electrolyte"));
        for (FileEntry e : r.files()) {
            if (e.ok()) {
                Path png = out.resolve("plots").resolve(BatchOutputs.plotName(e));
                assertTrue(Files.exists(png), png.toString());
                assertTrue(colours(ImageIO.read(png.toFile())) > 3, "plot of " + e.file() + " is blank");
            }
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,") && html.contains("notes.csv") && !html.contains("src=\"plots/"));
    }

    @Test
    void cancelStopsTheBatch() throws Exception {
        Path dir = LabFolder.create(tmp.resolve("in"));
        org.nernst.core.CancellableMonitor m = new org.nernst.core.CancellableMonitor();
        m.cancel();
        org.junit.jupiter.api.Assertions.assertThrows(Monitor.CancelledException.class, () -> new BatchEngine(TestReaders.registry(),
                BatchEngine.standardRunners()).run(dir, BatchOptions.defaults(), Optional.empty(), m));
    }

    static int colours(BufferedImage img) {
        java.util.Set<Integer> c = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                c.add(img.getRGB(x, y));
            }
        }
        return c.size();
    }

    static Optional<BufferedImage> decode(byte[] png) throws java.io.IOException {
        return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(png)));
    }
}
