package org.nernst.core;

/** A message for the user about one input or analysis step, with where it applies. */
public record Diagnostic(Severity severity, String message, Location location) {

    public Diagnostic {
        if (severity == null || message == null || location == null) {
            throw new IllegalArgumentException("severity, message and location are required");
        }
    }

    public static Diagnostic info(String message) {
        return new Diagnostic(Severity.INFO, message, Location.NONE);
    }

    public static Diagnostic warning(String message) {
        return new Diagnostic(Severity.WARNING, message, Location.NONE);
    }

    public static Diagnostic warning(String message, Location where) {
        return new Diagnostic(Severity.WARNING, message, where);
    }

    public static Diagnostic error(String message, Location where) {
        return new Diagnostic(Severity.ERROR, message, where);
    }

    /** Message with its location, for logs and human output. */
    public String describe() {
        String where = location.describe();
        return where.isEmpty() ? message : where + ": " + message;
    }
}
