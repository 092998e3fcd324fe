package org.nernst.catalog;

/** Where a catalog entry comes from: the bundled literature, or the lab's own measurements. */
public enum Origin {
    LITERATURE, OWN;

    public String label() {
        return this == LITERATURE ? "literature" : "own";
    }
}
