package org.nernst.io.ivium.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.Numbers;
import org.osgi.service.component.annotations.Component;

/**
 * IviumSoft data files: ".idf" (one data set) and ".ids" (several). Text "key=value" lines
 * (Method, Technique, Title, starttime, ...) between short binary length prefixes, then per data set
 * a "primary_data" block: the column count, the point count and rows of values. For impedance
 * (Method=Impedance) the columns are Z', Z'' (physical sign) and frequency; other methods' columns
 * are kept as raw columns with a warning, never guessed.
 */
@Component(service = MeasurementReader.class)
public class IviumReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("ivium", "Ivium IviumSoft data file", List.of("idf", "ids"),
            "IviumSoft .idf/.ids: impedance spectra (primary_data: Z', Z'', f); other methods as raw columns");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final int MAX_COLUMNS = 64;

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        boolean keys = head.contains("\nMethod=") && head.contains("\nTechnique=");
        if (!keys) {
            return CANNOT_READ;
        }
        return in.hasExtension("idf", "ids") ? CERTAIN : head.contains("\nprimary_data") ? LIKELY : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        // text lines between binary length prefixes: the prefixes' bytes are dropped, line numbers kept
        List<String> lines = new String(bytes, CP1252).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "").lines().toList();
        List<Measurement> out = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            int eq = l.indexOf('=');
            if (eq > 0) {
                keys.putIfAbsent(l.substring(0, eq), l.substring(eq + 1).strip());
            } else if (l.equals("primary_data")) {
                i = block(lines, i, keys, out, ctx);
                keys = new LinkedHashMap<>();
            }
        }
        if (out.isEmpty()) {
            throw ctx.fail("no 'primary_data' block (a method without data, or a cut file)", Math.max(1, lines.size()));
        }
        return out;
    }

    /** Reads the primary_data block at line {@code at}; returns the index of its last line. */
    private static int block(List<String> lines, int at, Map<String, String> keys, List<Measurement> out, ReadContext ctx) {
        int cols = count(lines, at + 1, "the number of columns", MAX_COLUMNS, ctx);
        int n = count(lines, at + 2, "the number of points", 50_000_000, ctx);
        if (at + 2 + n >= lines.size()) {
            throw ctx.fail("primary_data declares " + n + " points but the file ends after " + Math.max(0, lines.size() - at - 3)
                    + " (file truncated?)", lines.size());
        }
        double[][] v = new double[cols][n];
        char[] scratch = new char[64];
        for (int r = 0; r < n; r++) {
            int line = at + 3 + r;
            String[] cells = lines.get(line).strip().split("\\s+");
            if (cells.length != cols) {
                throw ctx.fail("row has " + cells.length + " values, primary_data declares " + cols + " columns", line + 1,
                        Math.min(cells.length, cols) + 1);
            }
            for (int c = 0; c < cols; c++) {
                double x = Numbers.parse(cells[c], 0, cells[c].length(), cells[c].indexOf(',') >= 0,
                        scratch.length >= cells[c].length() ? scratch : new char[cells[c].length()]);
                if (Double.isNaN(x)) {
                    throw ctx.fail("'" + cells[c] + "' is not a number", line + 1, c + 1);
                }
                v[c][r] = x;
            }
        }
        String method = keys.getOrDefault("Method", "");
        Metadata.Builder md = Metadata.builder().instrument(("Ivium " + keys.getOrDefault("serialnumber", "")).strip())
                .vendorTechnique((method + " " + keys.getOrDefault("Technique", "")).strip());
        keys.forEach((k, x) -> {
            if (!k.contains("[")) {
                md.put(k, x); // indexed keys (timing.time[k], ...) are per-point detail, too many to show
            }
        });
        List<Channel> channels = new ArrayList<>();
        if (method.equalsIgnoreCase("Impedance") && cols >= 3) {
            md.technique(Technique.EIS);
            channels.add(Channel.of("Z'", Role.Z_REAL, Quantity.IMPEDANCE, v[0]));
            channels.add(Channel.of("Z''", Role.Z_IMAG, Quantity.IMPEDANCE, v[1]));
            channels.add(Channel.of("Frequency", Role.FREQUENCY, Quantity.FREQUENCY, v[2]));
            for (int c = 3; c < cols; c++) {
                channels.add(Channel.of("column " + (c + 1), Role.OTHER, Quantity.DIMENSIONLESS, v[c]));
            }
        } else {
            ctx.warn("the columns of Ivium method '" + method + "' are not known: kept as raw columns", at + 1);
            md.technique(Technique.fromVendorName(method));
            for (int c = 0; c < cols; c++) {
                channels.add(Channel.of("column " + (c + 1), Role.OTHER, Quantity.DIMENSIONLESS, v[c]));
            }
        }
        out.add(new Measurement(md.build(), channels, List.of()));
        return at + 2 + n;
    }

    private static int count(List<String> lines, int i, String what, int max, ReadContext ctx) {
        if (i >= lines.size()) {
            throw ctx.fail("expected " + what + " after 'primary_data' (file truncated?)", lines.size());
        }
        String s = lines.get(i).strip();
        double x = Numbers.isNumber(s) ? Numbers.parse(s, false) : Double.NaN;
        if (!(x >= 1 && x <= max) || x != Math.rint(x)) {
            throw ctx.fail("'" + s + "' is not " + what, i + 1, 1);
        }
        return (int) x;
    }
}
