package org.nernst.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nernst.testing.generators.Noise;

class NoiseTest {
    @Test
    void seededNoiseIsReproducibleAndHasTheRequestedSpread() {
        Noise a = new Noise(42, 2.0);
        Noise b = new Noise(42, 2.0);
        double sum = 0;
        double sq = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            double x = a.next();
            assertEquals(x, b.next(), 0.0);
            sum += x;
            sq += x * x;
        }
        assertEquals(0.0, sum / n, 0.02);
        assertEquals(2.0, Math.sqrt(sq / n), 0.02);
    }
}
