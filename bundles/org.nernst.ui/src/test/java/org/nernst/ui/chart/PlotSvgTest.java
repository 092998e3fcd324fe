package org.nernst.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG export read back with the JDK's XML parser: axes, ticks, one path or circle per point, labels, legend. */
class PlotSvgTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document d, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList nl = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < nl.getLength(); i++) {
            Element e = (Element) nl.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> texts(Document d, String cls) {
        return byClass(d, "text", cls).stream().map(Element::getTextContent).toList();
    }

    private static List<String> ticks(Document d, String axis) {
        return byClass(d, "text", "tick-label").stream().filter(e -> e.getAttribute("class").endsWith(" " + axis))
                .map(Element::getTextContent).toList();
    }

    /** A straight line y = x/100 with 201 points and 37 measured points of a semicircle, on 0..100 x 0..1. */
    private static PlotModel linear() {
        double[] x = new double[201];
        double[] y = new double[201];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.5;
            y[i] = x[i] / 100;
        }
        double[] px = new double[37];
        double[] py = new double[37];
        for (int i = 0; i < px.length; i++) {
            double t = Math.PI * i / 36;
            px[i] = 50 - 40 * Math.cos(t);
            py[i] = 0.4 * Math.sin(t);
        }
        return new PlotModel("Nyquist & fit", 600, 400, new PlotModel.Axis("Z' [Ω]", 0, 100, false),
                new PlotModel.Axis("-Z'' [Ω]", 0, 1, false), Optional.empty(),
                List.of(new PlotModel.StyledSeries(new Plot.Series("fit <R0-p(R1,C1)>", x, y, false), false, 0xd62728),
                        new PlotModel.StyledSeries(new Plot.Series("data", px, py, false), true, 0x1f77b4)),
                List.of(new Plot.Marker(25, "E1/2 = 0.85 V")));
    }

    @Test
    void linearPlotHasAxesTicksOnePathVertexPerPointAndLabels() throws Exception {
        Document d = parse(PlotSvg.render(linear()));
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("600", root.getAttribute("width"));
        assertEquals(1, byClass(d, "rect", "frame").size(), "one plot frame");

        List<Element> series = byClass(d, "g", "series");
        assertEquals(List.of("fit <R0-p(R1,C1)>", "data"), series.stream().map(e -> e.getAttribute("data-name")).toList());
        String path = ((Element) series.get(0).getElementsByTagNameNS("*", "path").item(0)).getAttribute("d").trim();
        String[] cmds = path.split("(?=[ML])");
        assertEquals(201, cmds.length, "one vertex per point");
        assertTrue(cmds[0].startsWith("M") && cmds[200].startsWith("L"));
        assertEquals("#d62728", ((Element) series.get(0).getElementsByTagNameNS("*", "path").item(0)).getAttribute("stroke"));
        assertEquals(37, series.get(1).getElementsByTagNameNS("*", "circle").getLength(), "one symbol per measured point");

        // hand-computed mapping: plot area x 78..576 (600 - 78 - 24), y 34..334 (400 - 34 - 48 - one legend row of 18);
        // the point (25, 0.25) of the line (index 50) sits at (78 + 0.25·498, 334 - 0.25·300) = (202.5, 259)
        assertEquals("L202.50 259.00", cmds[50].trim());

        assertEquals(List.of("0", "20", "40", "60", "80", "100"), ticks(d, "x"));
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1.0"), ticks(d, "y"));
        assertEquals(List.of("Z' [Ω]", "-Z'' [Ω]"), texts(d, "axis-title"));
        assertEquals(List.of("Nyquist & fit"), texts(d, "title"));
        assertEquals(List.of("fit <R0-p(R1,C1)>", "data"), texts(d, "legend-label"));
        assertEquals(List.of("E1/2 = 0.85 V"), texts(d, "marker-label"));
        Element marker = byClass(d, "line", "marker").get(0);
        assertEquals("202.50", marker.getAttribute("x1"), "marker at x = 25");
        assertEquals(0, d.getElementsByTagNameNS("*", "image").getLength(), "vectors, not an embedded bitmap");
    }

    @Test
    void logAxesGetDecadesAndSecondAxisItsOwnScale() throws Exception {
        double[] f = {1e5, 1e4, 1e3, 100, 10, 1, 0.1};
        double[] mod = {10, 10.5, 20, 80, 105, 110, 110};
        double[] phase = {-1, -5, -30, -45, -20, -3, 0};
        PlotModel m = new PlotModel("Bode", 700, 420, new PlotModel.Axis("f [Hz]", 0.08, 1.2e5, true),
                new PlotModel.Axis("|Z| [Ω]", 8, 130, true), Optional.of(new PlotModel.Axis("phase [°]", -50, 5, false)),
                List.of(new PlotModel.StyledSeries(new Plot.Series("|Z|", f, mod, false), true, 0x1f77b4),
                        new PlotModel.StyledSeries(new Plot.Series("phase", f, phase, true), false, 0xd62728)),
                List.of());
        Document d = parse(PlotSvg.render(m));
        assertEquals(List.of("0.1", "1", "10", "100", "1000", "10000", "1e5"), ticks(d, "x"));
        assertEquals(List.of("10", "20", "50", "100"), ticks(d, "y"), "less than two decades: 1-2-5 ticks");
        assertEquals(List.of("-50", "-40", "-30", "-20", "-10", "0"), ticks(d, "y2"));
        assertEquals(List.of("f [Hz]", "|Z| [Ω]", "phase [°]"), texts(d, "axis-title"));
        List<Element> series = byClass(d, "g", "series");
        assertEquals(7, series.get(0).getElementsByTagNameNS("*", "circle").getLength());
        String path = ((Element) series.get(1).getElementsByTagNameNS("*", "path").item(0)).getAttribute("d").trim();
        assertEquals(7, path.split("(?=[ML])").length);
    }

    @Test
    void undefinedPointsBreakTheLine() throws Exception {
        PlotModel m = new PlotModel("gaps", 500, 300, new PlotModel.Axis("x", 0, 10, false), new PlotModel.Axis("y", 0.1, 100, true),
                Optional.empty(), List.of(new PlotModel.StyledSeries(new Plot.Series("y", new double[] {1, 2, 3, 4, 5},
                        new double[] {1, 2, -1, 4, Double.NaN}, false), false, 0)), List.of());
        String path = ((Element) byClass(parse(PlotSvg.render(m)), "g", "series").get(0).getElementsByTagNameNS("*", "path").item(0))
                .getAttribute("d");
        assertEquals(2, path.split("M").length - 1, "a new sub-path after the non-positive value on the log axis");
        assertEquals(3, path.split("(?=[ML])").length);
    }
}
