package org.nernst.ui.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.nernst.catalog.Catalog;
import org.nernst.catalog.CatalogFilter;
import org.nernst.catalog.Origin;
import org.nernst.catalog.Ranking;
import org.nernst.ui.api.Workbench;

/**
 * The catalog panel: a filter row (text, reaction, metric), the sortable table of catalysts and
 * metrics, and the compare chart of the chosen metric. The database is read on a worker thread;
 * filtering and sorting work on the rows in memory.
 */
final class CatalogView extends Composite {
    private static final int[] WIDTHS = {50, 70, 220, 90, 70, 200, 70, 60, 80, 110, 260};
    private final Workbench bench;
    private final Supplier<String> url;
    private final Text search;
    private final Combo reaction;
    private final Combo metric;
    private final Label count;
    private final Table table;
    private final CompareBars chart;
    private List<CatalogTable.Row> all = List.of();
    private Map<String, Ranking> rankings = Map.of();
    private List<CatalogTable.Row> shown = List.of();
    private int sortColumn = -1;
    private final org.eclipse.swt.graphics.Color ownColor;
    private boolean ascending = true;

    /** What one background read gives: every row and the ranking of every (reaction, metric) with numbers. */
    record Snapshot(List<CatalogTable.Row> rows, Map<String, Ranking> rankings, String url) {
    }

    CatalogView(Composite parent, Workbench bench, Supplier<String> url) {
        super(parent, SWT.NONE);
        this.bench = bench;
        this.url = url;
        ownColor = new org.eclipse.swt.graphics.Color(CompareBars.OWN[0], CompareBars.OWN[1], CompareBars.OWN[2]);
        setLayout(new GridLayout(1, false));
        Composite bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(8, false));
        new Label(bar, SWT.NONE).setText("Filter:");
        search = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        search.setMessage("name, metal, metric, source …");
        search.setLayoutData(new GridData(220, SWT.DEFAULT));
        search.addListener(SWT.Modify, e -> refilter());
        new Label(bar, SWT.NONE).setText("Reaction:");
        reaction = new Combo(bar, SWT.READ_ONLY);
        reaction.addListener(SWT.Selection, e -> {
            fillMetrics();
            refilter();
        });
        new Label(bar, SWT.NONE).setText("Metric:");
        metric = new Combo(bar, SWT.READ_ONLY);
        metric.addListener(SWT.Selection, e -> refilter());
        Button reload = new Button(bar, SWT.PUSH);
        reload.setText("Reload");
        reload.addListener(SWT.Selection, e -> load());
        count = new Label(bar, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm sash = new SashForm(this, SWT.VERTICAL | SWT.SMOOTH);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < CatalogTable.COLUMNS.size(); i++) {
            TableColumn c = new TableColumn(table, i == 6 || i == 7 ? SWT.RIGHT : SWT.LEFT);
            c.setText(CatalogTable.COLUMNS.get(i));
            c.setWidth(WIDTHS[i]);
            int col = i;
            c.addListener(SWT.Selection, e -> sortBy(col));
        }
        chart = new CompareBars(sash);
        sash.setWeights(55, 45);
        load();
    }

    /** Reads the catalog in the background (the first open creates and seeds it). */
    void load() {
        count.setText("reading the catalog …");
        bench.runInBackground("Reading the catalog", m -> read(url.get()), this::show);
    }

    static Snapshot read(String url) {
        try (Catalog c = Catalog.open(url)) {
            List<CatalogTable.Row> rows = c.list(CatalogFilter.ALL).stream().map(CatalogTable.Row::of).toList();
            Map<String, Ranking> rankings = new LinkedHashMap<>();
            for (CatalogTable.Row r : rows) {
                String key = key(r.reaction(), r.metric());
                if (r.value().isPresent() && !rankings.containsKey(key)) {
                    rankings.put(key, c.compare(r.reaction(), r.metric()));
                }
            }
            return new Snapshot(rows, rankings, c.url());
        }
    }

    private static String key(String reaction, String metric) {
        return reaction + "|" + metric;
    }

    void show(Snapshot s) {
        if (isDisposed()) {
            return;
        }
        all = s.rows();
        rankings = s.rankings();
        setToolTipText(s.url());
        String r = reaction.getText();
        reaction.setItems(CatalogTable.reactions(all).toArray(String[]::new));
        reaction.select(Math.max(0, reaction.indexOf(r)));
        fillMetrics();
        refilter();
    }

    private void fillMetrics() {
        String m = metric.getText();
        metric.setItems(CatalogTable.metrics(all, selected(reaction)).toArray(String[]::new));
        metric.select(Math.max(0, metric.indexOf(m)));
        getParent().layout(true, true);
    }

    private static String selected(Combo c) {
        return c.getSelectionIndex() < 0 ? CatalogTable.ALL : c.getItem(c.getSelectionIndex());
    }

    /** Sets the filters as a user would (tests; "(all)" clears one). */
    void filter(String text, String reactionName, String metricName) {
        search.setText(text);
        reaction.select(Math.max(0, reaction.indexOf(reactionName)));
        fillMetrics();
        metric.select(Math.max(0, metric.indexOf(metricName)));
        refilter();
    }

    void sortBy(int column) {
        ascending = column != sortColumn || !ascending;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        refilter();
    }

    private void refilter() {
        List<CatalogTable.Row> rows = new ArrayList<>(CatalogTable.filter(all, search.getText(), selected(reaction), selected(metric)));
        if (sortColumn >= 0) {
            rows.sort(CatalogTable.comparator(sortColumn, ascending));
        }
        shown = rows;
        table.removeAll();
        for (CatalogTable.Row r : rows) {
            TableItem it = new TableItem(table, SWT.NONE);
            it.setText(r.cells().toArray(String[]::new));
            if (r.origin() == Origin.OWN) {
                it.setForeground(ownColor);
            }
        }
        long materials = rows.stream().map(CatalogTable.Row::id).distinct().count();
        count.setText(rows.size() + " rows, " + materials + " materials (of " + all.stream().map(CatalogTable.Row::id).distinct().count() + ")");
        Optional<Ranking> rk = CatalogTable.chartMetric(all, selected(reaction), selected(metric))
                .map(k -> rankings.get(key(k[0], k[1])));
        chart.show(rk);
    }

    /** The rows shown, in table order (tests). */
    List<CatalogTable.Row> shown() {
        return List.copyOf(shown);
    }

    CompareBars chart() {
        return chart;
    }
}
