package org.nernst.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.nernst.core.CancellableMonitor;
import org.nernst.core.Monitor;

/**
 * Status line with progress and cancel, and the worker threads behind it: long work (imports,
 * fits) runs here so the UI thread only draws. Progress is polled every 100 ms, so workers never
 * touch widgets.
 */
final class StatusBar extends Composite {
    private static final int POLL_MS = 100;
    private final Label message;
    private final ProgressBar progress;
    private final Button cancel;
    private final List<CancellableMonitor> running = new CopyOnWriteArrayList<>();
    private boolean polling;
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "nernst-ui-worker-" + threadCount.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    StatusBar(Composite parent) {
        super(parent, SWT.NONE);
        GridLayout gl = new GridLayout(3, false);
        gl.marginHeight = 2;
        setLayout(gl);
        message = new Label(this, SWT.NONE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progress = new ProgressBar(this, SWT.SMOOTH);
        progress.setLayoutData(new GridData(200, SWT.DEFAULT));
        progress.setMaximum(1000);
        cancel = new Button(this, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.addListener(SWT.Selection, e -> cancelAll());
        showIdle();
        addDisposeListener(e -> workers.shutdownNow());
    }

    void message(String text) {
        message.setText(text);
    }

    String messageText() {
        return message.getText();
    }

    /** What the Cancel button does. */
    void cancelAll() {
        running.forEach(CancellableMonitor::cancel);
    }

    int runningJobs() {
        return running.size();
    }

    /** Runs {@code work} on a worker; {@code done} or {@code failed} run afterwards on the UI thread. */
    <T> void run(String task, Function<Monitor, T> work, Consumer<T> done, Consumer<Throwable> failed) {
        CancellableMonitor m = new CancellableMonitor();
        m.begin(task, -1);
        running.add(m);
        Display d = getDisplay();
        if (!polling) {
            polling = true;
            poll();
        }
        workers.execute(() -> {
            Object outcome;
            try {
                outcome = new Ok<>(work.apply(m));
            } catch (Monitor.CancelledException e) {
                outcome = e;
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                outcome = e;
            }
            Object o = outcome;
            if (!d.isDisposed()) {
                d.asyncExec(() -> finish(m, task, o, done, failed));
            }
        });
    }

    private record Ok<T>(T value) {
    }

    @SuppressWarnings("unchecked")
    private <T> void finish(CancellableMonitor m, String task, Object o, Consumer<T> done, Consumer<Throwable> failed) {
        running.remove(m);
        if (isDisposed()) {
            return;
        }
        if (o instanceof Ok<?> ok) {
            message.setText(task + ": done");
            done.accept((T) ok.value());
        } else if (o instanceof Monitor.CancelledException) {
            message.setText(task + ": cancelled");
        } else {
            message.setText(task + ": failed");
            failed.accept((Throwable) o);
        }
        if (running.isEmpty()) {
            showIdle();
        }
    }

    private void poll() {
        if (isDisposed() || running.isEmpty()) {
            polling = false;
            return;
        }
        CancellableMonitor m = running.get(running.size() - 1);
        message.setText(m.task() + (running.size() > 1 ? " (+" + (running.size() - 1) + " more)" : "") + " …");
        double f = m.fraction();
        progress.setVisible(true);
        progress.setSelection(f < 0 ? (progress.getSelection() + 50) % 1000 : (int) (f * 1000));
        cancel.setEnabled(!m.isCancelled());
        getDisplay().timerExec(POLL_MS, this::poll);
    }

    private void showIdle() {
        progress.setSelection(0);
        progress.setVisible(false);
        cancel.setEnabled(false);
    }
}
