package org.nernst.ui.chart;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link Plot} shows, without SWT: titles, the visible axis ranges, series with their style
 * and colour, and the vertical markers. {@link PlotSvg} draws it as vector graphics; tests build
 * one directly.
 *
 * @param title   chart title
 * @param width   width of the drawing in pixels (the chart's size on screen, so the aspect is kept)
 * @param height  height in pixels
 * @param x       the x axis
 * @param y       the (left) y axis
 * @param y2      the optional right y axis
 * @param series  series in drawing order
 * @param markers vertical lines at x positions with a label
 */
public record PlotModel(String title, int width, int height, Axis x, Axis y, Optional<Axis> y2, List<StyledSeries> series,
        List<Plot.Marker> markers) {

    public PlotModel {
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        if (width < 100 || height < 100) {
            throw new IllegalArgumentException("a plot needs at least 100 x 100 pixels, not " + width + " x " + height);
        }
    }

    /**
     * An axis as shown: title and the visible range (lower &lt; upper; both &gt; 0 on a log axis).
     *
     * @param log logarithmic scale
     */
    public record Axis(String title, double lower, double upper, boolean log) {
        public Axis {
            if (!(upper > lower) || log && !(lower > 0)) {
                throw new IllegalArgumentException("axis '" + title + "' has an empty range " + lower + " .. " + upper);
            }
        }

        /** Position of {@code v} on this axis as a fraction 0..1 of its length (outside for values off the range). */
        public double fraction(double v) {
            return log ? (Math.log10(v) - Math.log10(lower)) / (Math.log10(upper) - Math.log10(lower)) : (v - lower) / (upper - lower);
        }
    }

    /**
     * A series as drawn.
     *
     * @param symbols points only (circles) instead of a line
     * @param rgb     colour as 0xRRGGBB
     */
    public record StyledSeries(Plot.Series data, boolean symbols, int rgb) {
    }
}
