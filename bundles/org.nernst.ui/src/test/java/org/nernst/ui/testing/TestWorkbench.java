package org.nernst.ui.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.ui.api.Workbench;

/**
 * A {@link Workbench} for the tests of panels and selection actions, without the main window: a
 * bare shell of its own, background work run at once on the UI thread, reports and opened tabs
 * recorded, tabs built straight into the shell. It reads no files unless given a reader
 * ({@link #readingWith}): the shell's registry lives in a bundle the ui test jar cannot assume.
 * Close it after use (disposes the shell).
 */
public final class TestWorkbench implements Workbench, AutoCloseable {
    private final Display display;
    private final Shell shell;
    private final List<Diagnostic> reported = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final List<String> tabs = new ArrayList<>();
    private BiFunction<Path, Monitor, List<Measurement>> reader;
    private Control tab;
    private int started;

    private TestWorkbench(int width, int height) {
        display = Screen.display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        reader = (file, monitor) -> {
            throw new UnsupportedOperationException("this test's workbench reads no files: " + file);
        };
    }

    /** A workbench on a new {@code width} x {@code height} shell (FillLayout, not yet open); skips the test without an X server. */
    public static TestWorkbench open(int width, int height) {
        return new TestWorkbench(width, height);
    }

    /** {@link #read} goes to {@code r} (e.g. the built-in readers of org.nernst.io). */
    public TestWorkbench readingWith(BiFunction<Path, Monitor, List<Measurement>> r) {
        reader = r;
        return this;
    }

    public Display display() {
        return display;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public <T> void runInBackground(String task, Function<Monitor, T> work, Consumer<T> done) {
        started++;
        done.accept(work.apply(Monitor.none()));
    }

    @Override
    public void report(Diagnostic d, String source) {
        reported.add(d);
        sources.add(source);
    }

    @Override
    public List<Measurement> read(Path file, Monitor monitor) {
        return reader.apply(file, monitor);
    }

    @Override
    public void openTab(String title, Function<Composite, Control> content) {
        tabs.add(title);
        tab = content.apply(shell);
    }

    /** What {@link #report} got, in order. */
    public List<Diagnostic> reported() {
        return List.copyOf(reported);
    }

    /** The sources the reports named, parallel to {@link #reported()}. */
    public List<String> reportSources() {
        return List.copyOf(sources);
    }

    /** Titles of the tabs opened so far, in order. */
    public List<String> tabs() {
        return List.copyOf(tabs);
    }

    /** The content of the last tab opened. */
    public Control tab() {
        if (tab == null) {
            throw new AssertionError("no tab was opened");
        }
        return tab;
    }

    /** Number of background tasks started so far. */
    public int tasksStarted() {
        return started;
    }

    /** Lets layout and painting settle. */
    public void settle(long ms) {
        Screen.settle(display, ms);
    }

    @Override
    public void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
