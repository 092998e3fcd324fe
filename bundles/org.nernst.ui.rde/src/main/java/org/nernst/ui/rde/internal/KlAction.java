package org.nernst.ui.rde.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nernst.analysis.rde.RotationRates;
import org.nernst.ui.api.SelectionAction;
import org.nernst.ui.api.Workbench;
import org.osgi.service.component.annotations.Component;

/**
 * Explorer > (several sweeps selected) > Koutecký–Levich…: the {@code kl} command on the selected
 * files, in a tab with the K-L lines and n(E).
 */
@Component(service = SelectionAction.class)
public class KlAction implements SelectionAction {

    @Override
    public String label() {
        return "Koutecký–Levich…";
    }

    /** A rotation series: at least {@link RotationRates#MIN_RATES} files (their rates are checked when analysed). */
    @Override
    public boolean accepts(List<Path> selection) {
        return selection.size() >= RotationRates.MIN_RATES && selection.stream().allMatch(Files::isRegularFile);
    }

    @Override
    public void run(List<Path> selection, Workbench bench) {
        bench.openTab("K-L: " + KlPanel.seriesName(selection), parent -> new KlPanel(parent, selection, bench));
    }
}
