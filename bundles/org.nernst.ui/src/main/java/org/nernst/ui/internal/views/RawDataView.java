package org.nernst.ui.internal.views;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.ui.api.MeasurementView;
import org.nernst.ui.api.SettingsChannels;
import org.nernst.ui.api.ViewContext;
import org.nernst.ui.chart.DisplayUnit;
import org.nernst.ui.chart.Plot;
import org.osgi.service.component.annotations.Component;

/** Any channel against any channel (plus an optional second y axis), for every technique. */
@Component(service = MeasurementView.class, property = "service.ranking:Integer=-100")
public class RawDataView implements MeasurementView {
    private static final String NONE = "(none)";

    @Override
    public String name() {
        return "Raw data";
    }

    @Override
    public Set<Technique> techniques() {
        return Set.of();
    }

    @Override
    public Control create(Composite parent, Measurement recorded, ViewContext ctx) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(6, false));
        Combo x = combo(root, "x:");
        Combo y = combo(root, "y:");
        Combo y2 = combo(root, "second y:");
        Plot plot = new Plot(root, recorded.metadata().sourceFile().orElse("measurement"));
        plot.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        Measurement[] current = {SettingsChannels.apply(recorded, ctx.settings())};
        Runnable fill = () -> {
            List<String> names = current[0].channels().stream().map(Channel::name).toList();
            String keepX = x.getText();
            String keepY = y.getText();
            String keepY2 = y2.getText();
            x.setItems(names.toArray(String[]::new));
            y.setItems(names.toArray(String[]::new));
            y2.setItems(names.toArray(String[]::new));
            y2.add(NONE, 0);
            Defaults d = Defaults.of(current[0]);
            select(x, keepX, d.x());
            select(y, keepY, d.y());
            select(y2, keepY2, d.y2().orElse(NONE));
        };
        Runnable draw = () -> draw(plot, current[0], x.getText(), y.getText(), y2.getText());
        fill.run();
        draw.run();
        for (Combo c : new Combo[] {x, y, y2}) {
            c.addListener(SWT.Selection, e -> draw.run());
        }
        ctx.onSettingsChanged(root, s -> {
            current[0] = SettingsChannels.apply(recorded, s);
            fill.run();
            draw.run();
        });
        return root;
    }

    private static Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.setVisibleItemCount(20);
        return c;
    }

    private static void select(Combo c, String keep, String fallback) {
        int i = c.indexOf(keep);
        c.select(i >= 0 ? i : Math.max(0, c.indexOf(fallback)));
    }

    static void draw(Plot plot, Measurement m, String xName, String yName, String y2Name) {
        plot.clear();
        Optional<Channel> xc = m.channel(xName);
        Optional<Channel> yc = m.channel(yName);
        if (xc.isEmpty() || yc.isEmpty()) {
            return;
        }
        DisplayUnit ux = DisplayUnit.of(xc.get());
        DisplayUnit uy = DisplayUnit.of(yc.get());
        plot.axisTitles(ux.title(xName), uy.title(yName));
        double[] xs = ux.apply(xc.get().toArray());
        plot.line(yName, xs, uy.apply(yc.get().toArray()));
        Optional<Channel> y2c = m.channel(y2Name);
        if (y2c.isPresent()) {
            DisplayUnit u2 = DisplayUnit.of(y2c.get());
            plot.secondYAxis(u2.title(y2Name));
            plot.add(new Plot.Series(y2Name, xs, u2.apply(y2c.get().toArray()), true), false);
        } else {
            plot.removeSecondYAxis();
        }
        plot.fit();
    }

    /** The axes that make sense first for a technique: I vs E for sweeps, E (and I) vs t for steps, -Z'' vs Z' for EIS. */
    record Defaults(String x, String y, Optional<String> y2) {
        static Defaults of(Measurement m) {
            Technique t = m.metadata().technique();
            String time = name(m, Role.TIME);
            String e = m.channel(Role.POTENTIAL).or(() -> m.channel(Role.CELL_VOLTAGE)).map(Channel::name).orElse("");
            String i = name(m, Role.CURRENT);
            String first = m.channels().isEmpty() ? "" : m.channels().get(0).name();
            String second = m.channels().size() < 2 ? first : m.channels().get(1).name();
            return switch (t) {
                case EIS -> new Defaults(name(m, Role.Z_REAL), name(m, Role.Z_IMAG), Optional.empty());
                case GCPL, CA, CP, OCV -> new Defaults(or(time, first), or(e, second),
                        i.isEmpty() || t == Technique.OCV ? Optional.empty() : Optional.of(i));
                default -> new Defaults(or(e, first), or(i, second), Optional.empty());
            };
        }

        private static String name(Measurement m, Role r) {
            return m.channel(r).map(Channel::name).orElse("");
        }

        private static String or(String a, String b) {
            return a.isEmpty() ? b : a;
        }
    }
}
