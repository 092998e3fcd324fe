package org.nernst.analysis.lsv.corrections;

import java.util.Locale;
import java.util.Optional;

/** Direction of a potential sweep. */
public enum SweepDirection {
    /** Increasing potential (anodic-going). */
    POSITIVE("positive-going"),
    /** Decreasing potential (cathodic-going). */
    NEGATIVE("negative-going");

    private final String label;

    SweepDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "positive"/"anodic"/"forward-up"/"+" or "negative"/"cathodic"/"-". */
    public static Optional<SweepDirection> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "positive", "positive-going", "anodic", "up", "+" -> Optional.of(POSITIVE);
            case "negative", "negative-going", "cathodic", "down", "-" -> Optional.of(NEGATIVE);
            default -> Optional.empty();
        };
    }
}
