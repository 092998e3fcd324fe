package org.nernst.analysis.rde.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.nernst.analysis.rde.Electrolyte;
import org.nernst.analysis.rde.KlPoint;
import org.nernst.analysis.rde.Levich;

/** The Koutecky-Levich straight line at one potential (ordinary least squares). */
public final class KlRegression {
    private KlRegression() {
    }

    /** omega^-1/2 in (rad s^-1)^-1/2 for each rotation rate: the K-L abscissa. */
    public static double[] inverseSqrtOmega(double[] rpm) {
        double[] x = new double[rpm.length];
        for (int i = 0; i < rpm.length; i++) {
            x[i] = 1.0 / Math.sqrt(Levich.omega(rpm[i]));
        }
        return x;
    }

    /**
     * Fits 1/|j| = 1/|j_k| + slope * omega^-1/2 (Koutecky-Levich; Bard and Faulkner, Electrochemical
     * Methods, 2nd ed., Section 9.3) and converts slope to n with B = 0.62 n F C0 D0^(2/3) nu^(-1/6).
     *
     * @param jMaCm2 signed current densities in mA cm^-2, all of one sign and non-zero, one per rpm
     */
    public static KlPoint fit(double potentialV, double[] rpm, double[] jMaCm2, Electrolyte electrolyte) {
        double[] x = inverseSqrtOmega(rpm);
        SimpleRegression r = new SimpleRegression(true);
        double sign = 0;
        List<Double> used = new ArrayList<>();
        for (int i = 0; i < rpm.length; i++) {
            r.addData(x[i], 1.0 / Math.abs(jMaCm2[i]));
            sign += jMaCm2[i];
            used.add(jMaCm2[i]);
        }
        double slope = r.getSlope();
        double intercept = r.getIntercept();
        // 1/|j| in cm^2 mA^-1 is 1000x the value in cm^2 A^-1, so the slope in A units is 1000 * slope
        double n = Levich.electronNumber(1000 * slope, electrolyte);
        double slopeErr = stderr(r.getSlopeStdErr());
        double interceptErr = stderr(r.getInterceptStdErr());
        double nErr = Math.abs(n * slopeErr / slope);
        OptionalDouble jk = OptionalDouble.empty();
        OptionalDouble jkErr = OptionalDouble.empty();
        if (intercept > 0) {
            jk = OptionalDouble.of(Math.signum(sign) / intercept);
            // d|jk| = d(intercept) / intercept^2
            jkErr = OptionalDouble.of(interceptErr / (intercept * intercept));
        }
        double r2 = r.getRSquare();
        return new KlPoint(potentialV, n, nErr, jk, jkErr, Double.isNaN(r2) ? 1.0 : r2, slope, slopeErr, intercept,
                interceptErr, used);
    }

    /** A perfect fit (or 2 points) gives NaN or 0 standard errors; report 0, not NaN (JSON has no NaN). */
    private static double stderr(double v) {
        return Double.isFinite(v) ? v : 0.0;
    }
}
