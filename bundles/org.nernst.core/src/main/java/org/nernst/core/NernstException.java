package org.nernst.core;

/**
 * A failure the user can act on: bad input (with its location) or an analysis that could not
 * produce a result. Never a programming error; those stay ordinary exceptions.
 */
public class NernstException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why it failed, which maps to the CLI exit codes (3 input, 4 analysis, 2 usage). */
    public enum Kind { USAGE, INPUT, ANALYSIS }

    private final Kind kind;
    private final transient Location location;

    public NernstException(Kind kind, String message, Location location) {
        super(message);
        this.kind = kind;
        this.location = location == null ? Location.NONE : location;
    }

    public static NernstException input(String message, Location where) {
        return new NernstException(Kind.INPUT, message, where);
    }

    public static NernstException analysis(String message) {
        return new NernstException(Kind.ANALYSIS, message, Location.NONE);
    }

    public static NernstException usage(String message) {
        return new NernstException(Kind.USAGE, message, Location.NONE);
    }

    public Kind kind() {
        return kind;
    }

    public Location location() {
        return location;
    }

    public Diagnostic toDiagnostic() {
        return Diagnostic.error(getMessage(), location);
    }
}
