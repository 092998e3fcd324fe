package org.nernst.ui.catalog.internal;

import java.util.List;
import java.util.Locale;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.nernst.catalog.Origin;
import org.nernst.catalog.RankedEntry;
import org.nernst.catalog.Ranking;

/**
 * The compare chart: one horizontal bar per material for one metric, best first as the catalog ranks
 * them, literature in grey and the lab's own samples in colour so they stand out.
 */
final class CompareBars {
    /** Own samples: the orange of the CLI's compare chart. */
    static final int[] OWN = {0xD9, 0x5F, 0x02};
    static final int[] LITERATURE = {0xA0, 0xA0, 0xA0};

    private final Chart chart;

    CompareBars(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        // categories down the side: long catalyst names stay readable
        chart.setOrientation(SWT.VERTICAL);
        chart.getLegend().setPosition(SWT.BOTTOM);
        chart.getAxisSet().getXAxis(0).getTitle().setText("");
        show(java.util.Optional.empty());
    }

    Chart chart() {
        return chart;
    }

    /** Shows a ranking (empty: a hint instead). */
    void show(java.util.Optional<Ranking> ranking) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        if (ranking.isEmpty() || ranking.get().entries().isEmpty()) {
            chart.getTitle().setText("Compare: choose a reaction or metric with values");
            chart.redraw();
            return;
        }
        Ranking r = ranking.get();
        // the chart draws the first category at the bottom: reverse so the best is on top
        List<RankedEntry> es = new java.util.ArrayList<>(r.entries());
        java.util.Collections.reverse(es);
        int n = es.size();
        String[] names = new String[n];
        double[] lit = new double[n];
        double[] own = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            RankedEntry e = es.get(i);
            String sd = e.sd().isPresent() ? String.format(Locale.ROOT, " ± %.3g", e.sd().getAsDouble()) : "";
            // ranks count within one electrolyte (the catalog's rule): say which group a bar belongs to
            String group = e.electrolyte().isEmpty() ? "electrolyte unknown"
                    : e.electrolyte() + (e.rank().isPresent() ? " #" + e.rank().getAsInt() + "/" + e.groupSize() : "");
            names[i] = e.name() + " (" + e.id() + ")  " + String.format(Locale.ROOT, "%.3g", e.value()) + sd + "  [" + group + "]";
            (e.origin() == Origin.OWN ? own : lit)[i] = e.value();
            lo = Math.min(lo, e.value());
            hi = Math.max(hi, e.value());
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        IAxis y = chart.getAxisSet().getYAxis(0);
        x.enableCategory(true);
        x.setCategorySeries(names);
        bars("literature", lit, LITERATURE);
        bars("own samples", own, OWN);
        chart.getTitle().setText(r.reaction() + " " + r.metric().replace('_', ' ') + " (" + r.direction().label() + ")");
        y.getTitle().setText(r.metric().replace('_', ' ') + (r.unit().isEmpty() ? "" : " / " + r.unit()));
        x.getTitle().setText("");
        // bars start at the axis: a range around the values shows the differences (E1/2 0.80 vs 0.90 V)
        double pad = hi > lo ? (hi - lo) * 0.25 : Math.max(Math.abs(hi) * 0.05, 1e-3);
        x.adjustRange();
        y.setRange(new Range(lo - pad, hi + pad));
        chart.redraw();
    }

    private void bars(String name, double[] values, int[] rgb) {
        IBarSeries<?> s = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, name);
        s.setYSeries(values);
        s.setBarColor(new Color(Display.getCurrent(), rgb[0], rgb[1], rgb[2]));
        // one of the two is 0 in every row, outside the value axis range: overlaid at the same place,
        // each row shows a single bar of its origin's colour
        s.setBarOverlay(true);
        s.setBarPadding(25);
    }
}
