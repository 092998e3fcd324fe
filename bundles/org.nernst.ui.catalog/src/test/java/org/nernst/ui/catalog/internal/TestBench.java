package org.nernst.ui.catalog.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.ui.api.Workbench;

/** A workbench that runs background work at once on the calling (UI) thread: enough for a test. */
final class TestBench implements Workbench {
    final List<String> reported = new ArrayList<>();
    final Shell shell;

    TestBench(Shell shell) {
        this.shell = shell;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public <T> void runInBackground(String task, Function<Monitor, T> work, Consumer<T> done) {
        done.accept(work.apply(Monitor.none()));
    }

    @Override
    public void report(Diagnostic d, String source) {
        reported.add(d.message());
    }

    @Override
    public List<Measurement> read(Path file, Monitor monitor) {
        throw new UnsupportedOperationException("the catalog panel reads no files");
    }

    @Override
    public void openTab(String title, Function<Composite, Control> content) {
        content.apply(shell);
    }
}
