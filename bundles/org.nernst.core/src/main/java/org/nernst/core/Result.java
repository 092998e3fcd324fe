package org.nernst.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A value plus the diagnostics gathered while producing it. A result with an ERROR diagnostic
 * has no value; warnings travel with a value to the user.
 */
public record Result<T>(Optional<T> value, List<Diagnostic> diagnostics) {

    public Result {
        diagnostics = List.copyOf(diagnostics);
        if (value.isPresent() == diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
            throw new IllegalArgumentException("a result has either a value or an error, not both or neither");
        }
    }

    public static <T> Result<T> ok(T value, List<Diagnostic> diagnostics) {
        return new Result<>(Optional.of(value), diagnostics);
    }

    public static <T> Result<T> ok(T value) {
        return ok(value, List.of());
    }

    public static <T> Result<T> failure(Diagnostic error, List<Diagnostic> earlier) {
        List<Diagnostic> all = new ArrayList<>(earlier);
        all.add(error);
        return new Result<>(Optional.empty(), all);
    }

    public boolean isOk() {
        return value.isPresent();
    }

    public Optional<Diagnostic> error() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).findFirst();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }

    /** The value, or a {@link NernstException} of the given kind carrying the error. */
    public T orThrow(NernstException.Kind kind) {
        return value.orElseThrow(() -> {
            Diagnostic e = error().orElseThrow();
            return new NernstException(kind, e.message(), e.location());
        });
    }
}
