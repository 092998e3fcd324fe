package org.nernst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `nernst catalog ...` end to end on an H2 file in a temp dir. */
class CatalogCliTest {
    @TempDir
    Path dir;

    private CliTest.Run run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = "jdbc:h2:file:" + dir.resolve("catalog").toAbsolutePath();
        return CliTest.run(all);
    }

    @Test
    void freshCatalogListsTheSeededCatalystsWithAttribution() throws Exception {
        CliTest.Run r = run("catalog", "list", "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        Set<String> ids = new HashSet<>();
        for (JsonNode row : r.json()) {
            ids.add(row.get("id").asText());
            assertTrue(row.get("source").asText().contains("CC BY 4.0"), row.toString());
        }
        assertEquals(33, ids.size());
        CliTest.Run human = run("catalog", "list", "--metric", "E1/2");
        assertEquals(0, human.code());
        assertTrue(human.out().contains("0.967") && human.out().contains("Energy Mater 2023"), human.out());
    }

    @Test
    void importedLsvResultRanksAndChartIsWritten() throws Exception {
        Path result = dir.resolve("lsv.json");
        Files.writeString(result, """
                {"e_onset_V_RHE": 0.99, "e_half_V_RHE": 0.95, "j_limit_mA_cm2": -5.7, "tafel_slope_mV_dec": 62.0,
                 "settings": {"reaction": "orr", "electrolyte": "0.1 M KOH"}, "warnings": []}
                """);
        Path data = dir.resolve("orr.txt");
        Files.writeString(data, "E/V;I/A\n");
        CliTest.Run imp = run("catalog", "import", result.toString(), "--sample", "FeCo-7", "--source", data.toString(),
                "--loading", "0.25", "--json");
        assertEquals(0, imp.code(), imp.out() + imp.err());
        assertEquals(4, imp.json().get("imported").size());
        assertEquals("orr.txt", imp.json().get("provenance").get("source_file").asText());
        Path png = dir.resolve("out/rank.png");
        CliTest.Run cmp = run("catalog", "compare", "--reaction", "orr", "--metric", "half_wave_potential", "--png",
                png.toString(), "--json");
        assertEquals(0, cmp.code(), cmp.out() + cmp.err());
        JsonNode own = null;
        for (JsonNode row : cmp.json().get("rows")) {
            own = row.get("name").asText().equals("FeCo-7") ? row : own;
        }
        assertEquals(1, own.get("rank").asInt(), "0.95 beats C22 (0.94) and C28 (0.912) in 0.1 M KOH");
        assertEquals(3, own.get("of").asInt());
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getWidth() > 500 && img.getHeight() > 100);
        CliTest.Run show = run("catalog", "show", "FeCo-7", "--json");
        assertEquals(0.25, show.json().get("metrics").get(0).get("loading_mg_cm2").asDouble());
    }

    @Test
    void refusedUnitsAndUnknownIdsAreUsageErrors() throws Exception {
        CliTest.Run bad = run("catalog", "add", "--sample", "m1", "--metric", "E1/2", "--value", "0.1", "--unit",
                "V vs SCE", "--reaction", "orr", "--json");
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.json().get("error").get("message").asText().contains("pH"));
        CliTest.Run ok = run("catalog", "add", "--sample", "m2", "--metric", "E1/2", "--value", "870", "--unit",
                "mV vs RHE", "--reaction", "orr", "--json");
        assertEquals(0, ok.code(), ok.out());
        assertEquals(0.87, ok.json().get("added").get("imported").get(0).get("value").asDouble(), 1e-12);
        assertEquals(2, run("catalog", "show", "C99", "--json").code());
        Path csv = dir.resolve("all.csv");
        CliTest.Run exp = run("catalog", "export", "--out", csv.toString(), "--json");
        assertEquals(0, exp.code(), exp.out());
        assertTrue(Files.readString(csv).startsWith("id,kind,name,"));
    }
}
