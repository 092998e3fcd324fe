package org.nernst.ui.api;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A panel that is not about one file (a catalog, a comparison, a dashboard), contributed by any
 * bundle as an OSGi service ({@code @Component(service = WorkbenchPanel.class)}). The shell lists
 * the registered panels in its Tools menu and opens one as a tab of the editor area; panels come
 * and go with their bundles.
 *
 * <p>{@link #createControl} runs on the UI thread; a panel that throws is replaced by an error panel
 * naming its bundle. Slow work (opening a database, reading files) belongs in
 * {@link Workbench#runInBackground}.
 */
public interface WorkbenchPanel {

    /** Menu entry and tab title ("Catalog"). */
    String title();

    /** Builds the panel as a child of {@code parent} (which has a FillLayout). */
    Control createControl(Composite parent, Workbench bench);
}
