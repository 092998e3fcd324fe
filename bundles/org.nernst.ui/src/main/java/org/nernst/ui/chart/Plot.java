package org.nernst.ui.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * An x-y plot for views: a SWTChart line chart with a tool row (fit, zoom, PNG, SVG and CSV export), a
 * cursor readout (position and nearest data point), mouse-wheel zoom around the cursor,
 * rectangle zoom by dragging, and double-click to fit. Optional equal axis scales (Nyquist plots)
 * and a second y axis. Only the core SWTChart bundle is used (the extensions need JFace).
 */
public class Plot extends Composite {
    /** Tableau-like palette that stays distinguishable in grey print. */
    private static final int[][] PALETTE = {{31, 119, 180}, {214, 39, 40}, {44, 160, 44}, {255, 127, 14},
        {148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127}};

    private final Chart chart;
    private final Label readout;
    private final List<Series> series = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    /** Drawing style of each entry of {@link #series}, same order (for the SVG export). */
    private final List<PlotModel.StyledSeries> styled = new ArrayList<>();
    private boolean equalAspect;
    private int y2 = -1;
    private Point dragStart;
    private Point dragNow;

    /** One plotted series, in displayed units. */
    public record Series(String name, double[] x, double[] y, boolean secondAxis) {
    }

    /** A vertical line at {@code x} with a label (E1/2, onset, fit window ...). */
    public record Marker(double x, String label) {
    }

