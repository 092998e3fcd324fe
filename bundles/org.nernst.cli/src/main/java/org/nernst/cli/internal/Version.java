package org.nernst.cli.internal;

import picocli.CommandLine.IVersionProvider;

/** Version from the bundle manifest (Bundle-Version), so --version never drifts from the build. */
public class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"nernst " + (v == null ? System.getProperty("nernst.version", "0.1.0") : v)};
    }
}
