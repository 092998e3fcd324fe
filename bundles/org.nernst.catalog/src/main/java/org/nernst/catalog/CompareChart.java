package org.nernst.catalog;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.nernst.catalog.internal.LiteratureSeed;

/**
 * Draws a {@link Ranking} as a dot plot (one row per material, grouped by electrolyte, own samples
 * highlighted with ± SD bars) with plain Java2D into a PNG: no chart library to wrap for OSGi, and
 * it runs headless.
 */
public final class CompareChart {
    private static final int WIDTH = 960;
    private static final int ROW = 22;
    private static final int LEFT = 330;
    private static final int RIGHT = 40;
    private static final Color OWN = new Color(0xD9, 0x5F, 0x02);
    private static final Color LIT = new Color(0x1B, 0x6C, 0xA8);

    private CompareChart() {
    }

    public static void writePng(Ranking r, Path out) throws IOException {
        BufferedImage img;
        try {
            img = render(r);
        } catch (java.awt.AWTError e) {
            throw org.nernst.core.NernstException.analysis("cannot draw the chart: " + e.getMessage()
                    + " (run with -Djava.awt.headless=true)");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(img, "png", out.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
    }

    public static BufferedImage render(Ranking r) {
        // Drawing into an image needs no display, but non-headless AWT on Linux connects to X11
        // (":0.0" when DISPLAY is unset) and fails without one. With no display AWT can only work
        // headless, so say so; effective before AWT's first use, which in the CLI is this call.
        String display = System.getenv("DISPLAY");
        boolean x11 = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        if (System.getProperty("java.awt.headless") == null || x11 && (display == null || display.isBlank())) {
            System.setProperty("java.awt.headless", "true");
        }
        List<Object> lines = new ArrayList<>(); // String = group header, RankedEntry = a row
        String group = null;
        for (RankedEntry e : r.entries()) {
            String g = e.electrolyte().isEmpty() ? "electrolyte unknown (not ranked)" : e.electrolyte();
            if (!g.equals(group)) {
                lines.add(g);
                group = g;
            }
            lines.add(e);
        }
        int top = 60;
        int height = top + Math.max(1, lines.size()) * ROW + 70;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(r.reaction() + " " + r.metric() + (r.unit().isEmpty() ? "" : " (" + r.unit() + ")")
                    + "  -  best first: " + r.direction().label().replace('_', ' '), 12, 24);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (RankedEntry e : r.entries()) {
                double sd = e.sd().orElse(0);
                lo = Math.min(lo, e.value() - sd);
                hi = Math.max(hi, e.value() + sd);
            }
            if (r.entries().isEmpty()) {
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
                g.drawString("no values", LEFT, top + ROW);
                return img;
            }
            double span = hi - lo;
            double pad = span > 0 ? span * 0.08 : Math.max(Math.abs(hi) * 0.05, 1e-3);
            double[] ticks = ticks(lo - pad, hi + pad);
            double x0 = ticks[0];
            double x1 = ticks[ticks.length - 1];
            int plotW = WIDTH - LEFT - RIGHT;
            int bottom = top + lines.size() * ROW;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            FontMetrics fm = g.getFontMetrics();
            for (double t : ticks) {
                int x = LEFT + (int) Math.round((t - x0) / (x1 - x0) * plotW);
                g.setColor(new Color(0xE6, 0xE6, 0xE6));
                g.drawLine(x, top, x, bottom);
                g.setColor(Color.DARK_GRAY);
                String s = fmt(t);
                g.drawString(s, x - fm.stringWidth(s) / 2, bottom + 16);
            }
            g.drawLine(LEFT, bottom, LEFT + plotW, bottom);
            int y = top;
            for (Object line : lines) {
                int cy = y + ROW / 2;
                if (line instanceof String header) {
                    g.setColor(Color.BLACK);
                    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
                    g.drawString(header, 12, cy + 5);
                } else {
                    RankedEntry e = (RankedEntry) line;
                    boolean own = e.origin() == Origin.OWN;
                    g.setFont(new Font(Font.SANS_SERIF, own ? Font.BOLD : Font.PLAIN, 12));
                    g.setColor(own ? OWN : Color.BLACK);
                    String label = (e.rank().isPresent() ? e.rank().getAsInt() + ". " : "-  ") + clip(e.name(), 34)
                            + " (" + e.id() + ")";
                    g.drawString(label, 24, cy + 5);
                    double px = LEFT + (e.value() - x0) / (x1 - x0) * plotW;
                    if (e.sd().isPresent()) {
                        double d = e.sd().getAsDouble() / (x1 - x0) * plotW;
                        g.setStroke(new BasicStroke(1.5f));
                        g.draw(new Line2D.Double(px - d, cy, px + d, cy));
                        g.draw(new Line2D.Double(px - d, cy - 4, px - d, cy + 4));
                        g.draw(new Line2D.Double(px + d, cy - 4, px + d, cy + 4));
                    }
                    g.setColor(own ? OWN : LIT);
                    double rad = own ? 6 : 4.5;
                    g.fill(new Ellipse2D.Double(px - rad, cy - rad, 2 * rad, 2 * rad));
                }
                y += ROW;
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            g.setColor(Color.DARK_GRAY);
            g.drawString("orange: own samples (mean \u00b1 SD of replicates); blue: literature. Literature data: "
                    + LiteratureSeed.SHORT_ATTRIBUTION, 12, bottom + 40);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Round tick values (1, 2, 5 x 10^k steps) covering [lo, hi]. */
    static double[] ticks(double lo, double hi) {
        double raw = (hi - lo) / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        double start = Math.floor(lo / step) * step;
        int n = (int) Math.ceil((hi - start) / step) + 1;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = start + i * step;
        }
        return t;
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains(".") && !s.contains("e") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
