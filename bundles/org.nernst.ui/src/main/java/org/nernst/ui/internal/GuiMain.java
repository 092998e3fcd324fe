package org.nernst.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.nernst.io.Importer;
import org.nernst.ui.api.MeasurementView;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The desktop shell as the entry point the launcher calls ({@code nernst.main=gui}) on the main
 * thread, which SWT needs. A delayed component: nothing here runs (and no SWT class loads) unless
 * the launcher asks for the GUI, so headless CLI runs never start it.
 */
@Component(service = Function.class, property = "nernst.main=gui")
public class GuiMain implements Function<String[], Integer> {

    @Reference
    private Importer importer;

    @Reference
    private ServiceComponentRuntime scr;

    private final ViewRegistry views = new ViewRegistry();
    private BundleContext bundleContext;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addView(MeasurementView view, ServiceReference<MeasurementView> ref) {
        Object rank = ref.getProperty("service.ranking");
        views.add(view, ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(),
                ref.getBundle() == null ? "" : ref.getBundle().getVersion().toString(),
                rank instanceof Integer i ? i : 0);
    }

    void removeView(MeasurementView view) {
        views.remove(view);
    }

    private final Contributions<org.nernst.ui.api.WorkbenchPanel> panels = new Contributions<>();
    private final Contributions<org.nernst.ui.api.SelectionAction> actions = new Contributions<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPanel(org.nernst.ui.api.WorkbenchPanel panel, ServiceReference<org.nernst.ui.api.WorkbenchPanel> ref) {
        panels.add(panel, ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(),
                ref.getBundle() == null ? "" : ref.getBundle().getVersion().toString());
    }

    void removePanel(org.nernst.ui.api.WorkbenchPanel panel) {
        panels.remove(panel);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addAction(org.nernst.ui.api.SelectionAction action, ServiceReference<org.nernst.ui.api.SelectionAction> ref) {
        actions.add(action, ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(),
                ref.getBundle() == null ? "" : ref.getBundle().getVersion().toString());
    }

    void removeAction(org.nernst.ui.api.SelectionAction action) {
        actions.remove(action);
    }

    @Activate
    void activate(BundleContext bc) {
        this.bundleContext = bc;
    }

    @Override
    public Integer apply(String[] args) {
        Path home = Paths.get(System.getProperty("nernst.home", ".")).toAbsolutePath();
        Path plugins = Paths.get(System.getProperty("nernst.plugins", home.resolve("plugins").toString()));
        Path data = Paths.get(System.getProperty("nernst.data",
                Paths.get(System.getProperty("user.home"), ".local", "share", "nernst").toString()));
        Path samples = data.resolve("samples");
        copySamples(samples);
        ShellServices services = new ShellServices(importer, views, plugins, data.resolve("ui-state.properties"),
                samples, this::componentProblems, panels, actions);
        Display display;
        try {
            // SWT extracts its natives into swt.library.path but does not create that folder itself
            String swtLib = System.getProperty("swt.library.path");
            if (swtLib != null) {
                Files.createDirectories(Paths.get(swtLib));
            }
            Display.setAppName("Nernst");
            display = new Display();
        } catch (IOException | org.eclipse.swt.SWTError | LinkageError e) {
            System.err.println("nernst: cannot open the desktop shell: " + e.getMessage()
                    + "\n  (is a display available? headless commands work without one: ./nernst --help)");
            return 70;
        }
        try {
            MainWindow w = new MainWindow(display, services);
            Shell shell = w.shell();
            boolean timing = Boolean.getBoolean("nernst.timing");
            boolean exitAfterStart = Boolean.getBoolean("nernst.ui.exitAfterStart");
            shell.addListener(SWT.Paint, new FirstPaint(shell, timing, exitAfterStart));
            shell.open();
            for (String a : args) {
                if (!a.startsWith("-")) {
                    w.open(Paths.get(a));
                }
            }
            while (!shell.isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            display.dispose();
        }
        return 0;
    }

    /** Reports the time from process start to the first painted window; optionally closes it (start-up measurement). */
    private record FirstPaint(Shell shell, boolean timing, boolean exit) implements org.eclipse.swt.widgets.Listener {
        @Override
        public void handleEvent(org.eclipse.swt.widgets.Event e) {
            shell.removeListener(SWT.Paint, this);
            if (timing) {
                long ms = ProcessHandle.current().info().startInstant()
                        .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L);
                // CPU time too: on a shared, loaded machine wall time says more about the neighbours than about us
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
                System.err.println("[nernst] first window painted " + ms + " ms after process start (process CPU " + cpu + " ms)");
            }
            if (exit) {
                shell.getDisplay().asyncExec(shell::close);
            }
        }
    }

    /** Unpacks the bundled sample files (missing ones only: the user may have edited the others). */
    private void copySamples(Path target) {
        Enumeration<URL> entries = bundleContext.getBundle().findEntries("samples", "*.csv", false);
        if (entries == null) {
            return;
        }
        try {
            Files.createDirectories(target);
            while (entries.hasMoreElements()) {
                URL u = entries.nextElement();
                String name = u.getPath().substring(u.getPath().lastIndexOf('/') + 1);
                Path f = target.resolve(name);
                if (!Files.exists(f)) {
                    try (InputStream in = u.openStream()) {
                        Files.copy(in, f);
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("nernst: cannot unpack the sample data into " + target + ": " + e.getMessage());
        }
    }

    private List<String> componentProblems() {
        List<String> out = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    out.add(d.bundle.symbolicName + ": " + d.name + " waits for " + java.util.Arrays.stream(c.unsatisfiedReferences)
                            .map(u -> u.name).toList());
                } else if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    out.add(d.bundle.symbolicName + ": " + d.name + " failed: " + c.failure);
                }
            }
        }
        return out;
    }
}
