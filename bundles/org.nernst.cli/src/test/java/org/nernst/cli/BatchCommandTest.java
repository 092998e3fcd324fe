package org.nernst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.cli.CliTest.Run;
import org.nernst.testing.Corpus;
import org.nernst.testing.generators.ExportFiles;
import org.nernst.testing.generators.LabFolder;
import org.nernst.testing.generators.ReversibleCv;

/**
 * The batch against the single-file commands: on a folder mixing formats and techniques, every
 * summary row holds the numbers the lsv / kl / zab / eis / cv command gives for that file with the same settings.
 */
class BatchCommandTest {
    @TempDir
    Path tmp;

    static Run run(String... args) {
        return CliTest.run(TestReaders.registry(), args);
    }

    @Test
    void summaryRowsMatchTheSingleFileCommands() throws Exception {
        Path dir = LabFolder.create(tmp.resolve("in"));
        // a cyclic voltammogram of a reversible couple, as a CSV: the batch's CV runner against the cv command
        ExportFiles.csv(ReversibleCv.generate(ReversibleCv.Params.defaults(), 0.05), dir.resolve("ferrocyanide_cv.csv"));
        Path out = tmp.resolve("out");
        Run b = run("batch", dir.toString(), "--out", out.toString(), "--threads", "2", "--json");
        assertEquals(0, b.code(), b.err());
        JsonNode doc = b.json();
        Map<String, Map<String, String>> rows = summary(out.resolve("summary.csv"));
        int compared = 0;
        for (JsonNode f : doc.get("files")) {
            String name = f.get("file").asText();
            Path file = dir.resolve(name);
            String area = name.contains("noarea") ? "1" : name.equals("zab_pol.csv") ? "1.0" : "0.196";
            JsonNode single = switch (f.get("analysis").asText()) {
                case "lsv" -> command("lsv", file.toString(), "--reaction", f.get("result").get("reaction").asText(),
                        "--ref", "rhe", "--area", area, "--json");
                case "zab-cycle" -> command("zab", "cycle", file.toString(), "--json");
                case "zab-polarization" -> command("zab", "polarization", file.toString(), "--area", area, "--json");
                case "eis" -> command("eis", file.toString(), "--json");
                case "cv" -> lastCycle(command("cv", file.toString(), "--ref", "rhe", "--area", area, "--json"));
                default -> null;
            };
            if (single == null) {
                assertEquals("notes.csv", name);
                assertEquals("error", rows.get(name).get("status"));
                continue;
            }
            compared += compare(name, f.get("result"), single, rows.get(name), name.contains("noarea"));
        }
        JsonNode kl = doc.get("groups").get(0);
        List<String> args = new ArrayList<>(List.of("kl"));
        kl.get("inputs").forEach(n -> args.add(dir.resolve(n.asText()).toString()));
        args.addAll(List.of("--electrolyte", "0.1M-KOH", "--ref", "rhe", "--area", "0.196", "--json"));
        compared += compare(kl.get("file").asText(), kl.get("result"), command(args.toArray(String[]::new)),
                rows.get(kl.get("file").asText()), false);
        assertTrue(compared >= 50, "compared only " + compared + " numbers");
        JsonNode cv = java.util.stream.StreamSupport.stream(doc.get("files").spliterator(), false)
                .filter(f -> f.get("file").asText().equals("ferrocyanide_cv.csv")).findFirst().orElseThrow();
        assertEquals("cv", cv.get("analysis").asText(), cv.toString());
        assertTrue(rows.get("ferrocyanide_cv.csv").get("delta_ep_mV").length() > 0, "CV summary columns");
    }

