package org.nernst.ui.example.internal;

import java.util.Locale;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.ui.api.MeasurementView;
import org.nernst.ui.api.ViewContext;
import org.osgi.service.component.annotations.Component;

/**
 * The smallest view a lab can drop into plugins/: one DS component, no chart. Shown for open-circuit
 * measurements; it states the first and last potential and the drift between them. Not shipped in the
 * product: the integration test drops its jar into a running shell.
 */
@Component(service = MeasurementView.class)
public class OcvSummaryView implements MeasurementView {

    @Override
    public String name() {
        return "OCV summary (example)";
    }

    @Override
    public Set<Technique> techniques() {
        return Set.of(Technique.OCV);
    }

    @Override
    public Control create(Composite parent, Measurement m, ViewContext ctx) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(summary(m));
        return label;
    }

    static String summary(Measurement m) {
        return m.channel(Role.POTENTIAL).map(Channel::toArray).filter(e -> e.length > 0)
                .map(e -> String.format(Locale.ROOT, "%d points: E from %.4f V to %.4f V (drift %.1f mV)",
                        e.length, e[0], e[e.length - 1], 1e3 * (e[e.length - 1] - e[0])))
                .orElse("no potential channel");
    }
}
