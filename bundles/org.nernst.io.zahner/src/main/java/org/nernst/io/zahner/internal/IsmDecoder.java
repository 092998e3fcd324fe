package org.nernst.io.zahner.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.ReadContext;

/**
 * Thales impedance spectra (.ism). Layout, all big-endian, as Zahner's own MIT-licensed reader
 * (Zahner-Analysis-Python, file_import/ism_import.py) documents it and as every corpus file
 * confirms by ending exactly where it predicts:
 * <pre>
 * I6 version (0x0000FFFFFFFE; 0x0000FFFFFFFF in simulated spectra)   I6 n-1
 * F8 frequency[n] (Hz)   F8 |Z|[n] (Ω)   F8 phase[n] (rad)   F8 time[n] (s since 1980-01-01)
 * I2 significance[n] (0..1000)
 * 12 texts: date (ddmmyy), system, potential ("0.0255V, Ampl: 10mV"), current, temperature,
 *           time window, comment 1..4, electrode area, serial-quantity settings
 * I2 acquisition flag   F8 k[32]
 * if flag > 256 and bit 15 of k[27]: n x (F8 DC voltage (V), F8 DC current (A))
 * </pre>
 * A sweep may start inside the range, run to one end and back through its start to the other end
 * (rc-data.ism: 1049 Hz up to 100 kHz, then down to 0.2 Hz). Like Thales, only the rows from the
 * reversal to the final frequency are kept (the first rows are measured again later).
 */
final class IsmDecoder {
    private IsmDecoder() {
    }