    @Test
    void corpusFilesOfSeveralInstrumentsGoThroughWithTheAcceptanceExamples() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("lab"));
        for (String f : List.of("gamry-dta/impedance.py/exampleDataGamry.DTA", "biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt",
                "gamry-dta/nomad-chemical-energy/LSV.DTA")) {
            Files.copy(Corpus.file(f), dir.resolve(Path.of(f).getFileName().toString()));
        }
        for (String c : List.of("example_orr_400rpm.csv", "example_orr_900rpm.csv", "example_orr_1600rpm.csv",
                "example_orr_2500rpm.csv", "example_zab_cycle.csv", "example_eis.csv", "example_bad.csv")) {
            Files.copy(Corpus.acceptanceCase(c), dir.resolve(c));
        }
        Path out = tmp.resolve("out");
        Run b = run("batch", dir.toString(), "--out", out.toString(), "--ref", "rhe", "--area", "0.196",
                "--electrolyte", "0.1M-KOH", "--json");
        assertEquals(0, b.code(), b.err());
        Map<String, JsonNode> byFile = new HashMap<>();
        b.json().get("files").forEach(f -> byFile.put(f.get("file").asText(), f));
        assertEquals(10, byFile.size(), byFile.keySet().toString());
        JsonNode eis = byFile.get("exampleDataGamry.DTA");
        assertEquals("EIS", eis.get("technique").asText());
        // the Gamry file starts with an OCV table: the batch fits the impedance table that follows
        assertEquals("eis", eis.get("analysis").asText(), eis.toString());
        assertTrue(eis.get("result").get("rct_ohm").asDouble() > 0, eis.toString());
        JsonNode eisCase = byFile.get("example_eis.csv").get("result");
        JsonNode eisSingle = command("eis", dir.resolve("example_eis.csv").toString(), "--json");
        assertEquals(eisSingle.get("rct_ohm").asDouble(), eisCase.get("rct_ohm").asDouble(), 0);
        assertTrue(byFile.get("example_bad.csv").has("error"));
        JsonNode cyc = byFile.get("example_zab_cycle.csv").get("result");
        JsonNode single = command("zab", "cycle", dir.resolve("example_zab_cycle.csv").toString(), "--json");
        assertEquals(single.get("initial_gap_V").asDouble(), cyc.get("initial_gap_V").asDouble(), 0);
        JsonNode kl = b.json().get("groups").get(0);
        assertEquals(4, kl.get("inputs").size(), kl.toString());
        assertTrue(kl.has("result"), kl.toString());
        List<String> args = new ArrayList<>(List.of("kl"));
        kl.get("inputs").forEach(n -> args.add(dir.resolve(n.asText()).toString()));
        args.addAll(List.of("--electrolyte", "0.1M-KOH", "--ref", "rhe", "--area", "0.196", "--json"));
        assertEquals(command(args.toArray(String[]::new)).get("n_mean").asDouble(), kl.get("result").get("n_mean").asDouble(), 0);
    }

    @Test
    void catalogOptionAddsEveryResultAsASample() throws Exception {
        Path dir = LabFolder.create(tmp.resolve("in"));
        String db = "jdbc:h2:file:" + tmp.resolve("catalog").toAbsolutePath();
        Run b = run("batch", dir.toString(), "--out", tmp.resolve("out").toString(), "--no-plots", "--catalog", "--db", db,
                "--sample", "day1", "--json");
        assertEquals(0, b.code(), b.out() + b.err());
        Map<String, JsonNode> rows = new HashMap<>();
        b.json().get("catalog").forEach(r -> rows.put(r.get("file").asText(), r));
        JsonNode oer = rows.get("IrO2_oer.mpt");
        assertEquals("day1 IrO2_oer", oer.get("sample").asText(), oer.toString());
        assertTrue(oer.get("imported").get("imported").size() > 0, oer.toString());
        assertEquals(64, oer.get("imported").get("provenance").get("source_sha256").asText().length(), oer.toString());
        JsonNode shown = command("catalog", "show", "day1 IrO2_oer", "--db", db, "--json");
        assertTrue(shown.toString().contains("eta10") || shown.toString().contains("tafel"), shown.toString());
        assertTrue(rows.containsKey("PtC (K-L)"), rows.keySet().toString());
    }

    /** The cv command's document with its last cycle's fields and the cycle count on top: the batch's summary columns. */
    private static JsonNode lastCycle(JsonNode cv) {
        com.fasterxml.jackson.databind.node.ObjectNode o = ((com.fasterxml.jackson.databind.node.ObjectNode) cv).deepCopy();
        JsonNode cycles = cv.get("cycles");
        o.put("n_cycles", cycles.size());
        o.setAll((com.fasterxml.jackson.databind.node.ObjectNode) cycles.get(cycles.size() - 1));
        return o;
    }

    private static JsonNode command(String... args) throws Exception {
        Run r = run(args);
        assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.out() + r.err());
        return r.json();
    }

    /** Every number of the batch result equals the command's (densities on 1 cm² when the batch reports currents). */
    private static int compare(String file, JsonNode batch, JsonNode single, Map<String, String> row, boolean currents) {
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = batch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                continue;
            }
            String key = currents ? e.getKey().replace("_mA", "_mA_cm2").replace("_mA_cm2_cm2", "_mA_cm2") : e.getKey();
            JsonNode s = single.get(key);
            assertTrue(s != null && s.isNumber(), file + ": the command has no " + key + ": " + single);
            assertEquals(s.asDouble(), e.getValue().asDouble(), 0, file + " " + key);
            assertEquals(s.asDouble(), Double.parseDouble(row.get(e.getKey())), 0, file + " " + key + " in summary.csv");
            n++;
        }
        return n;
    }

    /** summary.csv as file -> column -> cell (RFC 4180 quotes). */
    static Map<String, Map<String, String>> summary(Path csv) throws Exception {
        List<List<String>> lines = new ArrayList<>();
        for (String l : Files.readAllLines(csv)) {
            List<String> cells = new ArrayList<>();
            StringBuilder c = new StringBuilder();
            boolean q = false;
            for (int i = 0; i < l.length(); i++) {
                char ch = l.charAt(i);
                if (q && ch == '"' && i + 1 < l.length() && l.charAt(i + 1) == '"') {
                    c.append('"');
                    i++;
                } else if (ch == '"') {
                    q = !q;
                } else if (ch == ',' && !q) {
                    cells.add(c.toString());
                    c.setLength(0);
                } else {
                    c.append(ch);
                }
            }
            cells.add(c.toString());
            lines.add(cells);
        }
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (List<String> r : lines.subList(1, lines.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put(lines.get(0).get(i), r.get(i));
            }
            rows.put(r.get(0), m);
        }
        return rows;
    }
}
