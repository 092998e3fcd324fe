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
        String bundle = ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName();
        views.add(view, bundle, ref.getBundle() == null ? "" : ref.getBundle().getVersion().toString(),
                rank instanceof Integer i ? i : 0);
        logLive("view added: ", view, bundle);
    }

    void removeView(MeasurementView view) {
        // the registry's entry names the bundle: an unregistered service's reference may no longer know it
        String bundle = views.all().stream().filter(e -> e.view() == view).map(ViewRegistry.Entry::bundle).findFirst().orElse("?");
        views.remove(view);
        logLive("view removed: ", view, bundle);
    }

    /** True while the window is up: views bound before (the installed ones) or after (shutdown) are not news. */
    private volatile boolean shellRunning;

    /** One stderr line per view that arrives or leaves while the shell runs (a jar dropped into or removed from plugins/). */
    private void logLive(String what, MeasurementView view, String bundle) {
        if (shellRunning) {
            String name;
            try {
                name = view.name();
            } catch (RuntimeException | LinkageError e) {
                name = view.getClass().getName();
            }
            System.err.println("[nernst] " + what + name + " (" + bundle + ")");
        }
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
            if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
                // no session bus (Xvfb, ssh -X, minimal desktops): SWT's session-manager hook would try to
                // spawn dbus-launch twice and print two errors; there is no session to register with anyway
                System.setProperty("org.eclipse.swt.internal.SessionManagerDBus.disable", "true");
            }
            display = new Display();
        } catch (IOException | org.eclipse.swt.SWTError | LinkageError e) {
            System.err.println("nernst: cannot open the desktop shell: " + e.getMessage()
                    + "\n  (is a display available? headless commands work without one: ./nernst --help)");
            return 70;
        }
        long displayAt = StartTiming.sinceLaunchMillis();
        shellRunning = true;
        try {
            MainWindow w = new MainWindow(display, services);
            Shell shell = w.shell();
            boolean timing = Boolean.getBoolean("nernst.timing");
            boolean exitAfterStart = Boolean.getBoolean("nernst.ui.exitAfterStart");
            shell.addListener(SWT.Paint, new FirstPaint(shell, timing, exitAfterStart, displayAt, StartTiming.sinceLaunchMillis()));
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
            shellRunning = false;
            display.dispose();
        }
        return 0;
    }

    /** Reports the time from process start to the first painted window; optionally closes it (start-up measurement). */
    private record FirstPaint(Shell shell, boolean timing, boolean exit, long displayAt, long windowAt)
            implements org.eclipse.swt.widgets.Listener {
        @Override
        public void handleEvent(org.eclipse.swt.widgets.Event e) {
            shell.removeListener(SWT.Paint, this);
            if (timing) {
                System.err.println(StartTiming.report(displayAt, windowAt, StartTiming.sinceLaunchMillis()));
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
