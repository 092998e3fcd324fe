package org.nernst.cli;

import java.io.PrintStream;
import org.nernst.core.CancellableMonitor;

/**
 * Draws progress on stderr as one self-overwriting line; only after 0.5 s (short work stays
 * quiet) and only when a console is attached or NERNST_PROGRESS=1, so logs stay clean.
 */
public final class ProgressBar extends CancellableMonitor {
    private final PrintStream err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private volatile long lastDraw;
    private volatile boolean drawn;

    public ProgressBar(PrintStream err) {
        this.err = err;
        this.enabled = System.console() != null || "1".equals(System.getenv("NERNST_PROGRESS"));
    }

    @Override
    public void worked(long units) {
        super.worked(units);
        long now = System.nanoTime();
        if (!enabled || now - started < 500_000_000L || now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double f = fraction();
        int width = 30;
        int filled = f < 0 ? 0 : (int) Math.round(f * width);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        synchronized (err) {
            err.print("\r" + task() + " [" + bar + "] " + (f < 0 ? "" : Math.round(f * 100) + " %"));
            err.flush();
        }
        drawn = true;
    }

    @Override
    public void done() {
        if (drawn) {
            synchronized (err) {
                err.print("\r" + " ".repeat(Math.min(120, task().length() + 40)) + "\r");
                err.flush();
            }
            drawn = false;
        }
    }
}
