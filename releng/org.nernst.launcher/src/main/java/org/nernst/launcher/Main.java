package org.nernst.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Boots the Nernst product on Apache Felix: installs (or updates) the distribution's bundles,
 * lets FileInstall watch plugins/, waits for the entry point service ({@code nernst.main=cli} or
 * {@code gui}) and calls it with the arguments on this (main) thread, which SWT needs.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        int code;
        try {
            code = run(args, t0);
        } catch (Exception e) {
            System.err.println("nernst: could not start the platform: " + e);
            if (Boolean.getBoolean("nernst.debug")) {
                e.printStackTrace();
            }
            code = 70;
        }
        System.exit(code);
    }

    private static int run(String[] args, long t0) throws Exception {
        Path home = Paths.get(System.getProperty("nernst.home", ".")).toAbsolutePath().normalize();
        Path plugins = Paths.get(System.getProperty("nernst.plugins", home.resolve("plugins").toString())).toAbsolutePath();
        Files.createDirectories(plugins);
        boolean gui = args.length > 0 && args[0].equals("gui")
                || args.length == 0 && System.getenv("DISPLAY") != null && !Boolean.getBoolean("nernst.headless");
        String[] rest = args.length > 0 && args[0].equals("gui") ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (args.length == 0 && !gui) {
            rest = new String[] {"--help"};
        }
        // One cache per concurrent process: the first free slot is locked for this run (shell + CLI at once).
        Path cacheRoot = Paths.get(System.getProperty("nernst.cache",
                Paths.get(System.getProperty("user.home"), ".cache", "nernst").toString()));
        Files.createDirectories(cacheRoot);
        FileLock lock = null;
        Path cache = null;
        for (int slot = 0; lock == null; slot++) {
            cache = cacheRoot.resolve("felix-" + slot);
            Files.createDirectories(cache);
            @SuppressWarnings("resource")
            RandomAccessFile raf = new RandomAccessFile(cache.resolve("nernst.lock").toFile(), "rw");
            lock = raf.getChannel().tryLock();
            if (lock == null) {
                raf.close();
            }
        }
        Map<String, Object> cfg = new HashMap<>();
        cfg.put(Constants.FRAMEWORK_STORAGE, cache.resolve("bundles").toString());
        cfg.put(Constants.FRAMEWORK_STORAGE_CLEAN, "none");
        cfg.put("felix.cache.locking", "false"); // our own slot lock above replaces Felix's
        cfg.put("felix.log.logger", new StderrLogger());
        cfg.put("felix.log.level", Boolean.getBoolean("nernst.debug") ? "4" : "1");
        cfg.put("ds.loglevel", Boolean.getBoolean("nernst.debug") ? "debug" : "error");
        cfg.put("felix.fileinstall.dir", plugins.toString());
        cfg.put("felix.fileinstall.poll", "1000");
        cfg.put("felix.fileinstall.noInitialDelay", "true");
        cfg.put("felix.fileinstall.bundles.new.start", "true");
        cfg.put("felix.fileinstall.log.default", "jul");
        cfg.put("felix.fileinstall.log.level", "1");
        cfg.put("felix.fileinstall.tmpdir", cache.resolve("fileinstall").toString());
        Framework fw = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(asStringMap(cfg));
        fw.init();
        BundleContext bc = fw.getBundleContext();
        List<Bundle> ours = BundleSync.sync(bc, home.resolve("bundles"), cache.resolve("installed.properties"));
        for (String gone : BundleSync.dropStalePlugins(bc, plugins)) {
            System.err.println("[nernst] plug-in no longer in " + plugins + ", uninstalled: " + gone);
        }
        fw.start();
        List<String> startProblems = new ArrayList<>();
        for (Bundle b : ours) {
            if (!BundleSync.isFragment(b)) {
                try {
                    b.start();
                } catch (BundleException e) {
                    startProblems.add(b.getSymbolicName() + ": " + e.getMessage());
                }
            }
        }
        PluginWait.untilInstalled(bc, plugins, 5000);
        String role = gui ? "gui" : "cli";
        Object entry = waitForEntry(bc, role, gui ? 3000 : 15000);
        if (entry == null && gui) {
            System.err.println("nernst: the desktop shell is not installed or failed to start; showing the CLI help");
            role = "cli";
            rest = new String[] {"--help"};
            entry = waitForEntry(bc, role, 15000);
        }
        if (entry == null) {
            System.err.println("nernst: the " + role + " entry point did not start. Bundle problems:");
            startProblems.forEach(p -> System.err.println("  " + p));
            for (Bundle b : bc.getBundles()) {
                if (b.getState() != Bundle.ACTIVE && !BundleSync.isFragment(b)) {
                    System.err.println("  " + b.getSymbolicName() + " is not active (state " + b.getState() + ")");
                }
            }
            fw.stop();
            return 70;
        }
        if (Boolean.getBoolean("nernst.timing")) {
            System.err.printf("[nernst] platform ready in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        }
        @SuppressWarnings("unchecked")
        Function<String[], Integer> main = (Function<String[], Integer>) entry;
        int code;
        try {
            code = main.apply(rest);
        } finally {
            long t1 = System.nanoTime();
            // Nothing to persist but the cache (already written): stop quickly, do not wait for slow plug-ins.
            fw.stop();
            fw.waitForStop(Long.getLong("nernst.stopTimeoutMs", 2000));
            if (Boolean.getBoolean("nernst.timing")) {
                System.err.printf("[nernst] command done at %.0f ms, stopped in %.0f ms%n", (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
            }
        }
        return code;
    }

    private static Object waitForEntry(BundleContext bc, String role, long millis) throws Exception {
        Filter f = bc.createFilter("(&(" + Constants.OBJECTCLASS + "=java.util.function.Function)(nernst.main=" + role + "))");
        ServiceTracker<Object, Object> t = new ServiceTracker<>(bc, f, null);
        t.open();
        return t.waitForService(millis);
    }

    /** Felix accepts objects (the logger) in its configuration map, typed as a String map by the API. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, String> asStringMap(Map<String, Object> in) {
        return (Map) in;
    }
}
