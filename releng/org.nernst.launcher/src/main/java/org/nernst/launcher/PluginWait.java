package org.nernst.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * FileInstall scans plugins/ on its own thread. A command must not run before the plug-ins that
 * are already in the folder are installed and started, or `nernst formats` would race them.
 */
final class PluginWait {
    private PluginWait() {
    }

    static void untilInstalled(BundleContext bc, Path plugins, long timeoutMillis) throws IOException, InterruptedException {
        Set<String> wanted = new HashSet<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(plugins, "*.jar")) {
            for (Path j : jars) {
                wanted.add(j.getFileName().toString());
            }
        }
        long end = System.currentTimeMillis() + timeoutMillis;
        while (!wanted.isEmpty() && System.currentTimeMillis() < end) {
            for (Bundle b : bc.getBundles()) {
                String loc = b.getLocation();
                int slash = loc.lastIndexOf('/');
                String file = slash < 0 ? loc : loc.substring(slash + 1);
                if (b.getState() == Bundle.ACTIVE || b.getState() == Bundle.RESOLVED && b.getHeaders().get("Fragment-Host") != null) {
                    wanted.remove(file);
                }
            }
            if (!wanted.isEmpty()) {
                Thread.sleep(20);
            }
        }
        if (!wanted.isEmpty()) {
            System.err.println("[nernst] plug-ins not started after " + timeoutMillis + " ms: " + wanted);
        }
    }
}
