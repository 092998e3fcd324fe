package org.nernst.testing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.nernst.io.api.MeasurementReader;

/**
 * Finds every reader a set of built bundles contributes, the way Declarative Services would:
 * classes that carry the DS {@code @Component} annotation (CLASS retention, so it is in the class
 * file but not visible by reflection) and implement {@link MeasurementReader}. Works on bundle jars
 * (the product) and on class folders (a javac build), so a reader added later is fuzzed without
 * editing any list.
 */
public final class ReaderDiscovery {
    private static final byte[] COMPONENT = "Lorg/osgi/service/component/annotations/Component;".getBytes(StandardCharsets.US_ASCII);

    private ReaderDiscovery() {
    }

    /** Instantiates the DS reader components found under {@code roots} (jars or class folders), sorted by reader id. */
    public static List<MeasurementReader> find(List<Path> roots, ClassLoader loader) throws IOException {
        List<String> classes = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                        if (isComponent(Files.readAllBytes(p))) {
                            String rel = root.relativize(p).toString().replace('\\', '/');
                            classes.add(rel.substring(0, rel.length() - 6).replace('/', '.'));
                        }
                    }
                }
            } else if (root.toString().endsWith(".jar")) {
                try (ZipFile z = new ZipFile(root.toFile())) {
                    for (ZipEntry e : z.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                        try (InputStream in = z.getInputStream(e)) {
                            if (isComponent(in.readAllBytes())) {
                                String n = e.getName();
                                classes.add(n.substring(0, n.length() - 6).replace('/', '.'));
                            }
                        }
                    }
                }
            }
        }
        TreeMap<String, MeasurementReader> byId = new TreeMap<>();
        for (String c : classes) {
            MeasurementReader r = instantiate(c, loader);
            if (r != null) {
                byId.put(r.info().id(), r);
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static MeasurementReader instantiate(String className, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(className, false, loader);
            if (!MeasurementReader.class.isAssignableFrom(c) || Modifier.isAbstract(c.getModifiers())) {
                return null;
            }
            return (MeasurementReader) c.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("DS component " + className + " cannot be instantiated: " + e, e);
        }
    }

    static boolean isComponent(byte[] classFile) {
        outer:
        for (int i = 0; i + COMPONENT.length <= classFile.length; i++) {
            for (int k = 0; k < COMPONENT.length; k++) {
                if (classFile[i + k] != COMPONENT[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
