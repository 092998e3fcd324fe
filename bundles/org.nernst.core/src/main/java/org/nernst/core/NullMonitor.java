package org.nernst.core;

enum NullMonitor implements Monitor {
    INSTANCE;

    @Override
    public void begin(String task, long totalWork) {
    }

    @Override
    public void worked(long units) {
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
