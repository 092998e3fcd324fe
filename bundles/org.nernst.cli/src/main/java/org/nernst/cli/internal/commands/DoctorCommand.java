package org.nernst.cli.internal.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.cli.CliCommand;
import org.nernst.core.NernstException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import picocli.CommandLine.Command;

/** Health of the running product: every bundle resolved/active, every DS component satisfied. */
@Command(name = "doctor", description = "Check that every bundle is active and every component satisfied.")
public class DoctorCommand extends CliCommand {

    @Override
    protected Object execute() {
        BundleContext bc = ctx().service(BundleContext.class)
                .orElseThrow(() -> NernstException.usage("doctor needs the OSGi runtime (run it through ./nernst)"));
        ServiceComponentRuntime scr = ctx().service(ServiceComponentRuntime.class).orElseThrow();
        List<String> problems = new ArrayList<>();
        List<Object> bundles = new ArrayList<>();
        for (Bundle b : bc.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            String state = state(b.getState());
            boolean ok = fragment ? b.getState() == Bundle.RESOLVED : b.getState() == Bundle.ACTIVE;
            if (!ok) {
                problems.add("bundle " + b.getSymbolicName() + " is " + state);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.getBundleId());
            m.put("name", b.getSymbolicName());
            m.put("version", b.getVersion().toString());
            m.put("state", state);
            m.put("location", b.getLocation());
            bundles.add(m);
        }
        List<Object> components = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            String state;
            List<String> missing = new ArrayList<>();
            var configs = scr.getComponentConfigurationDTOs(d);
            if (!scr.isComponentEnabled(d)) {
                state = "disabled";
            } else if (configs.isEmpty()) {
                state = "no configuration";
            } else {
                ComponentConfigurationDTO c = configs.iterator().next();
                state = switch (c.state) {
                    case ComponentConfigurationDTO.ACTIVE -> "active";
                    case ComponentConfigurationDTO.SATISFIED -> "satisfied";
                    case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "unsatisfied reference";
                    case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "unsatisfied configuration";
                    case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed activation: " + c.failure;
                    default -> "state " + c.state;
                };
                for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                    missing.add(u.name + " (" + u.target + ")");
                }
            }
            boolean ok = state.equals("active") || state.equals("satisfied");
            if (!ok) {
                problems.add("component " + d.name + " of " + d.bundle.symbolicName + ": " + state
                        + (missing.isEmpty() ? "" : " " + missing));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", d.name);
            m.put("bundle", d.bundle.symbolicName);
            m.put("state", state);
            if (!missing.isEmpty()) {
                m.put("unsatisfied", missing);
            }
            components.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("ok", problems.isEmpty());
        doc.put("problems", problems);
        doc.put("bundles", bundles);
        doc.put("components", components);
        return doc;
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }
}
