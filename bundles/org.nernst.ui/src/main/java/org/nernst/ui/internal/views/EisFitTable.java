package org.nernst.ui.internal.views;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.nernst.analysis.eis.EisResult;
import org.nernst.analysis.eis.FittedParameter;
import org.nernst.analysis.eis.KkResult;

/** The fitted parameters with their standard errors, then Rct, C_eff, chi² and the Lin-KK verdict; a status line above. */
final class EisFitTable extends Composite {
    private final Label status;
    private final Table table;

    EisFitTable(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout gl = new GridLayout(1, false);
        gl.marginWidth = 2;
        gl.marginHeight = 2;
        setLayout(gl);
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] titles = {"Quantity", "Value", "± std. error", "Unit"};
        int[] widths = {150, 110, 120, 70};
        for (int k = 0; k < titles.length; k++) {
            TableColumn c = new TableColumn(table, k == 0 ? SWT.LEFT : SWT.RIGHT);
            c.setText(titles[k]);
            c.setWidth(widths[k]);
        }
    }

    void fitting(String circuit) {
        status.setText("Fitting " + circuit + " (no initial guess needed) …");
        table.removeAll();
        layout();
    }

    void failed(String circuit, String why) {
        status.setText("No fit of " + circuit + ": " + why);
        table.removeAll();
        layout();
    }

    void show(EisResult r) {
        table.removeAll();
        status.setText(String.format(Locale.ROOT, "%s fitted to %d points (%d starts)%s", r.circuit(), r.data().size(), r.starts(),
                r.warnings().isEmpty() ? "" : "; " + r.warnings().size() + " warning(s) in the problems panel"));
        for (FittedParameter p : r.parameters()) {
            row(p.name(), p.value(), p.fixed() ? "fixed" : err(p.stderr(), p.value()), p.unit());
        }
        r.rctOhm().ifPresent(v -> row("Rct (" + r.rctParameter().orElse("?") + ")", v, err(r.rctStderrOhm(), v), "Ω"));
        r.cdlEffF().ifPresent(v -> row("C_eff (Brug)", v, "", "F"));
        row("χ²", r.chi2(), "", "");
        row("χ² reduced", r.chi2Reduced(), "", "");
        r.kk().ifPresent(k -> item("Lin-KK", verdict(k), String.format(Locale.ROOT, "max %.3g %%", k.residualsMaxPct()),
                "M = " + k.rcElements()));
        layout();
    }

    static String verdict(KkResult k) {
        return k.valid() ? "valid" : "not valid";
    }

    private void row(String name, double v, String err, String unit) {
        item(name, String.format(Locale.ROOT, "%.5g", v), err, unit);
    }

    private void item(String... cells) {
        new TableItem(table, SWT.NONE).setText(cells);
    }

    /** "1.2e-6 (0.8 %)": absolute and relative standard error; "n/a" when the data do not determine it. */
    private static String err(OptionalDouble e, double v) {
        if (e.isEmpty()) {
            return "n/a";
        }
        double rel = v == 0 ? Double.NaN : 100 * e.getAsDouble() / Math.abs(v);
        return String.format(Locale.ROOT, "%.2g (%.2g %%)", e.getAsDouble(), rel);
    }

    String statusText() {
        return status.getText();
    }

    /** Rows as "quantity | value | error | unit" (tests). */
    List<String> rows() {
        return Arrays.stream(table.getItems()).map(i -> i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2) + " | " + i.getText(3))
                .toList();
    }
}