    public Plot(Composite parent, String title) {
        super(parent, SWT.NONE);
        GridLayout gl = new GridLayout(8, false);
        gl.marginWidth = 2;
        gl.marginHeight = 2;
        setLayout(gl);
        button("Fit", e -> fit());
        button("Zoom +", e -> zoom(0.5));
        button("Zoom −", e -> zoom(2));
        button("PNG…", e -> ask("*.png").ifPresent(this::exportPng));
        button("SVG…", e -> ask("*.svg").ifPresent(this::exportSvgReporting));
        button("CSV…", e -> ask("*.csv").ifPresent(this::exportCsvReporting));
        readout = new Label(this, SWT.NONE);
        readout.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        readout.setText("drag: zoom · wheel: zoom · double-click: fit");
        chart = new Chart(this, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
        chart.getTitle().setText(title);
        chart.getLegend().setPosition(SWT.BOTTOM);
        Control area = chart.getPlotArea().getControl();
        area.addListener(SWT.MouseMove, this::mouseMove);
        area.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                dragStart = new Point(e.x, e.y);
            }
        });
        area.addListener(SWT.MouseUp, this::mouseUp);
        area.addListener(SWT.MouseDoubleClick, e -> fit());
        area.addListener(SWT.MouseVerticalWheel, e -> zoomAt(e.x, e.y, e.count > 0 ? 0.8 : 1.25));
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(org.eclipse.swt.events.PaintEvent e) {
                paintOverlay(e.gc);
            }
        });
        area.addListener(SWT.Resize, e -> {
            if (equalAspect) {
                equalize();
            }
        });
    }

    private void button(String text, org.eclipse.swt.widgets.Listener l) {
        Button b = new Button(this, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, l);
    }

    public Chart chart() {
        return chart;
    }

    public void axisTitles(String x, String y) {
        chart.getAxisSet().getXAxis(0).getTitle().setText(x);
        chart.getAxisSet().getYAxis(0).getTitle().setText(y);
    }

    /** Adds a second y axis on the right with this title; series added with {@code secondAxis} use it. */
    public void secondYAxis(String title) {
        if (y2 < 0) {
            y2 = chart.getAxisSet().createYAxis();
            chart.getAxisSet().getYAxis(y2).setPosition(IAxis.Position.Secondary);
        }
        chart.getAxisSet().getYAxis(y2).getTitle().setText(title);
    }

    /** Removes the second y axis (and so its empty scale). */
    public void removeSecondYAxis() {
        if (y2 >= 0) {
            chart.getAxisSet().deleteYAxis(y2);
            y2 = -1;
        }
    }

    public void logScale(boolean x, boolean y) {
        chart.getAxisSet().getXAxis(0).enableLogScale(x);
        chart.getAxisSet().getYAxis(0).enableLogScale(y);
    }

    /** Same data units per pixel on both axes, so semicircles look like semicircles. */
    public void equalAspect(boolean on) {
        equalAspect = on;
    }

    public ILineSeries<?> line(String name, double[] x, double[] y) {
        return add(new Series(name, x, y, false), false);
    }

    public ILineSeries<?> points(String name, double[] x, double[] y) {
        return add(new Series(name, x, y, false), true);
    }

    public ILineSeries<?> add(Series in, boolean symbolsOnly) {
        return add(in, symbolsOnly, series.size());
    }

    /** A series in the colour of the palette's entry {@code colour} (a model curve in the colour of its data). */
    public ILineSeries<?> add(Series in, boolean symbolsOnly, int colour) {
        Series s = PlotRanges.finiteOnly(in);
        series.add(s);
        ILineSeries<?> ls = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, s.name());
        ls.setXSeries(s.x());
        ls.setYSeries(s.y());
        int[] c = PALETTE[Math.floorMod(colour, PALETTE.length)];
        styled.add(new PlotModel.StyledSeries(s, symbolsOnly, c[0] << 16 | c[1] << 8 | c[2]));
        Color color = new Color(c[0], c[1], c[2]);
        ls.setLineColor(color);
        ls.setSymbolColor(color);
        ls.setLineWidth(2);
        ls.setAntialias(SWT.ON);
        if (symbolsOnly) {
            ls.setLineStyle(LineStyle.NONE);
            ls.setSymbolType(PlotSymbolType.CIRCLE);
            ls.setSymbolSize(3);
        } else {
            ls.setSymbolType(PlotSymbolType.NONE);
        }
        if (s.secondAxis() && y2 >= 0) {
            ls.setYAxisId(y2);
        }
        return ls;
    }


    public void marker(double x, String label) {
        markers.add(new Marker(x, label));
        chart.redraw();
    }

    /** Removes every series and marker (keeps axes and titles). */
    public void clear() {
        for (var s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        series.clear();
        styled.clear();
        markers.clear();
    }

    public List<Series> series() {
        return List.copyOf(series);
    }

    /** Fits every axis to the data (and equalises scales when asked). */
    public void fit() {
        // own ranges from the data (SWTChart's adjustRange pads some non-monotonic series oddly)
        PlotRanges.fitAxis(chart.getAxisSet().getXAxis(0), series.stream().map(Series::x).toList());
        PlotRanges.fitAxis(chart.getAxisSet().getYAxis(0), series.stream().filter(s -> !s.secondAxis()).map(Series::y).toList());
        if (y2 >= 0) {
            PlotRanges.fitAxis(chart.getAxisSet().getYAxis(y2), series.stream().filter(Series::secondAxis).map(Series::y).toList());
        }
        if (equalAspect) {
            equalize();
        }
        chart.redraw();
    }


    private void equalize() {
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        Rectangle b = chart.getPlotArea().getControl().getBounds();
        if (b.width < 10 || b.height < 10) {
            return;
        }
        Range xr = xa.getRange();
        Range yr = ya.getRange();
        double ux = (xr.upper - xr.lower) / b.width;
        double uy = (yr.upper - yr.lower) / b.height;
        if (ux > uy) {
            double mid = (yr.upper + yr.lower) / 2;
            double half = ux * b.height / 2;
            ya.setRange(new Range(mid - half, mid + half));
        } else {
            double mid = (xr.upper + xr.lower) / 2;
            double half = uy * b.width / 2;
            xa.setRange(new Range(mid - half, mid + half));
        }
    }

    public void zoom(double factor) {
        Rectangle b = chart.getPlotArea().getControl().getBounds();
        zoomAt(b.width / 2, b.height / 2, factor);
    }

    private void zoomAt(int px, int py, double factor) {
        for (IAxis a : chart.getAxisSet().getAxes()) {
            double c = a.getDataCoordinate(a.getDirection() == IAxis.Direction.X ? px : py);
            Range r = a.getRange();
            if (a.isLogScaleEnabled()) {
                double lc = Math.log10(c);
                a.setRange(new Range(Math.pow(10, lc - (lc - Math.log10(r.lower)) * factor),
                        Math.pow(10, lc + (Math.log10(r.upper) - lc) * factor)));
            } else {
                a.setRange(new Range(c - (c - r.lower) * factor, c + (r.upper - c) * factor));
            }
        }
        chart.redraw();
    }

    private void mouseMove(Event e) {
        if (dragStart != null) {
            dragNow = new Point(e.x, e.y);
            chart.getPlotArea().getControl().redraw();
        }
        readout.setText(readoutAt(e.x, e.y));
    }

    private void mouseUp(Event e) {
        if (dragStart != null && Math.abs(e.x - dragStart.x) > 4 && Math.abs(e.y - dragStart.y) > 4) {
            for (IAxis a : chart.getAxisSet().getAxes()) {
                boolean x = a.getDirection() == IAxis.Direction.X;
                double p = a.getDataCoordinate(x ? dragStart.x : dragStart.y);
                double q = a.getDataCoordinate(x ? e.x : e.y);
                a.setRange(new Range(Math.min(p, q), Math.max(p, q)));
            }
        }
        dragStart = null;
        dragNow = null;
        chart.redraw();
    }

    /** Cursor position in data units and the nearest data point (in pixels) of any primary-axis series. */
    public String readoutAt(int px, int py) {
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "x = %.5g, y = %.5g",
                xa.getDataCoordinate(px), ya.getDataCoordinate(py)));
        double best = 15 * 15;
        String near = "";
        for (Series s : series) {
            if (s.secondAxis()) {
                continue;
            }
            for (int i = 0; i < s.x().length; i++) {
                double dx = xa.getPixelCoordinate(s.x()[i]) - px;
                double dy = ya.getPixelCoordinate(s.y()[i]) - py;
                if (dx * dx + dy * dy < best) {
                    best = dx * dx + dy * dy;
                    near = String.format(Locale.ROOT, "   %s #%d: (%.5g, %.5g)", s.name(), i, s.x()[i], s.y()[i]);
                }
            }
        }
        return sb.append(near).toString();
    }

    private void paintOverlay(GC gc) {
        IAxis xa = chart.getAxisSet().getXAxis(0);
        Rectangle b = chart.getPlotArea().getControl().getBounds();
        gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        for (int k = 0; k < markers.size(); k++) {
            Marker m = markers.get(k);
            int x = xa.getPixelCoordinate(m.x());
            gc.setLineStyle(SWT.LINE_DASH);
            gc.drawLine(x, 0, x, b.height);
            // labels step down so neighbouring markers stay readable; near the right edge they go left of the line
            int w = gc.textExtent(m.label()).x;
            gc.drawText(m.label(), x + 4 + w > b.width ? x - 4 - w : x + 4, 3 + 16 * k, true);
        }
        if (dragStart != null && dragNow != null) {
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawRectangle(Math.min(dragStart.x, dragNow.x), Math.min(dragStart.y, dragNow.y),
                    Math.abs(dragNow.x - dragStart.x), Math.abs(dragNow.y - dragStart.y));
        }
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private java.util.Optional<Path> ask(String ext) {
        FileDialog d = new FileDialog(getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {ext});
        d.setOverwrite(true);
        String title = chart.getTitle().getText().replaceAll("[^A-Za-z0-9._-]+", "_");
        d.setFileName(title + ext.substring(1));
        String f = d.open();
        return f == null ? java.util.Optional.empty() : java.util.Optional.of(Path.of(f));
    }

    /** Saves what the chart shows (title, axes, series, markers) as a PNG file. */
    public void exportPng(Path file) {
        chart.save(file.toString(), SWT.IMAGE_PNG);
    }

    /** What the plot shows now (visible ranges, series, markers) at the chart's size on screen. */
    public PlotModel model() {
        Rectangle b = chart.getBounds();
        IAxis xa = chart.getAxisSet().getXAxis(0);
        IAxis ya = chart.getAxisSet().getYAxis(0);
        java.util.Optional<PlotModel.Axis> right = y2 < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(axis(chart.getAxisSet().getYAxis(y2)));
        return new PlotModel(chart.getTitle().getText(), Math.max(b.width, 400), Math.max(b.height, 300), axis(xa), axis(ya), right,
                styled, markers);
    }

    private static PlotModel.Axis axis(IAxis a) {
        Range r = a.getRange();
        boolean log = a.isLogScaleEnabled() && r.lower > 0;
        return r.upper > r.lower ? new PlotModel.Axis(a.getTitle().getText(), r.lower, r.upper, log)
                : new PlotModel.Axis(a.getTitle().getText(), r.lower - 1, r.lower + 1, false);
    }

    /** Saves the plot as vector graphics (SVG drawn from the data, not a picture of the screen). */
    public void exportSvg(Path file) throws java.io.IOException {
        java.nio.file.Files.writeString(file, PlotSvg.render(model()));
    }

    private void exportSvgReporting(Path p) {
        try {
            exportSvg(p);
        } catch (java.io.IOException | IllegalArgumentException ex) {
            readout.setText("SVG export failed: " + ex.getMessage());
        }
    }

    private void exportCsvReporting(Path p) {
        try {
            exportCsv(p);
        } catch (java.io.IOException ex) {
            readout.setText("CSV export failed: " + ex.getMessage());
        }
    }

    /** Writes the plotted numbers: two columns (x, y) per series, titled with the axis titles and units. */
    public void exportCsv(Path file) throws java.io.IOException {
        java.nio.file.Files.writeString(file, PlotCsv.format(series,
                chart.getAxisSet().getXAxis(0).getTitle().getText(),
                chart.getAxisSet().getYAxis(0).getTitle().getText(),
                y2 < 0 ? "" : chart.getAxisSet().getYAxis(y2).getTitle().getText()));
    }
}
