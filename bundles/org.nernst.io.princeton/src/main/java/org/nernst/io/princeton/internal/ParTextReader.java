package org.nernst.io.princeton.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Units;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.ColumnHeader;
import org.nernst.io.api.text.DelimitedParser;
import org.nernst.io.api.text.DelimitedTable;
import org.nernst.io.api.text.TextDecoding;
import org.nernst.io.api.text.Truncation;
import org.osgi.service.component.annotations.Component;

/**
 * Princeton Applied Research (AMETEK) tab-separated text exports: the PARSTAT export
 * ("Potential (V), Current (A), Elapsed Time (s), Frequency (Hz), Zre (ohms), Zim (ohms), |Vac| (V),
 * |Iac| (A)": DC rows with Frequency 0, then the impedance rows) and the PowerSuite export
 * ("Frequency, Zre, Zimg" in Hz and ohms). Zim/Zimg carry the physical sign.
 */
@Component(service = MeasurementReader.class)
public class ParTextReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("princeton-txt", "PARSTAT / PowerSuite text export", List.of("txt"),
            "Princeton Applied Research tab-separated exports: PARSTAT (DC rows + EIS rows), PowerSuite EIS (Frequency, Zre, Zimg)");
    private static final String PARSTAT = "Potential (V)\tCurrent (A)\tElapsed Time (s)\tFrequency (Hz)\tZre (ohms)\tZim (ohms)";

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        if (head.startsWith(PARSTAT)) {
            return CERTAIN;
        }
        return powerSuite(firstLine(head)) ? LIKELY : CANNOT_READ;
    }

    private static String firstLine(String s) {
        int eol = s.indexOf('\n');
        int cr = s.indexOf('\r');
        int end = eol < 0 ? cr : cr < 0 ? eol : Math.min(eol, cr);
        return end < 0 ? s : s.substring(0, end);
    }

    private static boolean powerSuite(String line) {
        return Arrays.stream(line.split("\t")).map(String::strip).toList().equals(List.of("Frequency", "Zre", "Zimg"));
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        String text = TextDecoding.decode(bytes, ctx);
        String first = firstLine(text);
        boolean ps = powerSuite(first);
        if (!ps && !first.startsWith(PARSTAT)) {
            throw ctx.fail("expected the column row '" + PARSTAT.replace("\t", ", ") + "' or 'Frequency, Zre, Zimg'", 1);
        }
        int cut = Truncation.cutLastLine(text, '\t');
        if (cut > first.length()) {
            ctx.warn("the last line is cut short (file truncated?): it was not read", (int) text.substring(0, cut).lines().count() + 1);
            text = text.substring(0, cut);
        }
        DelimitedTable t = new DelimitedParser(ctx.fileName()).parse(text, ctx.monitor(), false);
        if (ps) {
            // PowerSuite writes no units: its EIS export is in Hz and ohms
            List<ColumnHeader> hs = List.of(new ColumnHeader("Frequency", "Frequency", Units.parse("Hz"), Role.FREQUENCY, false),
                    new ColumnHeader("Zre", "Zre", Units.parse("Ω"), Role.Z_REAL, false),
                    new ColumnHeader("Zimg", "Zimg", Units.parse("Ω"), Role.Z_IMAG, false));
            if (t.headers().size() != 3) {
                throw ctx.fail("rows have " + t.headers().size() + " values, the column row names 3", t.firstDataLine());
            }
            t = new DelimitedTable(hs, t.columns(), t.rows(), t.delimiter(), t.decimalComma(), t.preamble(), t.firstDataLine());
            Metadata md = Metadata.builder().instrument("Princeton Applied Research PowerSuite").technique(Technique.EIS).build();
            DelimitedTable table = t;
            return List.of(new Measurement(md, t.toChannels((m, c) -> ctx.warn(m, table.firstDataLine() - 1)), List.of()));
        }
        DelimitedTable table = t;
        List<Channel> all = t.toChannels((m, c) -> ctx.warn(m, table.firstDataLine() - 1));
        Optional<Channel> freq = all.stream().filter(c -> c.role() == Role.FREQUENCY).findFirst();
        if (freq.isEmpty()) {
            throw ctx.fail("no Frequency (Hz) column", 1);
        }
        // rows with Frequency 0 are the DC part (the hold before the sweep); the others the spectrum
        List<Integer> dc = new ArrayList<>();
        List<Integer> ac = new ArrayList<>();
        double[] f = freq.get().toArray();
        for (int i = 0; i < f.length; i++) {
            (f[i] > 0 ? ac : dc).add(i);
        }
        Metadata base = Metadata.builder().instrument("Princeton Applied Research PARSTAT").build();
        List<Measurement> out = new ArrayList<>();
        if (!dc.isEmpty()) {
            List<Channel> cs = pick(all, dc, List.of(Role.POTENTIAL, Role.CURRENT, Role.TIME));
            out.add(new Measurement(base.toBuilder().vendorTechnique("DC rows (Frequency 0)").technique(hold(cs)).build(), cs, List.of()));
        }
        if (!ac.isEmpty()) {
            List<Channel> cs = pick(all, ac, null);
            out.add(new Measurement(base.toBuilder().technique(Technique.EIS).vendorTechnique("impedance rows (Frequency > 0)").build(),
                    cs, List.of()));
        }
        return out;
    }

    /** A DC part with a constant current is a galvanostatic hold, with a constant potential a potentiostatic one. */
    static Technique hold(List<Channel> cs) {
        for (Channel c : cs) {
            double min = c.stream().min().orElse(0);
            double max = c.stream().max().orElse(0);
            if (c.role() == Role.CURRENT && max - min <= 1e-3 * Math.max(Math.abs(min), Math.abs(max))) {
                return Technique.CP;
            }
            if (c.role() == Role.POTENTIAL && max - min <= 1e-3) {
                return Technique.CA;
            }
        }
        return Technique.UNKNOWN;
    }

    /** The given rows of the channels with these roles (null: all channels). */
    private static List<Channel> pick(List<Channel> all, List<Integer> rows, List<Role> roles) {
        List<Channel> out = new ArrayList<>();
        for (Channel c : all) {
            if (roles != null && !roles.contains(c.role())) {
                continue;
            }
            double[] v = new double[rows.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = c.get(rows.get(i));
            }
            out.add(Channel.adopt(c.name(), c.role(), c.quantity(), c.sourceUnit(), v));
        }
        return out;
    }
}
