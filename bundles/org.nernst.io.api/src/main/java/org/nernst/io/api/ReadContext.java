package org.nernst.io.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nernst.core.Diagnostic;
import org.nernst.core.Location;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;

/** The file to read, progress/cancel, and where warnings go. One context per read. */
public final class ReadContext {
    private final Path path;
    private final Monitor monitor;
    private final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());

    public ReadContext(Path path, Monitor monitor) {
        this.path = path;
        this.monitor = monitor;
    }

    public Path path() {
        return path;
    }

    /** The file name as users know it (no directories): used in every message. */
    public String fileName() {
        Path f = path.getFileName();
        return f == null ? path.toString() : f.toString();
    }

    public Monitor monitor() {
        return monitor;
    }

    public void warn(String message) {
        diagnostics.add(Diagnostic.warning(message, Location.file(fileName())));
    }

    public void warn(String message, int line) {
        diagnostics.add(Diagnostic.warning(message, Location.line(fileName(), line)));
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** An input error at a line (1-based); {@code throw ctx.fail(...)}. */
    public NernstException fail(String message, int line) {
        return NernstException.input(message, Location.line(fileName(), line));
    }

    public NernstException fail(String message, int line, int column) {
        return NernstException.input(message, Location.cell(fileName(), line, column));
    }

    public NernstException failAtOffset(String message, long offset) {
        return NernstException.input(message, Location.offset(fileName(), offset));
    }

    public NernstException fail(String message) {
        return NernstException.input(message, Location.file(fileName()));
    }
}