    static Measurement decode(byte[] b, ReadContext ctx) {
        ZahnerProbe.requireMagic(b, ctx);
        Cursor c = new Cursor(b, 6, ctx);
        int n = c.count("the number of frequencies", 34);
        int fAt = c.pos();
        double[] f = c.f8s(n, "the frequencies");
        double[] z = c.f8s(n, "|Z|");
        double[] phase = c.f8s(n, "the phases");
        double[] ts = c.f8s(n, "the time stamps");
        int[] sig = c.i2s(n, "the significances");
        checkColumns(f, z, phase, ts, fAt, ctx);
        String date = c.text("the date");
        String system = c.text("the system name");
        String potential = c.text("the potential field");
        String current = c.text("the current field");
        String temperature = c.text("the temperature field");
        String window = c.text("the time window");
        String[] comments = new String[4];
        for (int k = 0; k < 4; k++) {
            comments[k] = c.text("comment " + (k + 1));
        }
        String area = c.text("the electrode area");
        c.text("the serial-quantity settings");
        int flag = c.i2("the acquisition flag");
        double[] k = c.f8s(32, "the settings block");
        double[] dcV = null;
        double[] dcI = null;
        if (flag > 256 && (((long) k[27]) & 32768L) != 0) {
            c.need(16L * n, "the DC voltage/current tracks");
            dcV = new double[n];
            dcI = new double[n];
            for (int i = 0; i < n; i++) {
                int at = c.pos();
                dcV[i] = c.f8("the DC voltage track");
                dcI[i] = c.f8("the DC current track");
                if (!Double.isFinite(dcV[i]) || !Double.isFinite(dcI[i])) {
                    throw ctx.failAtOffset("DC voltage/current of point " + (i + 1) + " is not a number (corrupted data)", at);
                }
            }
        }
        // the kept rows: from the first extreme frequency to the other one, inclusive (numpy argmin/argmax order)
        int lo = 0;
        int hi = 0;
        for (int i = 1; i < n; i++) {
            lo = f[i] < f[lo] ? i : lo;
            hi = f[i] > f[hi] ? i : hi;
        }
        int from = Math.min(lo, hi);
        int to = Math.max(lo, hi) + 1;
        int rows = to - from;
        double[] zr = new double[rows];
        double[] zi = new double[rows];
        double[] deg = new double[rows];
        double[] t = new double[rows];
        double[] s = new double[rows];
        for (int i = 0; i < rows; i++) {
            int j = from + i;
            // Z = |Z| e^{i phi}: the phase is arg Z, negative for capacitive behaviour (Orazem & Tribollet,
            // Electrochemical Impedance Spectroscopy, 2nd ed., Wiley 2017, ch. 4), so Z'' keeps its physical sign
            zr[i] = z[j] * Math.cos(phase[j]);
            zi[i] = z[j] * Math.sin(phase[j]);
            deg[i] = Math.toDegrees(phase[j]);
            t[i] = ts[j] - ts[0];
            s[i] = sig[j];
        }
        List<Channel> ch = new ArrayList<>();
        ch.add(Channel.adopt("frequency", Role.FREQUENCY, Quantity.FREQUENCY, "Hz", Arrays.copyOfRange(f, from, to)));
        ch.add(Channel.adopt("Z'", Role.Z_REAL, Quantity.IMPEDANCE, "Ohm", zr));
        ch.add(Channel.adopt("Z''", Role.Z_IMAG, Quantity.IMPEDANCE, "Ohm", zi));
        ch.add(Channel.adopt("|Z|", Role.Z_MODULUS, Quantity.IMPEDANCE, "Ohm", Arrays.copyOfRange(z, from, to)));
        ch.add(Channel.adopt("phase", Role.Z_PHASE, Quantity.PHASE, "rad", deg));
        ch.add(Channel.adopt("time", Role.TIME, Quantity.TIME, "s", t));
        ch.add(Channel.adopt("significance", Role.OTHER, Quantity.DIMENSIONLESS, "1/1000", s));
        if (dcV != null) {
            ch.add(Channel.adopt("voltage", Role.POTENTIAL, Quantity.POTENTIAL, "V", Arrays.copyOfRange(dcV, from, to)));
            ch.add(Channel.adopt("current", Role.CURRENT, Quantity.CURRENT, "A", Arrays.copyOfRange(dcI, from, to)));
        }

        Metadata.Builder md = Metadata.builder().technique(Technique.EIS).instrument("Zahner Thales");
        // the field that carries "Ampl:" is the controlled quantity: potential -> PEIS, current -> GEIS
        boolean potentiostatic = ZahnerText.hasAmplitude(potential) && !ZahnerText.hasAmplitude(current);
        boolean galvanostatic = ZahnerText.hasAmplitude(current) && !ZahnerText.hasAmplitude(potential);
        md.vendorTechnique(potentiostatic ? "PEIS" : galvanostatic ? "GEIS" : "EIS");
        LocalDateTime stamp = LocalDateTime.of(1980, 1, 1, 0, 0).plusNanos(Math.round(ts[0] * 1e9));
        md.startTime(ZahnerText.start(ZahnerText.ddmmyy(date), window).orElse(stamp));
        ZahnerText.put(md, "system", system);
        ZahnerText.put(md, "potential", potential);
        ZahnerText.put(md, "current", current);
        ZahnerText.put(md, "temperature", temperature);
        ZahnerText.put(md, "time window", window);
        for (int i = 0; i < 4; i++) {
            ZahnerText.put(md, "comment " + (i + 1), comments[i]);
        }
        ZahnerText.area(md, area);
        ZahnerText.value(potential, Quantity.POTENTIAL).ifPresent(v -> md.put("dc potential/V", Double.toString(v)));
        ZahnerText.value(current, Quantity.CURRENT).ifPresent(v -> md.put("dc current/A", Double.toString(v)));
        if (potentiostatic) {
            ZahnerText.amplitude(potential, Quantity.POTENTIAL).ifPresent(v -> md.put("ac amplitude/V", Double.toString(v)));
        } else if (galvanostatic) {
            ZahnerText.amplitude(current, Quantity.CURRENT).ifPresent(v -> md.put("ac amplitude/A", Double.toString(v)));
        }
        md.put("first measured time", stamp.toString());
        md.put("points stored", Integer.toString(n));
        if (from > 0 || to < n) {
            md.put("points dropped", (n - rows) + " (before the reversal of the sweep: measured again later)");
        }
        if (c.remaining() > 0) {
            md.put("unread trailing bytes", Integer.toString(c.remaining()));
        }
        return new Measurement(md.build(), ch, List.of());
    }

    /**
     * Bit damage in the number blocks shows as values no instrument writes: frequencies that are not
     * positive, a negative or infinite |Z|, a phase beyond a full turn, time stamps that go backwards.
     * Those are refused where they are rather than imported as wrong numbers.
     */
    private static void checkColumns(double[] f, double[] z, double[] phase, double[] ts, int at, ReadContext ctx) {
        int n = f.length;
        for (int i = 0; i < n; i++) {
            if (!(f[i] > 0) || !Double.isFinite(f[i])) {
                throw ctx.failAtOffset("frequency " + (i + 1) + " is " + f[i] + " Hz: not a frequency (corrupted data)",
                        at + 8L * i);
            }
            if (!(z[i] >= 0) || !Double.isFinite(z[i])) {
                throw ctx.failAtOffset("|Z| of point " + (i + 1) + " is " + z[i] + " Ohm (corrupted data)", at + 8L * (n + i));
            }
            if (!(Math.abs(phase[i]) <= 2 * Math.PI)) {
                throw ctx.failAtOffset("the phase of point " + (i + 1) + " is " + phase[i] + " rad (corrupted data)",
                        at + 8L * (2 * n + i));
            }
            if (!Double.isFinite(ts[i]) || i > 0 && ts[i] < ts[i - 1]) {
                throw ctx.failAtOffset("the time stamp of point " + (i + 1) + " (" + ts[i] + " s) is not after the one"
                        + " before it (corrupted data)", at + 8L * (3 * n + i));
            }
        }
    }
}
