package org.nernst.catalog.internal;

import java.util.Locale;

/** Electrolyte names, so that "0.1M KOH", "0.1 M KOH" and "0.1M-KOH" count as the same condition. */
public final class Electrolytes {
    private Electrolytes() {
    }

    /** The display form: single spaces, a space between a concentration and its "M". */
    public static String normalize(String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        s = s.replaceAll("(\\d)\\s*M(?:\\s*-\\s*|\\s+)", "$1 M ");
        return s.replaceAll("(\\d)\\s*M$", "$1 M");
    }

    /** The grouping key: the display form without case or spaces. */
    public static String key(String name) {
        return normalize(name).toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
