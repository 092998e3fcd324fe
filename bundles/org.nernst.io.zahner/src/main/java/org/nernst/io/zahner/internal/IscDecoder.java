package org.nernst.io.zahner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.ReadContext;

/**
 * Thales cyclic voltammograms (.isc). No magic number: the file starts with the method settings.
 * Layout, big-endian, after Zahner-Analysis-Python (file_import/isc_import.py, MIT); the corpus
 * file ends exactly where it predicts:
 * <pre>
 * F8 x 17: start potential, start hold, upper and lower vertex, end hold, end potential (V),
 *          scan rate (mV/s), periods, points per period, current limits, ohmic drop,
 *          first and last sample time (s), ?, sample interval (s), delay
 * I6 n-1   I2 potential[n] (raw DAC steps)   F8 current[n] (A)
 * 12 texts: date (ddmmyy), system, temperature, time window, scan rate, comment 1..5,
 *           electrode area, "offset, factor PO/PF ..." (the potential scale)
 * </pre>
 * The potential is raw x factor / 8000 + offset (the scale of isc_import.py); the time is the
 * first sample time plus the sample index times the sample interval.
 */
final class IscDecoder {
    private static final Pattern SCALE = Pattern.compile("^\\s*([-+0-9.eE]+)\\s*,\\s*([-+0-9.eE]+)\\s*PO.PF.*$");
    static final int SETTINGS = 17;

    private IscDecoder() {
    }

    static Measurement decode(byte[] b, ReadContext ctx) {
        Cursor c = new Cursor(b, 0, ctx);
        double[] p = c.f8s(SETTINGS, "the method settings");
        for (int k = 0; k < SETTINGS; k++) {
            if (!Double.isFinite(p[k])) {
                throw ctx.failAtOffset("method setting " + (k + 1) + " is " + p[k] + " (not a Zahner .isc file, or corrupted)", 8L * k);
            }
        }
        double startE = p[0];
        double upper = p[2];
        double lower = p[3];
        double endE = p[5];
        double rateMvPerS = p[6];
        double firstTime = p[12];
        double interval = p[15];
        if (!(interval > 0)) {
            throw ctx.failAtOffset("the sample interval is " + interval + " s: not a Zahner .isc file, or corrupted", 8L * 15);
        }
        int n = c.count("the number of points", 10);
        int[] raw = c.i2s(n, "the potentials");
        int iAt = c.pos();
        double[] current = c.f8s(n, "the currents");
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(current[k])) {
                throw ctx.failAtOffset("current " + (k + 1) + " is " + current[k] + " (corrupted data)", iAt + 8L * k);
            }
        }
        String date = c.text("the date");
        String system = c.text("the system name");
        String temperature = c.text("the temperature field");
        String window = c.text("the time window");
        String rate = c.text("the scan rate field");
        String[] comments = new String[5];
        for (int k = 0; k < 5; k++) {
            comments[k] = c.text("comment " + (k + 1));
        }
        String area = c.text("the electrode area");
        int scaleAt = c.pos();
        String scale = c.text("the potential scale");
        Matcher m = SCALE.matcher(scale);
        double offset;
        double factor;
        try {
            if (!m.matches()) {
                throw new NumberFormatException(scale);
            }
            offset = Double.parseDouble(m.group(1));
            factor = Double.parseDouble(m.group(2));
        } catch (NumberFormatException ex) {
            throw ctx.failAtOffset("the potential scale field '" + scale + "' is not 'offset, factor PO/PF ...':"
                    + " the potentials cannot be converted to volts", scaleAt);
        }
        double[] e = new double[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = raw[k] * factor / 8000.0 + offset;
            t[k] = firstTime + k * interval;
        }
        checkRange(e, upper, lower, ctx);

        Metadata.Builder md = Metadata.builder().instrument("Zahner Thales").technique(Technique.CV).vendorTechnique("CV");
        if (rateMvPerS > 0) {
            md.scanRateVPerS(rateMvPerS / 1000.0);
        }
        ZahnerText.start(ZahnerText.ddmmyy(date), window).ifPresent(md::startTime);
        ZahnerText.put(md, "system", system);
        ZahnerText.put(md, "temperature", temperature);
        ZahnerText.put(md, "time window", window);
        ZahnerText.put(md, "scan rate", rate);
        for (int k = 0; k < 5; k++) {
            ZahnerText.put(md, "comment " + (k + 1), comments[k]);
        }
        ZahnerText.area(md, area);
        md.put("start potential/V", Double.toString(startE));
        md.put("upper vertex/V", Double.toString(upper));
        md.put("lower vertex/V", Double.toString(lower));
        md.put("end potential/V", Double.toString(endE));
        md.put("periods", Double.toString(p[7]));
        md.put("potential scale", scale);
        List<Channel> ch = List.of(
                Channel.adopt("time", Role.TIME, Quantity.TIME, "s", t),
                Channel.adopt("potential", Role.POTENTIAL, Quantity.POTENTIAL, "V", e),
                Channel.adopt("current", Role.CURRENT, Quantity.CURRENT, "A", current));
        return new Measurement(md.build(), ch, sweeps(raw));
    }

    /** A scale that misreads the potentials shows as a ramp that misses the programmed vertices. */
    private static void checkRange(double[] e, double upper, double lower, ReadContext ctx) {
        if (e.length < 2 || !(upper > lower)) {
            return;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : e) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double tol = 0.05 * (upper - lower);
        if (Math.abs(hi - upper) > tol || Math.abs(lo - lower) > tol) {
            ctx.warn("the potentials span " + lo + " .. " + hi + " V but the method's vertices are " + lower + " and "
                    + upper + " V: check the potential scale");
        }
    }

    /** One SWEEP segment per monotonic run of the potential, split at each reversal (the vertex ends a sweep). */
    static List<Segment> sweeps(int[] raw) {
        List<Segment> out = new ArrayList<>();
        int n = raw.length;
        int start = 0;
        int dir = 0;
        for (int k = 1; k < n; k++) {
            int d = Integer.signum(raw[k] - raw[k - 1]);
            if (d == 0) {
                continue;
            }
            if (dir != 0 && d != dir) {
                out.add(new Segment(Segment.Kind.SWEEP, out.size() + 1, start, k, "sweep " + (out.size() + 1)));
                start = k;
            }
            dir = d;
        }
        if (n > 0) {
            out.add(new Segment(Segment.Kind.SWEEP, out.size() + 1, start, n, "sweep " + (out.size() + 1)));
        }
        return out;
    }
}
