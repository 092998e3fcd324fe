package org.nernst.io.api;

import java.io.IOException;
import java.util.List;
import org.nernst.core.model.Measurement;

/**
 * The service an import bundle registers (with Declarative Services) for one instrument format.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #probe} is cheap: a magic number or header check on the first bytes, never a full parse.
 * <li>{@link #read} returns every measurement the file holds (a multi-technique file gives several),
 * reports recoverable oddities through {@link ReadContext#warn}, and fails with
 * {@link ReadContext#fail} (file, line, what was expected) instead of returning a half-filled model.
 * <li>Units are converted to canonical at import ({@code Channel.convert}); roles are assigned.
 * <li>Readers are called behind a guard: an exception other than the documented ones is reported as
 * a fault of the reader's bundle, and the platform stays up. A reader must not call System.exit or
 * loop forever; the registry calls it with a time-out.
 * </ul>
 */
public interface MeasurementReader {

    /** Certainty levels for {@link #probe}; any value in [0, 100] is allowed. */
    int CANNOT_READ = 0;
    /** Generic readers (delimited text) answer this so that a vendor reader wins. */
    int GENERIC = 10;
    int LIKELY = 60;
    int CERTAIN = 100;

    ReaderInfo info();

    /** How sure this reader is that it can read the file, 0..100, from its name and first bytes. */
    int probe(ProbeInput input);

    List<Measurement> read(ReadContext context) throws IOException;
}
