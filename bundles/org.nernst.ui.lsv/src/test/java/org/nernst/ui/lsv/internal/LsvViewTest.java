package org.nernst.ui.lsv.internal;

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
import org.nernst.analysis.lsv.Reaction;
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

/** The LSV view on a Koutecky-Levich ORR curve: the analysis numbers it shows and a drawn, non-blank plot. */
class LsvViewTest {

    /**
     * ORR at 1600 rpm, vs Ag/AgCl (sat. KCl) at pH 13: 1/j = 1/jk + 1/jL (Bard & Faulkner 2nd ed., section 9.3),
     * jk a 60 mV/dec cathodic Tafel line with jk = jL at E = 0.85 V vs RHE, so E1/2 = 0.85 V vs RHE.
     */
    static Measurement orr() {
        double jL = 5.7e-3;
        double toRhe = 0.197 + 0.05916 * 13;
        int n = 1001;
        double[] e = new double[n];
        double[] i = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = 0.05 - k * 0.001;
            double jk = jL * Math.pow(10, -(e[k] + toRhe - 0.85) / 0.060);
            i[k] = -0.196 / (1 / jk + 1 / jL);
        }
        return new Measurement(Metadata.builder().technique(Technique.LSV).electrodeAreaCm2(0.196).build(),
                List.of(Channel.of("E", Role.POTENTIAL, Quantity.POTENTIAL, e), Channel.of("I", Role.CURRENT, Quantity.CURRENT, i)));
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
    void orrCurveShowsHalfWavePotentialAndTafelSlopeVsRhe() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: the UI tests need an X server (xvfb-run)");
        assertEquals(Reaction.ORR, LsvView.guess(orr()));
        Display d = Display.getDefault();
        Shell shell = new Shell(d);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 720);
        try {
            AnalysisSettings s = new AnalysisSettings(Optional.of("Ag/AgCl (sat. KCl)"), OptionalDouble.of(0.197),
                    OptionalDouble.of(13), OptionalDouble.of(0.196), OptionalDouble.empty(), Optional.empty(), OptionalDouble.of(1600));
            Control c = new LsvView().create(shell, orr(), new Ctx(s));
            shell.open();
            long end = System.currentTimeMillis() + 600;
            while (System.currentTimeMillis() < end) {
                if (!d.readAndDispatch()) {
                    Thread.sleep(5);
                }
            }
            List<String> rows = find(c, NumbersTable.class).rows();
            double eHalf = value(rows, "e_half_V_RHE");
            assertEquals(0.85, eHalf, 0.01, rows.toString());
            assertEquals(60, value(rows, "tafel_slope_mV_dec"), 6, rows.toString());
            ImageData img = capture(shell);
            save(img, Path.of(System.getProperty("nernst.screenshots", "target/screenshots"), "lsv-tafel-orr.png"));
            assertTrue(nearBlue(img) > 100, "the curve (first series colour) is drawn");
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
