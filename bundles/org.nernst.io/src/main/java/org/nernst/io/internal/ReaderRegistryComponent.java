package org.nernst.io.internal;

import java.util.Map;
import org.nernst.io.Importer;
import org.nernst.io.ReaderRegistry;
import org.nernst.io.api.MeasurementReader;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The registry as an OSGi service. Readers are a dynamic, multiple, greedy reference: a reader
 * bundle dropped into plugins/ while the application runs is picked up, and removed cleanly.
 */
@Component(service = Importer.class)
public class ReaderRegistryComponent extends ReaderRegistry {

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addReader(MeasurementReader reader, ServiceReference<MeasurementReader> ref) {
        Bundle b = ref.getBundle();
        add(reader, b == null ? "?" : b.getSymbolicName(), b == null ? "" : b.getVersion().toString());
    }

    void removeReader(MeasurementReader reader, Map<String, Object> props) {
        remove(reader);
    }
}
