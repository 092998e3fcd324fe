package org.nernst.ui.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Stands in for a view that failed: says which view of which bundle, and why, so the vendor can be told. */
final class ErrorPanel extends Composite {
    private final String headline;

    ErrorPanel(Composite parent, String view, String bundle, String version, Throwable error) {
        super(parent, SWT.NONE);
        setLayout(new GridLayout(1, false));
        headline = "The view \"" + view + "\" from bundle " + bundle + " " + version + " failed: " + describe(error);
        Label title = new Label(this, SWT.WRAP);
        title.setText(headline);
        title.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label hint = new Label(this, SWT.WRAP);
        hint.setText("The rest of Nernst keeps working. Other views of this file are in the tabs below; "
                + "report the details to the bundle's vendor.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text details = new Text(this, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        StringWriter sw = new StringWriter();
        error.printStackTrace(new PrintWriter(sw));
        details.setText(sw.toString());
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
    }

    static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    String headline() {
        return headline;
    }
}
