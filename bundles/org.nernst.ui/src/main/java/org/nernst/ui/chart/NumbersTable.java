package org.nernst.ui.chart;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * An analysis result as a two-column table, straight from its {@code toJson()} map (the same field
 * names as the CLI's JSON, so users find the same numbers in both). Nested maps become "a.b" rows.
 */
public class NumbersTable extends Composite {
    private final Table table;

    public NumbersTable(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new org.eclipse.swt.layout.FillLayout());
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String t : new String[] {"Quantity", "Value"}) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(t);
            c.setWidth(t.equals("Value") ? 260 : 240);
        }
    }

    /** Shows every entry of {@code json} except the keys listed in {@code skip}. */
    public void show(Map<String, Object> json, List<String> skip) {
        table.removeAll();
        add("", json, skip);
    }

    private void add(String prefix, Map<?, ?> m, List<String> skip) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = prefix + e.getKey();
            if (skip.contains(key)) {
                continue;
            }
            if (e.getValue() instanceof Map<?, ?> sub) {
                add(key + ".", sub, skip);
            } else {
                new TableItem(table, SWT.NONE).setText(new String[] {key, format(e.getValue())});
            }
        }
    }

    /** Rows as "key = value" (tests). */
    public List<String> rows() {
        return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0) + " = " + i.getText(1)).toList();
    }

    static String format(Object v) {
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.4g", d);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(NumbersTable::format).toList().toString();
        }
        return String.valueOf(v);
    }
}
