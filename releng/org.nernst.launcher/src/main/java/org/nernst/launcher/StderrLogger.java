package org.nernst.launcher;

import org.apache.felix.framework.Logger;

/** Felix logs to System.out by default; stdout belongs to command results (one JSON document). */
final class StderrLogger extends Logger {
    @Override
    protected void doLogOut(int level, String msg, Throwable throwable) {
        String tag = switch (level) {
            case LOG_ERROR -> "ERROR";
            case LOG_WARNING -> "WARNING";
            case LOG_INFO -> "INFO";
            default -> "DEBUG";
        };
        System.err.println("[felix " + tag + "] " + msg + (throwable == null ? "" : ": " + throwable));
    }
}
