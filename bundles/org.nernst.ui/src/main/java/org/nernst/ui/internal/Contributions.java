package org.nernst.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Registered services of one kind (workbench panels, selection actions) with the bundle that
 * contributed each. Thread-safe: DS binds and unbinds on its own threads; the shell reads the list
 * on the UI thread whenever it builds a menu, so it needs no change notification.
 *
 * @param <T> the service type
 */
public final class Contributions<T> {

    /** A registered service and where it came from. */
    public record Entry<T>(T service, String bundle, String version) {
    }

    private final List<Entry<T>> entries = new CopyOnWriteArrayList<>();

    public void add(T service, String bundle, String version) {
        entries.add(new Entry<>(service, bundle, version));
    }

    public void remove(T service) {
        entries.removeIf(e -> e.service() == service);
    }

    /** Every entry, sorted by {@code name} so menus are stable whatever the bind order. */
    public List<Entry<T>> all(java.util.function.Function<T, String> name) {
        return entries.stream().sorted(Comparator.comparing((Entry<T> e) -> safeName(name, e))).toList();
    }

    private static <T> String safeName(java.util.function.Function<T, String> name, Entry<T> e) {
        try {
            return name.apply(e.service());
        } catch (RuntimeException | LinkageError ex) {
            return e.bundle();
        }
    }
}
