package org.nernst.analysis.eis;

import java.util.ArrayList;
import java.util.List;
import org.nernst.core.Location;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;

/** One impedance spectrum as arrays: frequency (Hz), Re Z and Im Z (Ohm, physical sign), in recorded order. */
public record Spectrum(double[] freq, double[] re, double[] im) {

    public Spectrum {
        if (freq.length != re.length || freq.length != im.length) {
            throw new IllegalArgumentException("frequency, Re Z and Im Z differ in length");
        }
        freq = freq.clone();
        re = re.clone();
        im = im.clone();
    }

    public int size() {
        return freq.length;
    }

    @Override
    public double[] freq() {
        return freq.clone();
    }

    @Override
    public double[] re() {
        return re.clone();
    }

    @Override
    public double[] im() {
        return im.clone();
    }

    /** From FREQUENCY with Z_REAL and Z_IMAG, or else Z_MODULUS and Z_PHASE (degrees). */
    public static Spectrum of(Measurement m) {
        double[] f = m.require(Role.FREQUENCY).toArray();
        if (m.channel(Role.Z_REAL).isPresent() && m.channel(Role.Z_IMAG).isPresent()) {
            return new Spectrum(f, m.require(Role.Z_REAL).toArray(), m.require(Role.Z_IMAG).toArray());
        }
        if (m.channel(Role.Z_MODULUS).isPresent() && m.channel(Role.Z_PHASE).isPresent()) {
            double[] mod = m.require(Role.Z_MODULUS).toArray();
            double[] ph = m.require(Role.Z_PHASE).toArray();
            double[] re = new double[f.length];
            double[] im = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                re[i] = mod[i] * Math.cos(Math.toRadians(ph[i]));
                im[i] = mod[i] * Math.sin(Math.toRadians(ph[i]));
            }
            return new Spectrum(f, re, im);
        }
        throw NernstException.input("no impedance columns (Re/Im Z or |Z|/phase); the file has: " + m.describeChannels(),
                Location.file(m.metadata().sourceFile().orElse(null)));
    }

    /**
     * The spectra of a file holding several: its CYCLE or TECHNIQUE segments when it marks them,
     * else a new spectrum wherever the frequency sweep restarts (turns back by more than a factor 2).
     */
    public static List<Measurement> split(Measurement m) {
        for (Segment.Kind k : List.of(Segment.Kind.TECHNIQUE, Segment.Kind.CYCLE)) {
            List<Segment> segs = m.segments(k);
            if (segs.size() > 1) {
                return segs.stream().map(s -> m.slice(s.start(), s.end())).toList();
            }
        }
        Channel f = m.require(Role.FREQUENCY);
        List<Measurement> out = new ArrayList<>();
        int start = 0;
        int dir = 0;
        for (int i = 1; i < f.size(); i++) {
            int d = Double.compare(f.get(i), f.get(i - 1));
            if (dir == 0) {
                dir = d;
            } else if (d != 0 && d != dir && Math.max(f.get(i), f.get(i - 1)) > 2 * Math.min(f.get(i), f.get(i - 1))) {
                out.add(m.slice(start, i));
                start = i;
                dir = 0;
            }
        }
        out.add(m.slice(start, f.size()));
        return out;
    }
}
