package org.nernst.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.nernst.ui.api.SelectionAction;
import org.nernst.ui.api.WorkbenchPanel;

/**
 * The Nernst desktop window: explorer | editor area over problems | properties, status bar below.
 * Built and used on the UI thread only; registry changes from DS threads arrive via asyncExec.
 */
public final class MainWindow implements FileEditor.Workbench {
    private final Shell shell;
    private final ShellServices services;
    private final UiState state;
    private final Explorer explorer;
    private final EditorArea editors;
    private final ProblemsPanel problems;
    private final PropertiesPanel properties;
    private final StatusBar status;
    private final ViewRegistry.Listener registryListener;

    public MainWindow(Display display, ShellServices services) {
        this.services = services;
        this.state = new UiState(services.stateFile());
        if (state.firstStart() && Files.isDirectory(services.samples())) {
            state.addRoot(services.samples());
        }
        shell = new Shell(display);
        shell.setText("Nernst");
        shell.setLayout(new GridLayout(1, false));
        SashForm main = new SashForm(shell, SWT.HORIZONTAL | SWT.SMOOTH);
        main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new StatusBar(shell);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // the explorer opens files through the editor area, which exists only after the centre is built
        EditorArea[] ed = new EditorArea[1];
        explorer = new Explorer(main, state, p -> ed[0].open(p), this::actionsFor);
        SashForm centre = new SashForm(main, SWT.VERTICAL | SWT.SMOOTH);
        problems = new ProblemsPanel(centre);
        properties = new PropertiesPanel(main);
        editors = new EditorArea(centre, services.importer(), this, properties::show, this::opened);
        ed[0] = editors;
        editors.moveAbove(problems);
        centre.setWeights(75, 25);
        main.setWeights(18, 60, 22);
        Explorer.acceptDrops(editors.tabs(), explorer::dropped);
        menu();
        registryListener = new ViewRegistry.Listener() {
            @Override
            public void added(ViewRegistry.Entry e) {
                later(() -> viewsChanged("view \"" + e.view().name() + "\" added by " + e.bundle()));
            }

            @Override
            public void removed(ViewRegistry.Entry e) {
                // a view whose bundle leaves must be gone before unbind returns: wait for the UI thread
                now(() -> viewsChanged("view \"" + e.view().name() + "\" of " + e.bundle() + " removed"));
            }
        };
        services.views().addListener(registryListener);
        shell.addListener(SWT.Dispose, e -> {
            services.views().removeListener(registryListener);
            try {
                state.save();
            } catch (IOException ex) {
                System.err.println("nernst: cannot save the window state: " + ex.getMessage());
            }
        });
        org.eclipse.swt.graphics.Rectangle screen = display.getPrimaryMonitor().getClientArea();
        shell.setSize(Math.min(1400, screen.width), Math.min(860, screen.height));
        status.message("Open a file: double-click it in the explorer, drop it here, or File > Open.");
    }

