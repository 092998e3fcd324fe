package org.nernst.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop shell on the real Felix product: opens its first window (under Xvfb in CI) with the samples unpacked. */
class GuiProductIT {

    @TempDir
    Path tmp;

    @Test
    void headlessCommandsNeverActivateTheShellOrItsViews() throws Exception {
        Product.Run r = Product.run(tmp.resolve("plugins"), tmp.resolve("cache"), "doctor", "--json");
        assertEquals(0, r.code(), r.err());
        var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        int ui = 0;
        for (var c : doc.get("components")) {
            if (c.get("bundle").asText().startsWith("org.nernst.ui")) {
                ui++;
                assertEquals("satisfied", c.get("state").asText(), "registered but never activated: " + c);
            }
        }
        assertTrue(ui >= 3, "the shell and its views are installed: " + doc.get("components"));
    }

    @Test
    void shellOpensItsFirstWindowWithTheSampleData() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank(),
                "no DISPLAY: the shell needs an X server (releng/test.sh runs the build under xvfb-run)");
        List<String> cmd = new java.util.ArrayList<>(Product.command(tmp.resolve("plugins"), tmp.resolve("cache"), "gui"));
        int jar = cmd.indexOf("-jar");
        cmd.addAll(jar, List.of("-Dnernst.ui.exitAfterStart=true", "-Dnernst.timing=true",
                "-Dnernst.data=" + tmp.resolve("data"), "-Dswt.library.path=" + tmp.resolve("swt")));
        cmd.remove("-Dnernst.headless=true");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the shell did not open and close within 120 s");
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        assertTrue(stderr.contains("first window painted"), stderr);
        assertFalse(stderr.contains("Exception"), stderr);
        try (var s = Files.list(tmp.resolve("data/samples"))) {
            assertEquals(5, s.filter(f -> f.toString().endsWith(".csv")).count(), "bundled samples unpacked");
        }
        assertTrue(Files.readString(tmp.resolve("data/ui-state.properties")).contains("samples"),
                "the samples folder is in the explorer of a fresh install");
    }
}
