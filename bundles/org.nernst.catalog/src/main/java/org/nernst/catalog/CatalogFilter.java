package org.nernst.catalog;

import java.util.Optional;

/** What {@code list} keeps: by reaction, metal and metric; an empty part keeps everything. */
public record CatalogFilter(Optional<String> reaction, Optional<String> metal, Optional<String> metric) {

    public static final CatalogFilter ALL = new CatalogFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public CatalogFilter withReaction(String r) {
        return new CatalogFilter(Optional.of(r), metal, metric);
    }

    public CatalogFilter withMetal(String m) {
        return new CatalogFilter(reaction, Optional.of(m), metric);
    }

    public CatalogFilter withMetric(String m) {
        return new CatalogFilter(reaction, metal, Optional.of(m));
    }
}
