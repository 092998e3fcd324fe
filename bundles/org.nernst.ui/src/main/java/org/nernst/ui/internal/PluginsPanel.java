package org.nernst.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.nernst.io.FormatInfo;

/**
 * Installed readers and views with their bundle and version, component problems, and an
 * "Install jar…" button that copies a jar into plugins/ (FileInstall starts it within seconds;
 * the tables refresh when its services arrive).
 */
final class PluginsPanel extends Composite {
    private final ShellServices services;
    private final ProblemsPanel problems;
    private final Table readers;
    private final Table views;
    private final Table issues;
    private final Label info;

    PluginsPanel(Composite parent, ShellServices services, ProblemsPanel problems) {
        super(parent, SWT.NONE);
        this.services = services;
        this.problems = problems;
        setLayout(new GridLayout(3, false));
        info = new Label(this, SWT.WRAP);
        info.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button install = new Button(this, SWT.PUSH);
        install.setText("Install jar…");
        install.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.jar"});
            String f = d.open();
            if (f != null) {
                install(Path.of(f));
            }
        });
        Button refresh = new Button(this, SWT.PUSH);
        refresh.setText("Refresh");
        refresh.addListener(SWT.Selection, e -> refresh());
        readers = table("Readers", "Id", "Name", "Extensions", "Bundle", "Version");
        views = table("Views", "Name", "Techniques", "Bundle", "Version");
        issues = table("Component problems", "Problem");
        refresh();
    }

    private Table table(String title, String... columns) {
        Label l = new Label(this, SWT.NONE);
        l.setText(title);
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        Table t = new Table(this, SWT.BORDER | SWT.FULL_SELECTION);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        for (String c : columns) {
            TableColumn tc = new TableColumn(t, SWT.LEFT);
            tc.setText(c);
            tc.setWidth(columns.length == 1 ? 900 : c.equals("Name") ? 320 : 150);
        }
        return t;
    }

    void refresh() {
        if (isDisposed()) {
            return;
        }
        readers.removeAll();
        for (FormatInfo f : services.importer().formats()) {
            row(readers, f.reader().id(), f.reader().name(), String.join(", ", f.reader().extensions()), f.bundle(), f.bundleVersion());
        }
        views.removeAll();
        for (ViewRegistry.Entry e : services.views().all()) {
            String t = e.view().techniques().isEmpty() ? "any" : e.view().techniques().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            row(views, e.view().name(), t, e.bundle(), e.version());
        }
        issues.removeAll();
        List<String> problemsNow = services.componentProblems().get();
        problemsNow.forEach(p -> row(issues, p));
        info.setText("Plug-in folder: " + services.plugins() + "   (jars copied here are started within a few seconds; removing one unloads it)"
                + (problemsNow.isEmpty() ? "" : "   · " + problemsNow.size() + " component problem(s)"));
        layout(true, true);
    }

    private static void row(Table t, String... cells) {
        new TableItem(t, SWT.NONE).setText(cells);
    }

    /** Copies {@code jar} into the plugins folder under its own name. */
    void install(Path jar) {
        try {
            Files.createDirectories(services.plugins());
            Path target = services.plugins().resolve(jar.getFileName());
            Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
            problems.info("installed " + jar.getFileName() + " into " + services.plugins(), "plugins");
            info.setText("Installed " + jar.getFileName() + "; it starts within a few seconds.");
        } catch (IOException e) {
            problems.error("cannot install " + jar.getFileName() + ": " + e.getMessage(), "plugins");
        }
    }

    int readerRows() {
        return readers.getItemCount();
    }

    int viewRows() {
        return views.getItemCount();
    }
}
