package org.nernst.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.io.ImportResult;
import org.nernst.io.Importer;

/**
 * The editor area: a tab per open measurement (files with several techniques give several tabs)
 * plus the plugins tab. Files are read on a worker thread with progress and cancel.
 */
final class EditorArea extends Composite {
    private final CTabFolder tabs;
    private final Importer importer;
    private final FileEditor.Workbench bench;
    private final Consumer<Optional<FileEditor>> activeChanged;
    private final Consumer<Path> opened;

    EditorArea(Composite parent, Importer importer, FileEditor.Workbench bench,
            Consumer<Optional<FileEditor>> activeChanged, Consumer<Path> opened) {
        super(parent, SWT.NONE);
        this.importer = importer;
        this.bench = bench;
        this.activeChanged = activeChanged;
        this.opened = opened;
        setLayout(new FillLayout());
        tabs = new CTabFolder(this, SWT.BORDER | SWT.CLOSE);
        tabs.addListener(SWT.Selection, e -> activeChanged.accept(active()));
        tabs.addCTabFolder2Listener(new org.eclipse.swt.custom.CTabFolder2Adapter() {
            @Override
            public void close(org.eclipse.swt.custom.CTabFolderEvent e) {
                getDisplay().asyncExec(() -> {
                    if (!isDisposed()) {
                        activeChanged.accept(active());
                    }
                });
            }
        });
    }

    CTabFolder tabs() {
        return tabs;
    }

    Optional<FileEditor> active() {
        CTabItem s = tabs.getSelection();
        return s != null && s.getControl() instanceof FileEditor fe ? Optional.of(fe) : Optional.empty();
    }

    List<FileEditor> editors() {
        List<FileEditor> out = new ArrayList<>();
        for (CTabItem it : tabs.getItems()) {
            if (it.getControl() instanceof FileEditor fe) {
                out.add(fe);
            }
        }
        return out;
    }

    /** Opens {@code file}: selects its tab when already open, else reads it in the background. */
    void open(Path file) {
        for (CTabItem it : tabs.getItems()) {
            if (it.getControl() instanceof FileEditor fe && fe.file().equals(file)) {
                tabs.setSelection(it);
                activeChanged.accept(active());
                return;
            }
        }
        if (!Files.isRegularFile(file)) {
            bench.problems().error("not a file: " + file, "explorer");
            return;
        }
        String name = file.getFileName().toString();
        bench.status().run("Reading " + name, m -> importer.read(file, Optional.empty(), m),
                r -> show(file, r),
                ex -> bench.problems().error(ex instanceof NernstException ne ? ne.getMessage() : "cannot read: " + ErrorPanel.describe(ex), name));
    }

    /** Shows what an import produced: a tab per measurement, warnings in the problems panel. */
    void show(Path file, ImportResult r) {
        String name = file.getFileName().toString();
        for (Diagnostic d : r.diagnostics()) {
            bench.problems().add(d, name);
        }
        List<Measurement> ms = r.measurements();
        for (int k = 0; k < ms.size(); k++) {
            Measurement m = ms.get(k);
            CTabItem it = new CTabItem(tabs, SWT.CLOSE);
            it.setText(ms.size() == 1 ? name : name + " [" + (k + 1) + ": " + m.metadata().technique() + "]");
            it.setToolTipText(file + " — " + m.metadata().technique().description() + ", read by " + r.format().reader().name());
            FileEditor fe = new FileEditor(tabs, file, m, bench);
            it.setControl(fe);
            if (k == 0) {
                tabs.setSelection(it);
            }
        }
        opened.accept(file);
        bench.problems().info("opened " + name + " (" + r.format().reader().id() + ", "
                + ms.stream().map(m -> m.metadata().technique().name() + " " + m.rows() + " rows").toList() + ")", name);
        activeChanged.accept(active());
    }

    /** Opens (or selects) a non-file tab such as the plugins view. */
    void showTool(String title, java.util.function.Function<Composite, Control> factory) {
        for (CTabItem it : tabs.getItems()) {
            if (title.equals(it.getData("tool"))) {
                tabs.setSelection(it);
                return;
            }
        }
        CTabItem it = new CTabItem(tabs, SWT.CLOSE);
        it.setText(title);
        it.setData("tool", title);
        it.setControl(factory.apply(tabs));
        tabs.setSelection(it);
        activeChanged.accept(active());
    }

    /** Opens a non-file tab, replacing the content of a tab with the same title (a re-run shows the new result in place). */
    void replaceTool(String title, java.util.function.Function<Composite, Control> factory) {
        for (CTabItem it : tabs.getItems()) {
            if (title.equals(it.getData("tool"))) {
                Control old = it.getControl();
                it.setControl(factory.apply(tabs));
                if (old != null) {
                    old.dispose();
                }
                tabs.setSelection(it);
                activeChanged.accept(active());
                return;
            }
        }
        showTool(title, factory);
    }

    /** Every open editor re-reads the registry (a view bundle came or went). */
    void viewsChanged() {
        for (FileEditor fe : editors()) {
            fe.syncViews();
        }
    }
}
