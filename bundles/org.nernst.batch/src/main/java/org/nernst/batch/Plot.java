package org.nernst.batch;

import java.util.List;

/** A line plot of a result: axis labels and named series (x, y of equal length). */
public record Plot(String title, String xLabel, String yLabel, List<Series> series) {

    public record Series(String name, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series " + name + ": x and y differ in length");
            }
        }
    }

    public Plot {
        series = List.copyOf(series);
    }
}
