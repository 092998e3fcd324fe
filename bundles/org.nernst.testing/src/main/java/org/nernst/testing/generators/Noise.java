package org.nernst.testing.generators;

import java.util.SplittableRandom;

/**
 * Seeded Gaussian noise, so a synthetic data set is the same on every machine and every run.
 * SplittableRandom is used because its sequence is specified (unlike Math.random).
 */
public final class Noise {
    private final SplittableRandom random;
    private final double sigma;
    private boolean hasSpare;
    private double spare;

    public Noise(long seed, double sigma) {
        this.random = new SplittableRandom(seed);
        this.sigma = sigma;
    }

    /** No noise at all (sigma 0). */
    public static Noise none() {
        return new Noise(0, 0);
    }

    /** One sample of N(0, sigma²) by the Marsaglia polar method. */
    public double next() {
        if (sigma == 0) {
            return 0;
        }
        if (hasSpare) {
            hasSpare = false;
            return spare * sigma;
        }
        double u;
        double v;
        double s;
        do {
            u = random.nextDouble() * 2 - 1;
            v = random.nextDouble() * 2 - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * m;
        hasSpare = true;
        return u * m * sigma;
    }

    public double sigma() {
        return sigma;
    }
}
