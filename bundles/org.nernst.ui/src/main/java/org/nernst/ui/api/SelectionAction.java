package org.nernst.ui.api;

import java.nio.file.Path;
import java.util.List;

/**
 * Something to do with files or folders selected in the explorer (a Koutecký–Levich analysis of a
 * rotation series, a batch run on a folder), contributed as an OSGi service
 * ({@code @Component(service = SelectionAction.class)}). The explorer's context menu lists the
 * actions that accept the current selection.
 *
 * <p>Both methods run on the UI thread: {@link #accepts} must be quick (look at names, not
 * contents); {@link #run} starts slow work with {@link Workbench#runInBackground} and shows results
 * with {@link Workbench#openTab}. An action that throws is reported in the problems panel.
 */
public interface SelectionAction {

    /** Menu label ("Koutecký–Levich…"). */
    String label();

    /** Whether the action applies to these paths (absolute, in explorer order; files and/or folders). */
    boolean accepts(List<Path> selection);

    void run(List<Path> selection, Workbench bench);
}
