package org.nernst.core;

/**
 * Progress and cancellation for long work, free of any UI or OSGi type: the CLI draws it as a
 * progress bar on stderr, the shell as its status-bar progress. Implementations must be
 * thread-safe because batch work reports from several threads.
 */
public interface Monitor {

    /** Starts a task of {@code totalWork} units (or -1 when unknown). */
    void begin(String task, long totalWork);

    void worked(long units);

    default void subTask(String name) {
    }

    default void done() {
    }

    boolean isCancelled();

    /** Throws {@link CancelledException} once the user has cancelled; call at loop boundaries. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A monitor that reports nothing and is never cancelled. */
    static Monitor none() {
        return NullMonitor.INSTANCE;
    }

    /** Thrown when the user cancels; work stops and leaves no partial output. */
    final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException() {
            super("cancelled by the user");
        }
    }
}
