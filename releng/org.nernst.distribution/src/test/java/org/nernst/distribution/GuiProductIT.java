package org.nernst.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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

    /**
     * Issue #11: a jar that registers a MeasurementView, dropped into plugins/ of a running shell, adds
     * the view live; deleting the jar removes it; the window stays up throughout.
     */
    @Test
    void aViewJarDroppedIntoPluginsOfARunningShellIsAddedAndRemovedLive() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank(),
                "no DISPLAY: the shell needs an X server (releng/test.sh runs the build under xvfb-run)");
        Path viewJar;
        try (var ds = Files.newDirectoryStream(Paths.get(System.getProperty("nernst.itViews")), "*.jar")) {
            viewJar = ds.iterator().next();
        }
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        List<String> cmd = new java.util.ArrayList<>(Product.command(plugins, tmp.resolve("cache"), "gui"));
        cmd.addAll(cmd.indexOf("-jar"), List.of("-Dnernst.timing=true",
                "-Dnernst.data=" + tmp.resolve("data"), "-Dswt.library.path=" + tmp.resolve("swt")));
        cmd.remove("-Dnernst.headless=true");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        try {
            assertTrue(waitForLine(err, "first window painted", 60), "no first window within 60 s: " + read(err));
            assertFalse(read(err).contains("view added"), "installed views are not reported as news: " + read(err));
            Files.copy(viewJar, plugins.resolve("example-view.jar"));
            assertTrue(waitForLine(err, "view added: OCV summary (example) (org.nernst.ui.example)", 30),
                    "dropped view not added within 30 s: " + read(err));
            Files.delete(plugins.resolve("example-view.jar"));
            assertTrue(waitForLine(err, "view removed: OCV summary (example) (org.nernst.ui.example)", 30),
                    "deleted view not removed within 30 s: " + read(err));
            assertTrue(p.isAlive(), "the shell stays up: " + read(err));
            assertFalse(read(err).contains("Exception"), read(err));
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static boolean waitForLine(Path file, String text, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (read(file).contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static String read(Path file) throws java.io.IOException {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
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
