package org.nernst.io.zahner.internal;

import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.ReadContext;

/**
 * Thales polarization files (.isw): the time series of the "POL" methods (potentiostatic or
 * galvanostatic holds and ramps). Layout, big-endian, after Zahner-Analysis-Python
 * (file_import/isw_import.py, MIT) and the corpus bytes:
 * <pre>
 * I6 version (0x0000FFFFFFFE)   I6 (unknown, 14 in the corpus)   I6 n-1
 * n x (F8 voltage (mV), F8 current (mA), F8 time (ms))
 * texts: system, control, temperature, date ("JUL,02.2025"), time window, title
 * then the method settings (not decoded)
 * </pre>
 * The same six texts are what Thales writes to the companion "…_c.txt" file. Which quantity was
 * held is not stored in a form we know, so the technique is read off the data: no current at
 * all is open circuit, a constant current chronopotentiometry, a constant potential
 * chronoamperometry, anything else a polarization curve. (The corpus file "22-cp-1700mv-10min.isw" is a 1.7 V hold despite its name.)
 */
final class IswDecoder {
    /** Relative spread below which a track counts as held constant (the corpus holds are exact). */
    private static final double CONSTANT = 1e-9;
    /** Length of the settings block after the title in both corpus files (Thales 2025). */
    private static final int SETTINGS_BYTES = 258;

    private IswDecoder() {
    }

    static Measurement decode(byte[] b, ReadContext ctx) {
        ZahnerProbe.requireMagic(b, ctx);
        Cursor c = new Cursor(b, 6, ctx);
        c.i6("the second header field");
        int n = c.count("the number of points", 24);
        int dataAt = c.pos();
        double[] e = new double[n];
        double[] i = new double[n];
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            e[k] = c.f8("the voltages") / 1000.0;
            i[k] = c.f8("the currents") / 1000.0;
            t[k] = c.f8("the times") / 1000.0;
            if (!Double.isFinite(e[k]) || !Double.isFinite(i[k]) || !Double.isFinite(t[k])) {
                throw ctx.failAtOffset("point " + (k + 1) + " holds a non-finite number (corrupted data)", dataAt + 24L * k);
            }
            if (k > 0 && t[k] < t[k - 1]) {
                throw ctx.failAtOffset("the time of point " + (k + 1) + " (" + t[k] + " s) is before the one of point " + k
                        + " (" + t[k - 1] + " s): corrupted data", dataAt + 24L * k + 16);
            }
        }
        String system = c.text("the system name");
        String control = c.text("the control field");
        String temperature = c.text("the temperature field");
        String date = c.text("the date");
        String window = c.text("the time window");
        String title = c.text("the title");
        if (c.remaining() < SETTINGS_BYTES) {
            // the data and texts are whole; only the undecoded settings after them are short
            ctx.warn("the method settings after the texts have " + c.remaining() + " bytes instead of " + SETTINGS_BYTES
                    + ": the file may be cut (the data points are complete)");
        }

        Metadata.Builder md = Metadata.builder().instrument("Zahner Thales");
        Technique tech = zero(i) ? Technique.OCV : constant(i) ? Technique.CP : constant(e) ? Technique.CA
                : Technique.POLARIZATION;
        md.technique(tech).vendorTechnique("POL (" + switch (tech) {
            case OCV -> "open circuit";
            case CP -> "constant current";
            case CA -> "constant potential";
            default -> "sweep";
        } + ")");
        ZahnerText.start(ZahnerText.monthDayYear(date), window).ifPresent(md::startTime);
        ZahnerText.put(md, "system", system);
        ZahnerText.put(md, "control", control);
        ZahnerText.put(md, "temperature", temperature);
        ZahnerText.put(md, "date", date);
        ZahnerText.put(md, "time window", window);
        ZahnerText.put(md, "title", title);
        List<Channel> ch = List.of(
                Channel.adopt("time", Role.TIME, Quantity.TIME, "ms", t),
                Channel.adopt("voltage", Role.POTENTIAL, Quantity.POTENTIAL, "mV", e),
                Channel.adopt("current", Role.CURRENT, Quantity.CURRENT, "mA", i));
        return new Measurement(md.build(), ch, List.of());
    }

    private static boolean zero(double[] v) {
        for (double x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean constant(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return v.length > 1 && hi - lo <= CONSTANT * Math.max(Math.abs(hi), Math.abs(lo)) && hi != 0;
    }
}
