package org.nernst.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.io.Importer;
import org.nernst.ui.api.Workbench;

/**
 * The shell as one contribution (a panel or action of bundle {@code bundle}) sees it: failures are
 * attributed to that bundle, so a broken plug-in is named in the problems panel and its error panel.
 */
final class ShellWorkbench implements Workbench {
    private final Shell shell;
    private final StatusBar status;
    private final ProblemsPanel problems;
    private final EditorArea editors;
    private final Importer importer;
    private final String bundle;
    private final String version;

    ShellWorkbench(Shell shell, StatusBar status, ProblemsPanel problems, EditorArea editors, Importer importer,
            String bundle, String version) {
        this.shell = shell;
        this.status = status;
        this.problems = problems;
        this.editors = editors;
        this.importer = importer;
        this.bundle = bundle;
        this.version = version;
    }

    @Override
    public Shell shell() {
        return shell;
    }

    @Override
    public <T> void runInBackground(String task, Function<Monitor, T> work, Consumer<T> done) {
        status.run(task, work, v -> {
            try {
                done.accept(v);
            } catch (RuntimeException | LinkageError ex) {
                problems.error(task + ": showing the result failed: " + ErrorPanel.describe(ex), bundle);
            }
        }, ex -> problems.error(task + " failed: " + ErrorPanel.describe(ex), bundle));
    }

    @Override
    public void report(Diagnostic d, String source) {
        problems.add(d, source);
    }

    @Override
    public List<Measurement> read(Path file, Monitor monitor) {
        return importer.read(file, Optional.empty(), monitor).measurements();
    }

    @Override
    public void openTab(String title, Function<Composite, Control> content) {
        editors.replaceTool(title, parent -> guarded(parent, title, content));
    }

    /** Builds {@code content} in a holder; when it throws, the holder shows an error panel naming the bundle instead. */
    Control guarded(Composite parent, String title, Function<Composite, Control> content) {
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
        try {
            content.apply(holder);
        } catch (RuntimeException | LinkageError | StackOverflowError ex) {
            for (Control c : holder.getChildren()) {
                c.dispose();
            }
            ErrorPanel p = new ErrorPanel(holder, title, bundle, version, ex);
            problems.error(p.headline(), bundle);
        }
        return holder;
    }
}
