package org.nernst.ui.api;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;

/**
 * What the shell offers {@link WorkbenchPanel}s and {@link SelectionAction}s: background work with
 * the status-bar progress and cancel, the problems panel, the shell's file import, and tabs in the
 * editor area. Every method is called on the UI thread, except {@link #read}, which belongs in
 * background work.
 */
public interface Workbench {

    /** The main window (parent for dialogs). */
    Shell shell();

    /**
     * Runs {@code work} on a worker thread with progress and cancel in the status bar; {@code done}
     * gets the result on the UI thread. Failures go to the problems panel, attributed to {@code task};
     * a cancelled task calls nothing.
     */
    <T> void runInBackground(String task, Function<Monitor, T> work, Consumer<T> done);

    /** Adds a message to the problems panel; {@code source} names the file or tool it is about. */
    void report(Diagnostic d, String source);

    /** Reads a file with the shell's readers (the same registry as File > Open); call it from background work. */
    List<Measurement> read(Path file, Monitor monitor);

    /**
     * Opens a closable tab in the editor area with {@code content} built in it (the parent has a
     * FillLayout); a tab with the same title is replaced. A content factory that throws gives an
     * error panel naming the contribution's bundle.
     */
    void openTab(String title, Function<Composite, Control> content);
}
