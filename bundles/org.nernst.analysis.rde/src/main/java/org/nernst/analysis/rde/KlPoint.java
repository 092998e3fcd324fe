package org.nernst.analysis.rde;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The Koutecky-Levich regression at one potential: 1/|j| (cm^2 mA^-1) against omega^-1/2
 * ((rad s^-1)^-1/2), one point per rotation rate.
 *
 * @param potentialV          potential (V; RHE when the result says so)
 * @param n                   electron-transfer number from the slope
 * @param nStderr             standard error of n (propagated from the slope's: n is proportional to 1/slope)
 * @param jkMaCm2             kinetic current density, signed like the measured current; empty when the
 *                            intercept is not positive (j_k undefined)
 * @param jkStderrMaCm2       standard error of |j_k| (propagated from the intercept's)
 * @param r2                  coefficient of determination of the line
 * @param slope               d(1/|j|)/d(omega^-1/2), cm^2 mA^-1 (rad s^-1)^1/2
 * @param slopeStderr         its standard error
 * @param intercept           1/|j_k|, cm^2 mA^-1
 * @param interceptStderr     its standard error
 * @param currentDensitiesMaCm2 the signed current densities used, one per rotation rate (ascending rpm)
 */
public record KlPoint(double potentialV, double n, double nStderr, OptionalDouble jkMaCm2, OptionalDouble jkStderrMaCm2,
        double r2, double slope, double slopeStderr, double intercept, double interceptStderr,
        List<Double> currentDensitiesMaCm2) {

    public KlPoint {
        currentDensitiesMaCm2 = List.copyOf(currentDensitiesMaCm2);
    }
}
