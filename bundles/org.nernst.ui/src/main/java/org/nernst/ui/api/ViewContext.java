package org.nernst.ui.api;

import java.util.function.Consumer;
import java.util.function.Function;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;

/** What the shell offers a view: the analysis settings of its file, the problems panel, and background work. */
public interface ViewContext {

    /** The settings the user entered in the properties panel (defaults from the file's metadata). */
    AnalysisSettings settings();

    /** Called on the UI thread whenever the user applies new settings; removed when {@code owner} is disposed. */
    void onSettingsChanged(org.eclipse.swt.widgets.Control owner, Consumer<AnalysisSettings> listener);

    /** Adds a message to the problems panel, attributed to this view and file. */
    void report(Diagnostic d);

    /**
     * Runs {@code work} on a worker thread with the status-bar progress and cancel button; {@code done}
     * gets the result on the UI thread (not called when cancelled or failed: failures go to the problems panel).
     */
    <T> void runInBackground(String task, Function<Monitor, T> work, Consumer<T> done);
}
