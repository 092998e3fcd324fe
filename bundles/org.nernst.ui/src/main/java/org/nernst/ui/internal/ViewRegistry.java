package org.nernst.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.nernst.core.model.Measurement;
import org.nernst.ui.api.MeasurementView;

/**
 * The views currently registered, with the bundle that contributed each. Thread-safe: DS binds
 * and unbinds from its own threads; the UI reads on the UI thread and is told about changes.
 */
public final class ViewRegistry {

    /** A registered view and where it came from. */
    public record Entry(MeasurementView view, String bundle, String version, int ranking) {
    }

    /** Told about every change, on the thread that made it (the UI re-dispatches with asyncExec). */
    public interface Listener {
        void added(Entry e);

        void removed(Entry e);
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void add(MeasurementView v, String bundle, String version, int ranking) {
        Entry e = new Entry(v, bundle, version, ranking);
        entries.add(e);
        listeners.forEach(l -> l.added(e));
    }

    public void remove(MeasurementView v) {
        for (Entry e : entries) {
            if (e.view() == v) {
                entries.remove(e);
                listeners.forEach(l -> l.removed(e));
            }
        }
    }

    public List<Entry> all() {
        return List.copyOf(entries);
    }

    /**
     * Views that accept {@code m}: views made for its technique first, generic ones after; higher
     * service ranking first within each group. A view whose accepts() throws is left out.
     */
    public List<Entry> forMeasurement(Measurement m) {
        return entries.stream().filter(e -> accepts(e, m))
                .sorted(Comparator.comparing((Entry e) -> e.view().techniques().isEmpty())
                        .thenComparing(Comparator.comparingInt(Entry::ranking).reversed())
                        .thenComparing(e -> e.view().name()))
                .toList();
    }

    private static boolean accepts(Entry e, Measurement m) {
        try {
            return e.view().accepts(m);
        } catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }
}
