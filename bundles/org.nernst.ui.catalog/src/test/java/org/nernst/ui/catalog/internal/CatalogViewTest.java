package org.nernst.ui.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.catalog.Catalog;
import org.nernst.catalog.Conditions;
import org.nernst.catalog.Origin;
import org.nernst.catalog.Provenance;
import org.nernst.ui.testing.Screen;
import org.nernst.ui.testing.TestWorkbench;

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
        try (TestWorkbench bench = TestWorkbench.open(1200, 800)) {
            Shell shell = bench.shell();
            Control c = new CatalogPanel().createControl(shell, bench);
            assertEquals("Catalog", new CatalogPanel().title());
            CatalogView v = (CatalogView) c;
            // the test's catalog, not the user's
            v.dispose();
            v = new CatalogView(shell, bench, () -> url);
            shell.layout(true, true);
            shell.open();
            bench.settle(400);

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
            bench.settle(400);
            ImageData img = Screen.screenshot(shell, "catalog.png");
            assertTrue(Screen.greyVariance(img) > 100, "not blank");
            // SWTChart shades bars a little: count by kind of colour, not exact value
            int orange = Screen.count(img, px -> px.red > 170 && px.red - px.blue > 120 && px.green > 60 && px.green < 160);
            int grey = Screen.count(img, px -> px.red > 120 && px.red < 200 && Math.abs(px.red - px.green) < 10 && Math.abs(px.green - px.blue) < 10);
            assertTrue(orange > 2000, "the own sample's bar stands out in colour: " + orange + " orange pixels");
            assertTrue(grey > 10000, "the literature bars in grey: " + grey + " grey pixels");

            v.filter("pt/c", "(all)", "(all)");
            assertTrue(v.shown().stream().allMatch(r -> r.cells().stream().anyMatch(x -> x.toLowerCase().contains("pt/c"))));
            assertTrue(v.shown().stream().anyMatch(r -> r.id().equals("B01")), v.shown().toString());
            v.filter("no such catalyst", "(all)", "(all)");
            assertEquals(0, v.shown().size());
        }
    }
}
