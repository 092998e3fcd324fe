package org.nernst.catalog;

import java.util.List;

/** A lab's own sample as the user describes it; unknown descriptors are empty. */
public record SampleSpec(String name, List<String> metals, String architecture, String support, String synthesis,
        String note) {

    public SampleSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a sample needs a name");
        }
        name = name.strip();
        metals = List.copyOf(metals);
    }

    public static SampleSpec named(String name) {
        return new SampleSpec(name, List.of(), "", "", "", "");
    }
}
