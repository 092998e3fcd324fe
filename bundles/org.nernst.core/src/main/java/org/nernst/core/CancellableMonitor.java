package org.nernst.core;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** A monitor that counts work and can be cancelled from another thread; base for renderers. */
public class CancellableMonitor implements Monitor {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private volatile long total = -1;
    private volatile String task = "";

    @Override
    public void begin(String taskName, long totalWork) {
        this.task = taskName;
        this.total = totalWork;
        this.done.set(0);
    }

    @Override
    public void worked(long units) {
        done.addAndGet(units);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public String task() {
        return task;
    }

    /** Fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        long t = total;
        return t <= 0 ? -1 : Math.min(1.0, done.get() / (double) t);
    }
}
