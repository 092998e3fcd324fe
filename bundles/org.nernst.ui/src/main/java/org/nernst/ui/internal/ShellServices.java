package org.nernst.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.nernst.io.Importer;
import org.nernst.ui.api.SelectionAction;
import org.nernst.ui.api.WorkbenchPanel;

/**
 * What the shell needs from the platform, gathered so that tests can build a shell without OSGi.
 *
 * @param importer          reads files (the registry service)
 * @param views             the registered views
 * @param plugins           the drop-in folder FileInstall watches
 * @param stateFile         where explorer folders and recent files are remembered
 * @param samples           the bundled sample data folder, shown on first start
 * @param componentProblems unsatisfied or failed components, for the plugins view
 * @param panels            registered workbench panels (Tools menu)
 * @param actions           registered selection actions (explorer context menu)
 */
public record ShellServices(Importer importer, ViewRegistry views, Path plugins, Path stateFile, Path samples,
        Supplier<List<String>> componentProblems, Contributions<WorkbenchPanel> panels,
        Contributions<SelectionAction> actions) {

    /** A shell without panels or actions. */
    public ShellServices(Importer importer, ViewRegistry views, Path plugins, Path stateFile, Path samples,
            Supplier<List<String>> componentProblems) {
        this(importer, views, plugins, stateFile, samples, componentProblems, new Contributions<>(), new Contributions<>());
    }
}
