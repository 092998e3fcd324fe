package org.nernst.ui.cycling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.api.ViewContext;
import org.nernst.ui.chart.NumbersTable;

/** The Zn-air view on constant-voltage half-cycles: the per-cycle gap it reports, and a drawn plot. */
class ZnAirViewTest {

    private static final double F = 96485.332;
    private static final double R = 8.314462;
    private static final double T = 298.15;

    /**
     * Six cycles at ±5 mA, 10 min per half, discharge first: U = 1.65 V ∓ (I·R + η), η = (2RT/F) asinh(j/2j0)
     * (symmetric Butler-Volmer, Bard & Faulkner 2nd ed., section 3.4), j0 = 2e-6 (ORR) and 5e-7 A/cm² (OER), R = 8 Ω.
     * Hand-computed gap: 2·0.005·8 + 0.05139·(asinh(1250) + asinh(5000)) = 0.080 + 0.4021 + 0.4733 = 0.9554 V.
     */
    static Measurement cycling() {
        int n = 6 * 2 * 120;
        double[] t = new double[n];
        double[] u = new double[n];
        double[] i = new double[n];
        double b = 2 * R * T / F;
        for (int k = 0; k < n; k++) {
            boolean discharge = (k / 120) % 2 == 0;
            double eta = b * asinh(5e-3 / (2 * (discharge ? 2e-6 : 5e-7)));
            t[k] = k * 5;
            i[k] = discharge ? -5e-3 : 5e-3;
            u[k] = discharge ? 1.65 - 5e-3 * 8 - eta : 1.65 + 5e-3 * 8 + eta;
        }
        return new Measurement(Metadata.builder().technique(Technique.GCPL).build(), List.of(
                Channel.of("time", Role.TIME, Quantity.TIME, t), Channel.of("Ecell", Role.CELL_VOLTAGE, Quantity.POTENTIAL, u),
                Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    /** Runs background work at once on the calling (UI) thread: enough for a test. */
    static final class Ctx implements ViewContext {
        final List<Diagnostic> reported = new ArrayList<>();
        final AnalysisSettings settings;

        Ctx(AnalysisSettings s) {
            settings = s;
        }

        @Override
        public AnalysisSettings settings() {
            return settings;
        }

        @Override
        public void onSettingsChanged(Control owner, Consumer<AnalysisSettings> listener) {
        }

        @Override
        public void report(Diagnostic d) {
            reported.add(d);
        }

        @Override
        public <T> void runInBackground(String task, Function<Monitor, T> work, Consumer<T> done) {
            done.accept(work.apply(Monitor.none()));
        }
    }

    @Test
    void cyclingShowsTheGapPerCycleAndItsSummary() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: the UI tests need an X server (xvfb-run)");
        Display d = Display.getDefault();
        Shell shell = new Shell(d);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 720);
        try {
            Ctx ctx = new Ctx(AnalysisSettings.empty());
            Control c = new ZnAirView().create(shell, cycling(), ctx);
            shell.open();
            long end = System.currentTimeMillis() + 600;
            while (System.currentTimeMillis() < end) {
                if (!d.readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            List<String> rows = find(c, NumbersTable.class).rows();
            assertEquals(6, value(rows, "n_cycles"), 1e-9, rows.toString());
            assertEquals(0.9554, value(rows, "initial_gap_V"), 0.001, rows.toString());
            assertEquals(0.9554, value(rows, "final_gap_V"), 0.001, rows.toString());
            ImageData img = capture(shell);
            save(img, Path.of(System.getProperty("nernst.screenshots", "target/screenshots"), "zn-air-cycling.png"));
            assertTrue(nearBlue(img) > 100, "the voltage curve (first series colour) is drawn");
        } finally {
            shell.dispose();
        }
    }

    private static double value(List<String> rows, String key) {
        return Double.parseDouble(rows.stream().filter(r -> r.startsWith(key + " = ")).findFirst()
                .orElseThrow(() -> new AssertionError(key + " missing: " + rows)).substring(key.length() + 3));
    }

    private static <T> T find(Control c, Class<T> type) {
        if (type.isInstance(c)) {
            return type.cast(c);
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control ch : comp.getChildren()) {
                T t = find(ch, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
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

    private static int nearBlue(ImageData d) {
        int n = 0;
        for (int y = 0; y < d.height; y++) {
            for (int x = 0; x < d.width; x++) {
                RGB c = d.palette.getRGB(d.getPixel(x, y));
                if (Math.abs(c.red - 31) < 40 && Math.abs(c.green - 119) < 40 && Math.abs(c.blue - 180) < 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
