package org.nernst.ui.api;

import java.util.Set;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Technique;

/**
 * A way to look at a measurement, contributed by any bundle as an OSGi service (a DS
 * {@code @Component(service = MeasurementView.class)}). The shell tracks views dynamically: a jar
 * dropped into plugins/ that registers one adds it to every file of its technique, live.
 *
 * <p>{@link #create} runs on the UI thread. A view that throws is replaced by an error panel
 * naming its bundle; the shell and the other views keep working. Long computations belong in
 * {@link ViewContext#runInBackground}, never on the UI thread.
 */
public interface MeasurementView {

    /** Short tab title ("Raw data", "Nyquist / Bode", "LSV"). */
    String name();

    /** Techniques this view is made for; empty for views that fit any measurement (shown after the specific ones). */
    Set<Technique> techniques();

    /** Whether this view can show {@code m}; by default when the technique matches or the view is generic. */
    default boolean accepts(Measurement m) {
        return techniques().isEmpty() || techniques().contains(m.metadata().technique());
    }

    /** Builds the view's control as a child of {@code parent} (which has a FillLayout). */
    Control create(Composite parent, Measurement m, ViewContext ctx);
}
