package org.nernst.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * Makes the framework's installed bundles match the distribution's bundles/ folder. The OSGi
 * cache persists between runs for a fast start, so a rebuilt jar must replace the cached bundle
 * (stale code is the classic trap): each jar is keyed by symbolic name and fingerprinted by size
 * and modification time; a changed fingerprint means update(), a vanished jar means uninstall().
 */
final class BundleSync {
    private static final String PREFIX = "nernst:";

    private BundleSync() {
    }

    static List<Bundle> sync(BundleContext bc, Path bundlesDir, Path stampFile) throws IOException, BundleException {
        Properties stamps = new Properties();
        if (Files.exists(stampFile)) {
            try (Reader r = Files.newBufferedReader(stampFile)) {
                stamps.load(r);
            }
        }
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle b : bc.getBundles()) {
            if (b.getLocation().startsWith(PREFIX)) {
                installed.put(b.getLocation().substring(PREFIX.length()), b);
            }
        }
        // an unchanged jar (same name, size and mtime) keeps its symbolic name: opening ~50 jars to
        // read their manifests cost ~0.2 s of every start
        Map<String, String> knownBsn = new HashMap<>();
        stamps.forEach((k, v) -> knownBsn.put((String) v, (String) k));
        List<Bundle> ours = new ArrayList<>();
        Properties now = new Properties();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(bundlesDir, "*.jar")) {
            for (Path jar : jars) {
                String stamp = Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis() + ":" + jar.getFileName();
                String bsn = knownBsn.containsKey(stamp) ? knownBsn.get(stamp) : symbolicName(jar);
                if (bsn == null) {
                    System.err.println("[nernst] skipping " + jar.getFileName() + ": not an OSGi bundle");
                    continue;
                }
                now.setProperty(bsn, stamp);
                Bundle b = installed.remove(bsn);
                if (b == null) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        b = bc.installBundle(PREFIX + bsn, in);
                    }
                } else if (!stamp.equals(stamps.getProperty(bsn))) {
                    try (InputStream in = Files.newInputStream(jar)) {
                        b.update(in);
                    }
                }
                ours.add(b);
            }
        }
        for (Bundle gone : installed.values()) {
            gone.uninstall();
        }
        try (Writer w = Files.newBufferedWriter(stampFile)) {
            now.store(w, "installed distribution bundles: size:mtime:file");
        }
        return ours;
    }

    /**
     * Uninstalls plug-ins that do not belong to the current plug-ins folder: installed from another
     * folder (NERNST_PLUGINS changed; the cache kept them active) or whose jar was deleted while Nernst
     * was not running. FileInstall only looks after its own folder, so these stayed forever.
     */
    static List<String> dropStalePlugins(BundleContext bc, Path plugins) throws BundleException {
        Path dir = plugins.toAbsolutePath().normalize();
        List<String> dropped = new ArrayList<>();
        for (Bundle b : bc.getBundles()) {
            String loc = b.getLocation();
            if (b.getBundleId() == 0 || loc.startsWith(PREFIX)) {
                continue;
            }
            Path file = null;
            try {
                file = Path.of(java.net.URI.create(loc)).toAbsolutePath().normalize();
            } catch (RuntimeException e) {
                // not a file URI: nothing of ours installs such a bundle
            }
            if (file == null || !file.startsWith(dir) || !Files.exists(file)) {
                dropped.add(b.getSymbolicName() + " (" + loc + ")");
                b.uninstall();
            }
        }
        return dropped;
    }

    static boolean isFragment(Bundle b) {
        return b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    private static String symbolicName(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile())) {
            var mf = jf.getManifest();
            if (mf == null) {
                return null;
            }
            String bsn = mf.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return bsn == null ? null : bsn.split(";")[0].trim();
        }
    }
}
