package org.nernst.io.biologic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.biologic.internal.EcLabTextReader;

/** Reads a file with the EC-Lab reader the way the registry does (probe input, context). */
final class Fixtures {
    private Fixtures() {
    }

    static ReadContext context(Path p) {
        return new ReadContext(p, Monitor.none());
    }

    static List<Measurement> read(Path p) throws IOException {
        return new EcLabTextReader().read(context(p));
    }

    static int probe(Path p) throws IOException {
        byte[] all = java.nio.file.Files.readAllBytes(p);
        byte[] head = java.util.Arrays.copyOf(all, Math.min(all.length, ProbeInput.HEAD_BYTES));
        return new EcLabTextReader().probe(new ProbeInput(p.getFileName().toString(), all.length, head));
    }
}
