package org.nernst.analysis.cycling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HalfCycleSplitterTest {
    @Test
    void quickselectPercentileMatchesTheSortedValue() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n : new int[] {1, 2, 3, 10, 101, 5000}) {
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                // many ties, both signs, as a galvanostatic current has
                x[k] = (r.nextInt(7) - 3) * 1e-3;
            }
            double[] s = Arrays.stream(x).map(Math::abs).sorted().toArray();
            for (double q : new double[] {0, 0.5, 0.99, 1}) {
                assertEquals(s[Math.min(n - 1, (int) Math.floor(q * (n - 1)))], HalfCycleSplitter.percentileAbs(x, q), 0.0, "n=" + n + " q=" + q);
            }
        }
    }
}
