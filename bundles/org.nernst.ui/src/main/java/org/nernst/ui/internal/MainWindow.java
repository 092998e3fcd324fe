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
        explorer = new Explorer(main, state, p -> ed[0].open(p));
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
        Menu help = cascade(bar, "&Help");
        item(help, "&About Nernst", 0, () -> {
            MessageBox mb = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
            mb.setText("About Nernst");
            mb.setMessage("Nernst: electrochemistry data on an OSGi plug-in platform.\nPlug-in folder: " + services.plugins());
            mb.open();
        });
        shell.setMenuBar(bar);
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
