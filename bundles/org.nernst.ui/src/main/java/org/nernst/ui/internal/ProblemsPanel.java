package org.nernst.ui.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.nernst.core.Diagnostic;
import org.nernst.core.Severity;

/** Problems and log: reader warnings, analysis diagnostics, view failures, plug-in events; newest first. */
final class ProblemsPanel extends Composite {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final Table table;

    ProblemsPanel(Composite parent) {
        super(parent, SWT.NONE);
        setLayout(new FillLayout());
        table = new Table(this, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = {"", "Message", "Where", "Source", "Time"};
        int[] widths = {70, 520, 160, 160, 70};
        for (int i = 0; i < titles.length; i++) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(titles[i]);
            c.setWidth(widths[i]);
        }
    }

    void add(Diagnostic d, String source) {
        add(d.severity(), d.message(), d.location().describe(), source);
    }

    void info(String message, String source) {
        add(Severity.INFO, message, "", source);
    }

    void error(String message, String source) {
        add(Severity.ERROR, message, "", source);
    }

    void add(Severity s, String message, String where, String source) {
        if (isDisposed()) {
            return;
        }
        TableItem it = new TableItem(table, SWT.NONE, 0);
        it.setText(new String[] {s.name().toLowerCase(java.util.Locale.ROOT), message, where, source, LocalTime.now().format(TIME)});
        int color = switch (s) {
            case ERROR -> SWT.COLOR_DARK_RED;
            case WARNING -> SWT.COLOR_DARK_YELLOW;
            default -> SWT.COLOR_DARK_GRAY;
        };
        it.setForeground(0, getDisplay().getSystemColor(color));
    }

    /** Rows as "severity: message" (for tests and the copy action). */
    java.util.List<String> rows() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (TableItem it : table.getItems()) {
            out.add(it.getText(0) + ": " + it.getText(1));
        }
        return out;
    }
}
