package org.nernst.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.api.MeasurementView;
import org.nernst.ui.api.ViewContext;

/**
 * Opens one {@link MeasurementView} in a bare shell for a test, without the main window: a
 * {@link ViewContext} that records reports, screenshots, pixel checks and a widget finder. Shared
 * by the view bundles' tests through the ui bundle's test jar (see its pom). Close it after use.
 */
public final class ViewHarness implements AutoCloseable {
    /** The first palette colour of {@code Plot}: the first series of every plot. */
    public static final RGB FIRST_SERIES = new RGB(31, 119, 180);

    private final Display display;
    private final Shell shell;
    private final Context ctx;
    private Control view;

    private ViewHarness(AnalysisSettings settings, boolean background) {
        display = Screen.display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 720);
        shell.setLocation(0, 0);
        ctx = new Context(settings, background, display);
    }

    /**
     * {@code view} on {@code m} in a 1200 x 720 shell, laid out and painted. Background work runs at
     * once on the UI thread unless {@code background}: then on a thread, its result posted back.
     */
    public static ViewHarness open(MeasurementView v, Measurement m, AnalysisSettings settings, boolean background) {
        ViewHarness h = new ViewHarness(settings, background);
        try {
            h.view = v.create(h.shell, m, h.ctx);
            h.shell.open();
            h.settle(600);
            return h;
        } catch (RuntimeException | Error e) {
            h.close();
            throw e;
        }
    }

    public static ViewHarness open(MeasurementView v, Measurement m, AnalysisSettings settings) {
        return open(v, m, settings, false);
    }

    public Control view() {
        return view;
    }

    public Shell shell() {
        return shell;
    }

    public List<Diagnostic> reported() {
        return List.copyOf(ctx.reported);
    }

    /** Number of background tasks started so far. */
    public int tasksStarted() {
        return ctx.started;
    }

    /** Applies new settings as the properties panel's "Apply" does. */
    public void applySettings(AnalysisSettings s) {
        ctx.listeners.forEach(l -> l.accept(s));
    }

    /** Dispatches events until {@code done} holds; false on timeout. */
    public boolean spinUntil(BooleanSupplier done, long timeoutMs) {
        return Screen.spinUntil(display, done, timeoutMs);
    }

    /** Lets layout and painting settle. */
    public void settle(long ms) {
        Screen.settle(display, ms);
    }

    /** What the shell shows now, copied from the screen. */
    public ImageData capture() {
        return Screen.capture(shell);
    }

    /** Captures the shell into {@code name} under the screenshots folder ({@code -Dnernst.screenshots}, else target/screenshots). */
    public ImageData screenshot(String name) throws java.io.IOException {
        return Screen.screenshot(shell, name);
    }

    /** Pixels within 40 of {@code c} per channel: proves a series of that colour was drawn. */
    public static int pixelsNear(ImageData d, RGB c) {
        return Screen.pixelsNear(d, c, 39);
    }

    /** Every widget of {@code type} under (and including) {@code c}, depth first. */
    public static <T> List<T> findAll(Control c, Class<T> type) {
        List<T> out = new ArrayList<>();
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        if (c instanceof Composite comp) {
            for (Control ch : comp.getChildren()) {
                out.addAll(findAll(ch, type));
            }
        }
        return out;
    }

    public <T> T find(Class<T> type) {
        return findAll(view, type).stream().findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in the view"));
    }

    /** The number in a "key = value" row (NumbersTable.rows()). */
    public static double value(List<String> rows, String key) {
        return Double.parseDouble(rows.stream().filter(r -> r.startsWith(key + " = ")).findFirst()
                .orElseThrow(() -> new AssertionError(key + " missing: " + rows)).substring(key.length() + 3));
    }

    @Override
    public void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }

    private static final class Context implements ViewContext {
        final List<Diagnostic> reported = new ArrayList<>();
        final List<Consumer<AnalysisSettings>> listeners = new ArrayList<>();
        final AnalysisSettings settings;
        final boolean background;
        final Display display;
        int started;

        Context(AnalysisSettings s, boolean background, Display display) {
            settings = s;
            this.background = background;
            this.display = display;
        }

        @Override
        public AnalysisSettings settings() {
            return settings;
        }

        @Override
        public void onSettingsChanged(Control owner, Consumer<AnalysisSettings> listener) {
            listeners.add(listener);
            owner.addDisposeListener(e -> listeners.remove(listener));
        }

        @Override
        public void report(Diagnostic d) {
            reported.add(d);
        }

        @Override
        public <T> void runInBackground(String task, Function<Monitor, T> work, Consumer<T> done) {
            started++;
            if (!background) {
                done.accept(work.apply(Monitor.none()));
                return;
            }
            Thread t = new Thread(() -> {
                T v = work.apply(Monitor.none());
                display.asyncExec(() -> done.accept(v));
            }, "test-" + task);
            t.setDaemon(true);
            t.start();
        }
    }
}
