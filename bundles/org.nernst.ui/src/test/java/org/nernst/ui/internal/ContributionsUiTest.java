package org.nernst.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.model.Measurement;
import org.nernst.io.ReaderRegistry;
import org.nernst.ui.api.SelectionAction;
import org.nernst.ui.api.Workbench;
import org.nernst.ui.api.WorkbenchPanel;
import org.nernst.ui.internal.views.RawDataView;

/** Workbench panels in the Tools menu and selection actions in the explorer's context menu, in the real shell. */
class ContributionsUiTest {
    @TempDir
    Path tmp;

    private MainWindow window;
    private final Contributions<WorkbenchPanel> panels = new Contributions<>();
    private final Contributions<SelectionAction> actions = new Contributions<>();
    private final List<List<Path>> ran = new ArrayList<>();

    record Panel(String title, boolean broken) implements WorkbenchPanel {
        @Override
        public Control createControl(Composite parent, Workbench bench) {
            Label l = new Label(parent, SWT.NONE);
            if (broken) {
                throw new IllegalStateException("vendor panel bug");
            }
            l.setText("a panel of its own");
            return l;
        }
    }

    /** Reads the selected files in the background with the shell's readers, then opens a tab listing their rows. */
    final class RowsAction implements SelectionAction {
        @Override
        public String label() {
            return "Count rows…";
        }

        @Override
        public boolean accepts(List<Path> selection) {
            return selection.size() >= 2 && selection.stream().allMatch(Files::isRegularFile);
        }

        @Override
        public void run(List<Path> selection, Workbench bench) {
            ran.add(selection);
            bench.runInBackground("counting rows", m -> selection.stream()
                    .mapToInt(p -> bench.read(p, m).stream().mapToInt(Measurement::rows).sum()).sum(),
                    n -> bench.openTab("Rows", parent -> {
                        Label l = new Label(parent, SWT.NONE);
                        l.setText(n + " rows");
                        return l;
                    }));
        }
    }

    record FolderAction() implements SelectionAction {
        @Override
        public String label() {
            return "Folder thing…";
        }

        @Override
        public boolean accepts(List<Path> selection) {
            return selection.size() == 1 && Files.isDirectory(selection.get(0));
        }

        @Override
        public void run(List<Path> selection, Workbench bench) {
        }
    }

    @BeforeEach
    void open() {
        Display display = Ui.display();
        ViewRegistry views = new ViewRegistry();
        views.add(new RawDataView(), "org.nernst.ui", "0.1.0", -100);
        panels.add(new Panel("Test panel", false), "com.example.panels", "1.0.0");
        panels.add(new Panel("Broken panel", true), "com.example.broken", "2.0.0");
        actions.add(new RowsAction(), "com.example.actions", "1.0.0");
        actions.add(new FolderAction(), "com.example.actions", "1.0.0");
        ShellServices s = new ShellServices(ReaderRegistry.withBuiltInReaders(), views, tmp.resolve("plugins"),
                tmp.resolve("state.properties"), ShellUiTest.samples(), List::of, panels, actions);
        window = new MainWindow(display, s);
        window.shell().setLocation(0, 0);
        window.shell().open();
        Ui.settle(200);
    }

    @AfterEach
    void close() {
        if (window != null && !window.shell().isDisposed()) {
            window.shell().dispose();
        }
        Ui.settle(50);
    }

    private static List<String> labels(Menu m) {
        return Arrays.stream(m.getItems()).map(MenuItem::getText).toList();
    }

    private static void click(Menu m, String label) {
        MenuItem mi = Arrays.stream(m.getItems()).filter(i -> i.getText().equals(label)).findFirst().orElseThrow();
        mi.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    @Test
    void toolsMenuListsPanelsAndABrokenPanelBecomesAnErrorPanel() {
        Menu tools = Arrays.stream(window.shell().getMenuBar().getItems()).filter(i -> i.getText().equals("&Tools"))
                .findFirst().orElseThrow().getMenu();
        tools.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("Broken panel", "Test panel"), labels(tools));
        click(tools, "Test panel");
        CTabItem sel = window.editors().tabs().getSelection();
        assertEquals("Test panel", sel.getText());
        click(tools, "Broken panel");
        Composite holder = (Composite) window.editors().tabs().getSelection().getControl();
        assertTrue(holder.getChildren()[0] instanceof ErrorPanel ep && ep.headline().contains("com.example.broken 2.0.0"),
                Arrays.toString(holder.getChildren()));
        assertTrue(window.problems().rows().stream().anyMatch(r -> r.contains("vendor panel bug")), window.problems().rows().toString());
        // the rest keeps working
        click(tools, "Test panel");
        assertEquals("Test panel", window.editors().tabs().getSelection().getText());
        panels.remove(panels.all(WorkbenchPanel::title).get(0).service());
        tools.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("Test panel"), labels(tools), "a panel whose bundle left is gone from the menu");
    }

    @Test
    void explorerMultiSelectionRunsTheActionsThatAcceptIt() throws Exception {
        Path samples = ShellUiTest.samples();
        List<Path> two = List.of(samples.resolve("ca-cottrell.csv"), samples.resolve("eis-randles.csv"));
        window.explorer().select(two);
        assertEquals(two, window.explorer().selectedPaths());
        Menu menu = window.explorer().tree().getMenu();
        menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        List<String> items = labels(menu);
        assertEquals("Count rows…", items.get(0), items.toString());
        assertFalse(items.contains("Folder thing…"), "a folder action does not fit two files");
        click(menu, "Count rows…");
        assertEquals(List.of(two), ran);
        assertTrue(Ui.spinUntil(() -> window.editors().tabs().getSelection() != null
                && "Rows".equals(window.editors().tabs().getSelection().getText()), 20_000), window.problems().rows().toString());
        Label rows = (Label) ((Composite) window.editors().tabs().getSelection().getControl()).getChildren()[0];
        // the sample files' numeric lines (after a preamble and the header row)
        long expected = 0;
        for (Path p : two) {
            try (var lines = Files.lines(p)) {
                expected += lines.filter(l -> l.matches("^-?[0-9].*")).count();
            }
        }
        assertEquals(expected + " rows", rows.getText());

        window.explorer().select(List.of(samples));
        menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        items = labels(menu);
        assertEquals("Folder thing…", items.get(0), items.toString());
        assertFalse(items.contains("Count rows…"));
        assertEquals(1, items.stream().filter(i -> i.equals("Folder thing…")).count(), "entries replaced, not piled up");
    }
}
