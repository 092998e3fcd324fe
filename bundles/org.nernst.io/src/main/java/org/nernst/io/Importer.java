package org.nernst.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.core.Monitor;

/**
 * Reads any supported file with the reader that is most confident about it. Registered as an OSGi
 * service by this bundle; usable as a plain object ({@link ReaderRegistry}) in tests and engines.
 */
public interface Importer {

    List<FormatInfo> formats();

    /**
     * Reads {@code file}, with the reader {@code formatId} when given, else the best probe.
     * Throws {@code NernstException} (kind INPUT) with file and location on any failure.
     */
    ImportResult read(Path file, Optional<String> formatId, Monitor monitor);

    /**
     * Every installed reader's confidence (0..100) for {@code file}, highest first, ties by id:
     * answers "why is my file not recognised / read by the wrong reader?".
     */
    Map<String, Integer> probe(Path file);
}
