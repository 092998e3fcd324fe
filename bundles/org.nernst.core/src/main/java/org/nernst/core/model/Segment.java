package org.nernst.core.model;

/**
 * A row range [start, end) of a measurement with a meaning: one CV cycle, one sweep, one cycler
 * step or one technique of a multi-technique file.
 */
public record Segment(Kind kind, int index, int start, int end, String label) {

    public enum Kind { TECHNIQUE, CYCLE, SWEEP, STEP, HALF_CYCLE }

    public Segment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad segment range [" + start + ", " + end + ")");
        }
        label = label == null ? "" : label;
    }

    public int rows() {
        return end - start;
    }
}
