package org.nernst.io;

import java.util.List;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Measurement;

/** What an import produced: the reader used, every measurement in the file, and warnings. */
public record ImportResult(FormatInfo format, List<Measurement> measurements, List<Diagnostic> diagnostics) {
    public ImportResult {
        measurements = List.copyOf(measurements);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The first measurement, which is the whole file for single-technique formats. */
    public Measurement first() {
        return measurements.get(0);
    }
}
