package org.nernst.ui.batch.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nernst.io.Importer;
import org.nernst.ui.api.SelectionAction;
import org.nernst.ui.api.Workbench;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Explorer > (a folder) > Run batch…: the {@code batch} command on that folder, from a tab that
 * shows the summary table and opens the HTML report.
 */
@Component(service = SelectionAction.class)
public class BatchAction implements SelectionAction {
    @Reference
    private Importer importer;

    public BatchAction() {
        // DS injects the importer
    }

    BatchAction(Importer importer) {
        this.importer = importer;
    }

    @Override
    public String label() {
        return "Run batch…";
    }

    @Override
    public boolean accepts(List<Path> selection) {
        return selection.size() == 1 && Files.isDirectory(selection.get(0));
    }

    @Override
    public void run(List<Path> selection, Workbench bench) {
        Path dir = selection.get(0);
        bench.openTab("Batch: " + dir.getFileName(), parent -> new BatchPanel(parent, dir, importer, bench));
    }
}
