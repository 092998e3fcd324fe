package org.nernst.cli;

import java.util.List;
import org.nernst.io.ReaderRegistry;
import org.nernst.io.api.MeasurementReader;

/**
 * A registry with every reader bundle on the test class path, as the OSGi product has them. The
 * vendor readers are internal DS components: created by name so no internal package is compiled against.
 */
final class TestReaders {
    private TestReaders() {
    }

    static final List<String> VENDOR = List.of("org.nernst.io.biologic.internal.EcLabTextReader",
            "org.nernst.io.biologic.mpr.internal.MprReader", "org.nernst.io.gamry.internal.GamryDtaReader",
            "org.nernst.io.neware.internal.NdaReader", "org.nernst.io.neware.internal.NdaxReader");

    static ReaderRegistry registry() {
        ReaderRegistry r = ReaderRegistry.withBuiltInReaders();
        for (String c : VENDOR) {
            try {
                r.add((MeasurementReader) Class.forName(c).getDeclaredConstructor().newInstance(), c.replaceFirst("\\.internal.*", ""), "");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("reader " + c + " is not on the test class path (pom test dependencies)", e);
            }
        }
        return r;
    }
}
