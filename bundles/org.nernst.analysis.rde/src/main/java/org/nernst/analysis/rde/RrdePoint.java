package org.nernst.analysis.rde;

import java.util.OptionalDouble;

/**
 * Ring-disk numbers at one potential.
 *
 * @param potentialV     disk potential (V; RHE when the result says so)
 * @param n              electron-transfer number 4 |I_d| / (|I_d| + |I_r|/N)
 * @param h2o2Pct        peroxide yield 200 (|I_r|/N) / (|I_d| + |I_r|/N), in %
 * @param diskCurrentMa  disk current (background-corrected), signed, mA
 * @param ringCurrentMa  ring current, signed, mA
 * @param diskDensityMaCm2 disk current density, signed, when the area is known
 */
public record RrdePoint(double potentialV, double n, double h2o2Pct, double diskCurrentMa, double ringCurrentMa,
        OptionalDouble diskDensityMaCm2) {

    /**
     * n and H2O2 % from the currents (Paulus et al., J. Electroanal. Chem. 495 (2001) 134: per O2 reduced the
     * disk passes 4 e- to water or 2 e- to H2O2, and the ring sees N of the H2O2 as a 2 e- oxidation). NaN
     * when both currents are zero.
     */
    public static double[] nAndPeroxide(double diskCurrent, double ringCurrent, double collectionEfficiency) {
        double d = Math.abs(diskCurrent);
        double r = Math.abs(ringCurrent) / collectionEfficiency;
        double sum = d + r;
        if (sum == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {4 * d / sum, 200 * r / sum};
    }
}
