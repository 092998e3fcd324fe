package org.nernst.analysis.rde;

import java.util.Arrays;
import org.nernst.analysis.rde.internal.Sampler;

/**
 * One corrected rotating-disk sweep: potentials (V, RHE when known, else vs the recorded reference) and
 * current densities (A cm^-2, anodic positive), sorted by potential, at a rotation rate.
 *
 * @param label  file name or other name shown in messages
 * @param rpm    rotation rate in revolutions per minute
 */
public record RdeCurve(String label, double rpm, double[] potentialV, double[] currentDensityACm2) {

    public RdeCurve {
        if (potentialV.length != currentDensityACm2.length) {
            throw new IllegalArgumentException("potential and current of " + label + " differ in length");
        }
        if (potentialV.length < 2) {
            throw org.nernst.core.NernstException.analysis(label + ": fewer than 2 points in the sweep");
        }
        double[][] sorted = Sampler.sortByX(potentialV, currentDensityACm2);
        potentialV = sorted[0];
        currentDensityACm2 = sorted[1];
    }

    public double minPotential() {
        return potentialV[0];
    }

    public double maxPotential() {
        return potentialV[potentialV.length - 1];
    }

    public int size() {
        return potentialV.length;
    }

    /** Current density (A cm^-2) at {@code e}, smoothed over +-window V by a local straight-line fit; NaN outside the range. */
    public double currentDensityAt(double e, double windowV) {
        return Sampler.at(potentialV, currentDensityACm2, e, windowV);
    }

    /** A copy of the sorted potentials (V). */
    @Override
    public double[] potentialV() {
        return potentialV.clone();
    }

    /** A copy of the current densities (A cm^-2) in potential order. */
    @Override
    public double[] currentDensityACm2() {
        return currentDensityACm2.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RdeCurve c && c.label.equals(label) && c.rpm == rpm
                && Arrays.equals(c.potentialV, potentialV) && Arrays.equals(c.currentDensityACm2, currentDensityACm2);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + Double.hashCode(rpm);
    }

    @Override
    public String toString() {
        return label + " (" + rpm + " rpm, " + potentialV.length + " points)";
    }
}
