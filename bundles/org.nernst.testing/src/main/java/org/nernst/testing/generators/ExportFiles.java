package org.nernst.testing.generators;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * Writes a generated measurement the way instruments export it, so batch and reader tests see real
 * files: a generic delimited text file and an EC-Lab ASCII export (.mpt, windows-1252 header with
 * the electrode area). Only the columns an analysis needs are written, in instrument units.
 */
public final class ExportFiles {
    private ExportFiles() {
    }

    private record Column(String header, double[] values) {
    }

    /** Comma-separated text with a "name/unit" header row (the generic CSV reader's input). */
    public static Path csv(Measurement m, Path file) throws IOException {
        write(file, "", columns(m, false), ",", StandardCharsets.UTF_8);
        return file;
    }

    /** An EC-Lab ASCII export: the "Nb header lines" preamble, area line, tab-separated table. */
    public static Path ecLabText(Measurement m, Path file, double areaCm2) throws IOException {
        List<String> header = List.of("EC-Lab ASCII FILE", "Nb header lines : 6", "", "Linear Sweep Voltammetry",
                String.format(Locale.ROOT, "Electrode surface area : %s cm\u00b2", Double.toString(areaCm2)));
        List<Column> cols = columns(m, true);
        write(file, String.join("\n", header) + "\n", cols, "\t", Charset.forName("windows-1252"));
        return file;
    }

    private static List<Column> columns(Measurement m, boolean ecLab) {
        List<Column> cols = new ArrayList<>();
        m.channel(Role.TIME).ifPresent(c -> cols.add(new Column("time/s", c.toArray())));
        m.channel(Role.FREQUENCY).ifPresent(c -> cols.add(new Column("freq/Hz", c.toArray())));
        m.channel(Role.Z_REAL).ifPresent(c -> cols.add(new Column("Re(Z)/Ohm", c.toArray())));
        m.channel(Role.Z_IMAG).ifPresent(c -> cols.add(new Column("-Im(Z)/Ohm", scale(c, -1))));
        m.channel(Role.POTENTIAL).ifPresent(c -> cols.add(new Column("Ewe/V", c.toArray())));
        m.channel(Role.CELL_VOLTAGE).ifPresent(c -> cols.add(new Column(ecLab ? "Ewe/V" : "Ecell/V", c.toArray())));
        m.channel(Role.CURRENT).ifPresent(c -> cols.add(new Column(ecLab ? "<I>/mA" : "I/mA", scale(c, 1e3))));
        m.channel(Role.CYCLE_INDEX).ifPresent(c -> cols.add(new Column("cycle number", c.toArray())));
        return cols;
    }

    private static double[] scale(Channel c, double k) {
        double[] v = c.toArray();
        for (int i = 0; i < v.length; i++) {
            v[i] *= k;
        }
        return v;
    }

    private static void write(Path file, String preamble, List<Column> cols, String sep, Charset cs) throws IOException {
        StringBuilder b = new StringBuilder(preamble);
        b.append(String.join(sep, cols.stream().map(Column::header).toList())).append('\n');
        int n = cols.isEmpty() ? 0 : cols.get(0).values().length;
        for (int r = 0; r < n; r++) {
            for (int k = 0; k < cols.size(); k++) {
                if (k > 0) {
                    b.append(sep);
                }
                b.append(String.format(Locale.ROOT, "%.9g", cols.get(k).values()[r]));
            }
            b.append('\n');
        }
        Files.write(file, b.toString().getBytes(cs));
    }
}
