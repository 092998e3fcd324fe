package org.nernst.ui.catalog.internal;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.nernst.catalog.CatalogLocation;
import org.nernst.ui.api.Workbench;
import org.nernst.ui.api.WorkbenchPanel;
import org.osgi.service.component.annotations.Component;

/**
 * Tools > Catalog: the catalog the CLI's {@code catalog} command uses ({@code NERNST_DB}, else the
 * embedded H2 file in the user's data folder; created and seeded with the literature on first use).
 */
@Component(service = WorkbenchPanel.class)
public class CatalogPanel implements WorkbenchPanel {

    @Override
    public String title() {
        return "Catalog";
    }

    @Override
    public Control createControl(Composite parent, Workbench bench) {
        return new CatalogView(parent, bench,
                () -> CatalogLocation.resolve(Optional.empty(), System.getenv(), Path.of(System.getProperty("user.home"))));
    }
}
