package org.nernst.ui.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.catalog.Catalog;
import org.nernst.catalog.Conditions;
import org.nernst.catalog.Origin;
import org.nernst.catalog.Provenance;

/** The catalog panel on a fresh catalog (seeded with the literature) plus one own sample: table, filters, sorting, chart. */
class CatalogViewTest {
    @TempDir
    Path tmp;

    @Test
    void showsTheSeededCatalystsFiltersSortsAndHighlightsTheOwnSample() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: the UI tests need an X server (xvfb-run)");
        String url = "jdbc:h2:file:" + tmp.resolve("catalog").toAbsolutePath();
        try (Catalog c = Catalog.open(url)) {
            // an own Fe-N-C sample measured in 0.1 M KOH, between the literature's Pt/C B01 (0.842 V) and B03 (0.887 V)
            c.addValue("Lab FeNC-7", "E1/2", "0.871", "V vs RHE", Conditions.UNKNOWN.withReaction("ORR").withElectrolyte("0.1 M KOH"),
                    Provenance.unknown());
        }
        Display d = Display.getDefault();
        Shell shell = new Shell(d);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 800);
        try {
            Control c = new CatalogPanel().createControl(shell, new TestBench(shell));
            assertEquals("Catalog", new CatalogPanel().title());
            CatalogView v = (CatalogView) c;
            // the test's catalog, not the user's
            v.dispose();
            v = new CatalogView(shell, new TestBench(shell), () -> url);
            shell.layout(true, true);
            shell.open();
            settle(d, 400);

            List<CatalogTable.Row> rows = v.shown();
            List<String> ids = rows.stream().map(CatalogTable.Row::id).distinct().toList();
            // the seed: 33 literature catalysts (catalysts.csv), C12 and the Pt/C benchmark B01 among them
            long literature = rows.stream().filter(r -> r.origin() == Origin.LITERATURE).map(CatalogTable.Row::id).distinct().count();
            assertEquals(33, literature, ids.toString());
            assertTrue(ids.containsAll(List.of("C12", "B01")), ids.toString());
            assertTrue(rows.stream().anyMatch(r -> r.origin() == Origin.OWN && r.name().equals("Lab FeNC-7")));

            v.filter("", "ORR", "half_wave_potential");
            List<CatalogTable.Row> ehalf = v.shown();
            assertEquals(7, ehalf.size(), "6 literature E1/2 values + the own sample: " + ehalf);
            assertTrue(ehalf.stream().allMatch(r -> r.metric().equals("half_wave_potential")));
            v.sortBy(6);
            v.sortBy(6); // second click: descending, best E1/2 first
            // seed: C13 0.967 (HClO4), C22 0.94, C28 0.912, C12 0.902, B03 0.887, then ours 0.871, B01 0.842
            assertEquals("C13", v.shown().get(0).id());
            assertEquals(0.967, v.shown().get(0).value().getAsDouble(), 1e-9);
            assertEquals("Lab FeNC-7", v.shown().get(5).name());
            assertEquals("B01", v.shown().get(6).id());
            settle(d, 400);
            ImageData img = capture(shell);
            save(img, Path.of(System.getProperty("nernst.screenshots", "target/screenshots"), "catalog.png"));
            assertTrue(variance(img) > 100, "not blank");
            // SWTChart shades bars a little: count by kind of colour, not exact value
            int orange = count(img, px -> px.red > 170 && px.red - px.blue > 120 && px.green > 60 && px.green < 160);
            int grey = count(img, px -> px.red > 120 && px.red < 200 && Math.abs(px.red - px.green) < 10 && Math.abs(px.green - px.blue) < 10);
            assertTrue(orange > 2000, "the own sample's bar stands out in colour: " + orange + " orange pixels");
            assertTrue(grey > 10000, "the literature bars in grey: " + grey + " grey pixels");

            v.filter("pt/c", "(all)", "(all)");
            assertTrue(v.shown().stream().allMatch(r -> r.cells().stream().anyMatch(x -> x.toLowerCase().contains("pt/c"))));
            assertTrue(v.shown().stream().anyMatch(r -> r.id().equals("B01")), v.shown().toString());
            v.filter("no such catalyst", "(all)", "(all)");
            assertEquals(0, v.shown().size());
        } finally {
            shell.dispose();
        }
    }

    static void settle(Display d, long ms) throws InterruptedException {
        long end = System.currentTimeMillis() + ms;
        while (System.currentTimeMillis() < end) {
            if (!d.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
    }

    static ImageData capture(Shell s) {
        Image img = new Image(s.getDisplay(), s.getClientArea().width, s.getClientArea().height);
        GC gc = new GC(s.getDisplay());
        try {
            var o = s.toDisplay(0, 0);
            gc.copyArea(img, o.x, o.y);
            return img.getImageData();
        } finally {
            gc.dispose();
            img.dispose();
        }
    }

    static void save(ImageData data, Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageLoader l = new ImageLoader();
        l.data = new ImageData[] {data};
        l.save(file.toString(), SWT.IMAGE_PNG);
    }

    static double variance(ImageData d) {
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                RGB c = d.palette.getRGB(d.getPixel(x, y));
                double g = 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue;
                sum += g;
                sq += g * g;
                n++;
            }
        }
        return sq / n - (sum / n) * (sum / n);
    }

    static int count(ImageData d, java.util.function.Predicate<RGB> kind) {
        int n = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                RGB c = d.palette.getRGB(d.getPixel(x, y));
                if (kind.test(c)) {
                    n++;
                }
            }
        }
        return n;
    }
}
