package org.nernst.cli.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.nernst.io.Importer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The CLI as a service the launcher calls with the process arguments. Registered under
 * {@code java.util.function.Function} (a type the launcher and every bundle share) with the
 * property {@code nernst.main=cli}; returns the exit code.
 */
@Component(service = Function.class, property = "nernst.main=cli")
public class CliMain implements Function<String[], Integer> {

    @Reference
    private Importer importer;

    @Reference
    private ServiceComponentRuntime scr;

    private BundleContext bundleContext;

    @Activate
    void activate(BundleContext bc) {
        this.bundleContext = bc;
    }

    @Override
    public Integer apply(String[] args) {
        Map<Class<?>, Object> services = new HashMap<>();
        services.put(BundleContext.class, bundleContext);
        services.put(ServiceComponentRuntime.class, scr);
        return new Cli(importer, System.out, System.err, services).run(args);
    }
}
