package org.nernst.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.nernst.core.Diagnostic;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.api.ViewContext;

/**
 * One open measurement: a tab per view that accepts it (views made for its technique first, then
 * generic ones), each built when first shown. It is the views' {@link ViewContext}. A view that
 * throws while building is replaced by an {@link ErrorPanel}; the other tabs are unaffected.
 */
final class FileEditor extends Composite implements ViewContext {
    private final Path file;
    private final Measurement measurement;
    private final Workbench bench;
    private final CTabFolder views;
    private final List<Consumer<AnalysisSettings>> listeners = new CopyOnWriteArrayList<>();
    private AnalysisSettings settings;

    /** The shell pieces an editor reports to. */
    interface Workbench {
        ProblemsPanel problems();

        StatusBar status();

        ViewRegistry registry();
    }

    FileEditor(Composite parent, Path file, Measurement m, Workbench bench) {
        super(parent, SWT.NONE);
        this.file = file;
        this.measurement = m;
        this.bench = bench;
        this.settings = AnalysisSettings.from(m.metadata());
        setLayout(new FillLayout());
        views = new CTabFolder(this, SWT.BOTTOM | SWT.FLAT);
        views.addListener(SWT.Selection, e -> build((CTabItem) e.item));
        syncViews();
    }

    Path file() {
        return file;
    }

    Measurement measurement() {
        return measurement;
    }

    /** Adds tabs for views that arrived and removes tabs whose view left; keeps the registry's order. */
    void syncViews() {
        List<ViewRegistry.Entry> wanted = bench.registry().forMeasurement(measurement);
        for (CTabItem it : views.getItems()) {
            if (!wanted.contains(it.getData())) {
                if (it.getControl() != null) {
                    it.getControl().dispose();
                }
                it.dispose();
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            ViewRegistry.Entry e = wanted.get(i);
            if (tab(e).isEmpty()) {
                CTabItem it = new CTabItem(views, SWT.NONE, Math.min(i, views.getItemCount()));
                it.setText(e.view().name());
                it.setToolTipText(e.bundle() + " " + e.version());
                it.setData(e);
            }
        }
        if (views.getSelection() == null && views.getItemCount() > 0) {
            views.setSelection(0);
        }
        if (views.getSelection() != null) {
            build(views.getSelection());
        }
    }

    private Optional<CTabItem> tab(ViewRegistry.Entry e) {
        for (CTabItem it : views.getItems()) {
            if (it.getData() == e) {
                return Optional.of(it);
            }
        }
        return Optional.empty();
    }

    /** Builds the view of this tab once, or its error panel when the view throws. */
    private void build(CTabItem item) {
        if (item.getControl() != null && !item.getControl().isDisposed()) {
            return;
        }
        ViewRegistry.Entry e = (ViewRegistry.Entry) item.getData();
        Composite holder = new Composite(views, SWT.NONE);
        holder.setLayout(new FillLayout());
        try {
            Control c = e.view().create(holder, measurement, this);
            if (c == null || c.isDisposed()) {
                throw new IllegalStateException("create() returned no control");
            }
        } catch (RuntimeException | LinkageError | StackOverflowError ex) {
            for (Control half : holder.getChildren()) {
                half.dispose();
            }
            ErrorPanel p = new ErrorPanel(holder, e.view().name(), e.bundle(), e.version(), ex);
            bench.problems().error(p.headline(), e.bundle());
        }
        item.setControl(holder);
        holder.layout(true, true);
    }

    /** Tab titles in order, "title!" for tabs that show an error panel (tests and diagnostics). */
    List<String> viewTabs() {
        List<String> out = new ArrayList<>();
        for (CTabItem it : views.getItems()) {
            Control c = it.getControl();
            boolean failed = c instanceof Composite h && h.getChildren().length == 1 && h.getChildren()[0] instanceof ErrorPanel;
            out.add(it.getText() + (failed ? "!" : ""));
        }
        return out;
    }

    /** Selects (and builds) the tab of the named view; false when there is none. */
    boolean show(String viewName) {
        for (CTabItem it : views.getItems()) {
            if (it.getText().equals(viewName)) {
                views.setSelection(it);
                build(it);
                return true;
            }
        }
        return false;
    }

    Optional<String> selectedView() {
        return Optional.ofNullable(views.getSelection()).map(CTabItem::getText);
    }

    // --- ViewContext

    @Override
    public AnalysisSettings settings() {
        return settings;
    }

    void applySettings(AnalysisSettings s) {
        settings = s;
        for (Consumer<AnalysisSettings> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException ex) {
                bench.problems().error("a view failed to update: " + ErrorPanel.describe(ex), file.getFileName().toString());
            }
        }
    }

    @Override
    public void onSettingsChanged(Control owner, Consumer<AnalysisSettings> listener) {
        listeners.add(listener);
        owner.addDisposeListener(e -> listeners.remove(listener));
    }

    @Override
    public void report(Diagnostic d) {
        bench.problems().add(d, file.getFileName().toString());
    }

    @Override
    public <T> void runInBackground(String task, Function<Monitor, T> work, Consumer<T> done) {
        bench.status().run(task, work, v -> {
            if (!isDisposed()) {
                done.accept(v);
            }
        }, ex -> bench.problems().error(task + " failed: " + ErrorPanel.describe(ex), file.getFileName().toString()));
    }
}