    private void later(Runnable r) {
        Display d = shell.getDisplay();
        try {
            if (!d.isDisposed()) {
                d.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        r.run();
                    }
                });
            }
        } catch (org.eclipse.swt.SWTException gone) {
            // the display closed meanwhile: nothing is left to update
        }
    }

    private void now(Runnable r) {
        Display d = shell.getDisplay();
        try {
            if (!d.isDisposed()) {
                d.syncExec(() -> {
                    if (!shell.isDisposed()) {
                        r.run();
                    }
                });
            }
        } catch (org.eclipse.swt.SWTException gone) {
            // the display closed meanwhile: nothing is left to update
        }
    }

    private void viewsChanged(String what) {
        editors.viewsChanged();
        problems.info(what, "plugins");
        for (var it : editors.tabs().getItems()) {
            if (it.getControl() instanceof PluginsPanel pp) {
                pp.refresh();
            }
        }
    }

    private void menu() {
        Menu bar = new Menu(shell, SWT.BAR);
        Menu file = cascade(bar, "&File");
        item(file, "&Open file…\tCtrl+O", SWT.MOD1 + 'O', () -> {
            FileDialog d = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
            if (d.open() != null) {
                for (String n : d.getFileNames()) {
                    open(Path.of(d.getFilterPath(), n));
                }
            }
        });
        item(file, "Add &folder to explorer…", 0, () -> {
            String dir = new org.eclipse.swt.widgets.DirectoryDialog(shell).open();
            if (dir != null) {
                explorer.addRoot(Path.of(dir));
            }
        });
        new MenuItem(file, SWT.SEPARATOR);
        item(file, "E&xit\tCtrl+Q", SWT.MOD1 + 'Q', shell::close);
        Menu view = cascade(bar, "&View");
        item(view, "&Plugins", 0, this::showPlugins);
        item(view, "Sample &data", 0, () -> explorer.addRoot(services.samples()));
        Menu tools = cascade(bar, "&Tools");
        // rebuilt whenever it opens: panels come and go with their bundles
        tools.addListener(SWT.Show, e -> fillTools(tools));
        Menu help = cascade(bar, "&Help");
        item(help, "&About Nernst", 0, () -> {
            MessageBox mb = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
            mb.setText("About Nernst");
            mb.setMessage("Nernst: electrochemistry data on an OSGi plug-in platform.\nPlug-in folder: " + services.plugins());
            mb.open();
        });
        shell.setMenuBar(bar);
    }

    /** The Tools menu: one entry per registered workbench panel. */
    void fillTools(Menu tools) {
        for (MenuItem mi : tools.getItems()) {
            mi.dispose();
        }
        var panels = services.panels().all(WorkbenchPanel::title);
        for (var p : panels) {
            item(tools, p.service().title(), 0, () -> showPanel(p));
        }
        if (panels.isEmpty()) {
            MenuItem none = new MenuItem(tools, SWT.PUSH);
            none.setText("(no panels installed)");
            none.setEnabled(false);
        }
    }

    /** Opens (or selects) the panel's tab. */
    void showPanel(Contributions.Entry<WorkbenchPanel> p) {
        ShellWorkbench bench = workbench(p.bundle(), p.version());
        String title = p.service().title();
        editors.showTool(title, parent -> bench.guarded(parent, title, c -> p.service().createControl(c, bench)));
    }

    /** Opens the registered panel titled {@code title}; false when there is none. */
    boolean showPanel(String title) {
        var p = services.panels().all(WorkbenchPanel::title).stream().filter(e -> e.service().title().equals(title)).findFirst();
        p.ifPresent(this::showPanel);
        return p.isPresent();
    }

    /** The explorer's context-menu entries for a selection: every action that accepts it. */
    private java.util.List<Explorer.Action> actionsFor(java.util.List<Path> selection) {
        java.util.List<Explorer.Action> out = new java.util.ArrayList<>();
        for (var a : services.actions().all(SelectionAction::label)) {
            try {
                if (a.service().accepts(selection)) {
                    out.add(new Explorer.Action(a.service().label(), () -> runAction(a, selection)));
                }
            } catch (RuntimeException | LinkageError ex) {
                problems.error("action of " + a.bundle() + " failed: " + ErrorPanel.describe(ex), a.bundle());
            }
        }
        return out;
    }

    private void runAction(Contributions.Entry<SelectionAction> a, java.util.List<Path> selection) {
        try {
            a.service().run(java.util.List.copyOf(selection), workbench(a.bundle(), a.version()));
        } catch (RuntimeException | LinkageError ex) {
            problems.error("\"" + a.service().label() + "\" of " + a.bundle() + " " + a.version() + " failed: "
                    + ErrorPanel.describe(ex), a.bundle());
        }
    }

    private ShellWorkbench workbench(String bundle, String version) {
        return new ShellWorkbench(shell, status, problems, editors, services.importer(), bundle, version);
    }

    private static Menu cascade(Menu bar, String text) {
        MenuItem mi = new MenuItem(bar, SWT.CASCADE);
        mi.setText(text);
        Menu m = new Menu(mi);
        mi.setMenu(m);
        return m;
    }

    private static void item(Menu m, String text, int accelerator, Runnable r) {
        MenuItem mi = new MenuItem(m, SWT.PUSH);
        mi.setText(text);
        if (accelerator != 0) {
            mi.setAccelerator(accelerator);
        }
        mi.addListener(SWT.Selection, e -> r.run());
    }

    private void opened(Path p) {
        state.opened(p);
        explorer.refresh();
    }

    public Shell shell() {
        return shell;
    }

    public void open(Path file) {
        editors.open(file.toAbsolutePath().normalize());
    }

    public void showPlugins() {
        editors.showTool("Plugins", parent -> new PluginsPanel(parent, services, problems));
    }

    Explorer explorer() {
        return explorer;
    }

    EditorArea editors() {
        return editors;
    }

    PropertiesPanel properties() {
        return properties;
    }

    Optional<FileEditor> activeEditor() {
        return editors.active();
    }

    @Override
    public ProblemsPanel problems() {
        return problems;
    }

    @Override
    public StatusBar status() {
        return status;
    }

    @Override
    public ViewRegistry registry() {
        return services.views();
    }
}
