package org.nernst.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.cli.internal.Cli;
import org.nernst.io.ReaderRegistry;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    /** The CLI with the built-in readers (the generic CSV and JSON readers). */
    static Run run(String... args) {
        return run(ReaderRegistry.withBuiltInReaders(), args);
    }

    /** One CLI run on {@code readers}, stdout and stderr captured (every CLI test class runs commands through here). */
    static Run run(ReaderRegistry readers, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(readers, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of()).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every command and subcommand, as the words that name it ("zab", "cycle"). */
    private static java.util.List<java.util.List<String>> commands(picocli.CommandLine cl, java.util.List<String> prefix) {
        java.util.List<java.util.List<String>> out = new java.util.ArrayList<>();
        for (var e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help") || !e.getValue().getCommandName().equals(e.getKey())) {
                continue; // the help command, and aliases
            }
            java.util.List<String> words = new java.util.ArrayList<>(prefix);
            words.add(e.getKey());
            out.add(words);
            out.addAll(commands(e.getValue(), words));
        }
        return out;
    }

    @Test
    void everyCommandHasHelpTheSameAsHelpCommandAndWithoutFormatWarnings() {
        var all = commands(new picocli.CommandLine(new org.nernst.cli.internal.NernstCommand()), java.util.List.of());
        assertTrue(all.size() >= 20, "commands found: " + all);
        PrintStream saved = System.err;
        ByteArrayOutputStream picocliWarnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
        try {
            for (var words : all) {
                java.util.List<String> args = new java.util.ArrayList<>(words);
                args.add("--help");
                Run r = run(args.toArray(String[]::new));
                assertEquals(0, r.code(), words + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: nernst " + String.join(" ", words)), words + ": " + r.out());
                // the help command builds every command; a named command is built alone (faster start): same text
                java.util.List<String> viaHelp = new java.util.ArrayList<>(java.util.List.of("help"));
                viaHelp.addAll(words);
                if (words.size() == 1) {
                    assertEquals(r.out(), run(viaHelp.toArray(String[]::new)).out(), words.toString());
                }
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", picocliWarnings.toString(StandardCharsets.UTF_8), "a '%' in a description must be written '%%'");
    }

    @Test
    void formatsListsTheCsvReaderWithItsBundle() throws Exception {
        Run r = run("formats", "--json");
        assertEquals(0, r.code());
        JsonNode csv = r.json().get(0);
        assertEquals("csv", csv.get("id").asText());
        assertEquals("org.nernst.io", csv.get("bundle").asText());
    }

    @Test
    void formatsProbeRanksReadersByConfidenceForAFile() throws Exception {
        Path f = dir.resolve("p.csv");
        Files.writeString(f, "E/V,I/A\n0.1,1e-3\n0.2,2e-3\n");
        Run r = run("formats", "--probe", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode first = r.json().get(0);
        assertEquals("csv", first.get("id").asText());
        assertTrue(first.get("confidence").asInt() > 0, first.toString());
        Run missing = run("formats", "--probe", dir.resolve("nope.csv").toString(), "--json");
        assertEquals(3, missing.code());
    }

    @Test
    void importReportsRowsColumnsUnitsAndWritesCsv() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "time/s;<I>/mA;Ewe/V\n0;1,5;0,2\n1;2,5;0,3\n2;3,5;0,2\n");
        Path out = dir.resolve("out.csv");
        Run r = run("import", f.toString(), "--json", "--csv", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(3, j.get("rows").asInt());
        assertEquals("A", j.get("columns").get(1).get("unit").asText());
        assertEquals("mA", j.get("columns").get(1).get("source_unit").asText());
        assertEquals("CV", j.get("technique").asText());
        String csv = Files.readString(out);
        assertTrue(csv.contains("<I>/A") && csv.contains("0.0015"), csv);
    }

    @Test
    void errorsAreOneJsonDocumentWithLocationAndExitCodes() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "E/V;I/A\n0,1;0,002\n0,2; \n");
        Run r = run("import", f.toString(), "--json");
        assertEquals(3, r.code());
        JsonNode e = r.json().get("error");
        assertEquals("bad.csv", e.get("file").asText());
        assertEquals(3, e.get("line").asInt());
        assertTrue(r.err().isEmpty(), "nothing on stderr for a handled error: " + r.err());
        Run missing = run("import", dir.resolve("nope.csv").toString(), "--json");
        assertEquals(3, missing.code());
        assertTrue(missing.json().get("error").get("message").asText().contains("not found"));
        Run usage = run("import", "--json", "--bogus");
        assertEquals(2, usage.code());
        assertTrue(usage.json().has("error"));
        Run unknown = run("frobnicate", "--json");
        assertEquals(2, unknown.code());
    }
}
