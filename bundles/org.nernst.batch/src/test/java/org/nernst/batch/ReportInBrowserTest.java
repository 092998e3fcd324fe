package org.nernst.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.testing.generators.LabFolder;

/**
 * The HTML report opened in headless Chromium (Debian package "chromium"): the screenshot must show
 * the tables (their header colour) and the inlined plots (the colour of the first series). Skips
 * with a message when Chromium is not installed.
 */
class ReportInBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    @Test
    void reportRendersTablesAndPlotsInChromium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium not installed (apt-get install chromium): report not rendered");
        Path out = tmp.resolve("out");
        BatchEngineTest.runOn(LabFolder.create(tmp.resolve("in")), out);
        // the report must stand alone: move it away from its plots folder before opening it
        Path alone = Files.createDirectories(tmp.resolve("mailed"));
        Path html = Files.move(out.resolve("report.html"), alone.resolve("report.html"));
        Path shot = tmp.resolve("shot.png");
        Process p = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("profile"), "--screenshot=" + shot, "--window-size=1200,2000",
                html.toUri().toString())).redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 180 s: " + Files.readString(tmp.resolve("chromium.log")));
        }
        assertTrue(Files.exists(shot), "no screenshot; chromium said: " + Files.readString(tmp.resolve("chromium.log")));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1200, img.getWidth());
        assertTrue(BatchEngineTest.colours(img) > 20, "the screenshot is (nearly) blank");
        assertTrue(count(img, 0xe8eef6) > 500, "no table header rendered");
        assertTrue(count(img, 0x1f77b4) > 50, "no plot rendered");
    }

    /** Pixels within a small distance of an RGB colour (anti-aliasing blends edges). */
    private static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int c = img.getRGB(x, y);
                int d = Math.abs(((c >> 16) & 255) - ((rgb >> 16) & 255)) + Math.abs(((c >> 8) & 255) - ((rgb >> 8) & 255))
                        + Math.abs((c & 255) - (rgb & 255));
                if (d <= 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
