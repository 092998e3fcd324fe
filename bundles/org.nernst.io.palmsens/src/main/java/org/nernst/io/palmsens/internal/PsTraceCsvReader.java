package org.nernst.io.palmsens.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Unit;
import org.nernst.core.units.Units;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.Numbers;
import org.nernst.io.api.text.TextDecoding;
import org.osgi.service.component.annotations.Component;

/**
 * PalmSens PSTrace CSV exports (UTF-16): "Date and time:", "Notes:" and the note lines, a title row
 * ("Cyclic Voltammetry: CV I vs E Scan 1", one per curve), "Date and time measurement:", a units
 * row ("V,µA") and two columns (x, y) per curve, curves of different lengths leaving cells empty.
 * Scans of one curve family are joined with CYCLE segments.
 */
@Component(service = MeasurementReader.class)
public class PsTraceCsvReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("palmsens-csv", "PalmSens PSTrace CSV export", List.of("csv"),
            "PSTrace .csv (UTF-16): curves as x/y column pairs under a title and a units row");
    private static final Pattern SCAN = Pattern.compile("\\s*Scan (\\d{1,6})");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        if (!head.startsWith("Date and time:")) {
            return CANNOT_READ;
        }
        return head.contains("\nDate and time measurement:") || head.contains("\nNotes:") ? CERTAIN : LIKELY;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        List<String> lines = TextDecoding.decode(bytes, ctx).replace("\uFEFF", "").lines().toList();
        int units = -1;
        for (int i = 0; i < lines.size() && units < 0; i++) {
            if (unitsRow(lines.get(i))) {
                units = i;
            }
        }
        if (units < 0) {
            throw ctx.fail("no units row (e.g. 'V,µA') above the data: not a PSTrace curve export, or cut in its header",
                    Math.max(1, lines.size()));
        }
        char d = lines.get(units).indexOf(';') >= 0 ? ';' : ',';
        List<String> unitCells = split(lines.get(units), d);
        int width = unitCells.size() - unitCells.size() % 2;
        if (width == 0) {
            throw ctx.fail("the units row names no x/y column pair", units + 1);
        }
        Map<String, String> header = new LinkedHashMap<>();
        List<String> titles = List.of();
        Optional<LocalDateTime> start = Optional.empty();
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < units; i++) {
            String l = lines.get(i);
            if (l.startsWith("Date and time measurement:")) {
                start = time(split(l, d).size() > 1 ? split(l, d).get(1) : "", ctx, i + 1);
                titles = i > 0 ? split(lines.get(i - 1), d) : List.of();
            } else if (l.startsWith("Date and time:")) {
                header.put("exported", split(l, d).size() > 1 ? split(l, d).get(1).strip() : "");
            } else if (!l.startsWith("Notes:") && i + 1 < units && !lines.get(i + 1).startsWith("Date and time measurement:")) {
                notes.append(notes.length() == 0 ? "" : " | ").append(l.strip());
            }
        }
        double[][] cols = new double[width][];
        int[] len = columns(lines, units + 1, d, width, cols, ctx);
        List<Measurement> out = new ArrayList<>();
        Map<String, List<Integer>> families = new LinkedHashMap<>();
        for (int c = 0; c < width; c += 2) {
            String title = c < titles.size() ? titles.get(c).strip() : "curve " + (c / 2 + 1);
            families.computeIfAbsent(SCAN.matcher(title).replaceAll("") + "|" + unitCells.get(c) + "|" + unitCells.get(c + 1),
                    k -> new ArrayList<>()).add(c);
        }
        for (List<Integer> family : families.values()) {
            String title = family.get(0) < titles.size() ? titles.get(family.get(0)).strip() : "";
            out.add(curve(family, titles, unitCells, cols, len, title, header, notes.toString(), start, ctx, units + 1));
        }
        return out;
    }

    private static Measurement curve(List<Integer> family, List<String> titles, List<String> units, double[][] cols, int[] len,
            String title, Map<String, String> header, String notes, Optional<LocalDateTime> start, ReadContext ctx, int unitsLine) {
        int rows = 0;
        List<Segment> segs = new ArrayList<>();
        for (int c : family) {
            if (len[c] != len[c + 1]) {
                throw ctx.fail("curve '" + title + "' has " + len[c] + " x but " + len[c + 1] + " y values", unitsLine, c + 2);
            }
            String t = c < titles.size() ? titles.get(c) : "";
            Matcher s = SCAN.matcher(t);
            int scan = s.find() ? Integer.parseInt(s.group(1)) : family.indexOf(c) + 1;
            segs.add(new Segment(Segment.Kind.CYCLE, scan, rows, rows + len[c], "scan " + scan));
            rows += len[c];
        }
        List<Channel> channels = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            double[] all = new double[rows];
            int p = 0;
            for (int c : family) {
                System.arraycopy(cols[c + k], 0, all, p, len[c + k]);
                p += len[c + k];
            }
            channels.add(channel(units.get(family.get(0) + k), all));
        }
        if (channels.get(0).name().equals(channels.get(1).name())) {
            channels.set(1, Channel.adopt(channels.get(1).name() + " (y)", channels.get(1).role(), channels.get(1).quantity(),
                    channels.get(1).sourceUnit(), channels.get(1).toArray()));
        }
        String method = title.contains(":") ? title.substring(0, title.indexOf(':')).strip() : title;
        Metadata.Builder md = Metadata.builder().instrument("PalmSens (PSTrace)").vendorTechnique(method)
                .technique(PsSessionReader.technique(method)).put("curve", SCAN.matcher(title).replaceAll(""));
        header.forEach(md::put);
        if (!notes.isBlank()) {
            md.put("notes", notes);
        }
        start.ifPresent(md::startTime);
        return new Measurement(md.build(), channels, family.size() > 1 || SCAN.matcher(title).find() ? segs : List.of());
    }

    private static Channel channel(String unit, double[] v) {
        Optional<Unit> u = Units.parse(unit.strip());
        if (u.isEmpty()) {
            return Channel.adopt(unit.isBlank() ? "value" : unit.strip(), Role.OTHER, Quantity.DIMENSIONLESS, unit.strip(), v);
        }
        Quantity q = u.get().quantity();
        Role role = switch (q) {
            case POTENTIAL -> Role.POTENTIAL;
            case CURRENT -> Role.CURRENT;
            case TIME -> Role.TIME;
            case CHARGE -> Role.CHARGE;
            case FREQUENCY -> Role.FREQUENCY;
            default -> Role.OTHER;
        };
        String name = role == Role.OTHER ? q.name().toLowerCase(java.util.Locale.ROOT) : role.name().charAt(0)
                + role.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        return Channel.convert(name, role, u.get(), v, v.length);
    }

    /** Reads the x/y columns below the units row; each column keeps its own length (a shorter curve leaves cells empty). */
    private static int[] columns(List<String> lines, int from, char d, int width, double[][] cols, ReadContext ctx) {
        int[] len = new int[width];
        for (int c = 0; c < width; c++) {
            cols[c] = new double[256];
        }
        char[] scratch = new char[64];
        int row = -1;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            row++;
            List<String> cells = split(line, d);
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c).strip();
                if (cell.isEmpty()) {
                    continue;
                }
                if (c >= width) {
                    throw ctx.fail("row has more values than the units row names (" + width + ")", i + 1, c + 1);
                }
                double v = Numbers.parse(cell, 0, cell.length(), d == ';' && cell.indexOf(',') >= 0,
                        scratch.length >= cell.length() ? scratch : new char[cell.length()]);
                if (Double.isNaN(v)) {
                    throw ctx.fail("'" + (cell.length() > 40 ? cell.substring(0, 37) + "..." : cell) + "' is not a number", i + 1, c + 1);
                }
                if (len[c] != row) {
                    throw ctx.fail("empty cell above this value: a curve's values must follow each other", i + 1, c + 1);
                }
                if (len[c] == cols[c].length) {
                    cols[c] = Arrays.copyOf(cols[c], len[c] * 2);
                }
                cols[c][len[c]++] = v;
            }
        }
        return len;
    }

    private static boolean unitsRow(String line) {
        List<String> cells = split(line, line.indexOf(';') >= 0 ? ';' : ',');
        int units = 0;
        for (String c : cells) {
            String t = c.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (Units.parse(t).isEmpty()) {
                return false;
            }
            units++;
        }
        return units >= 2;
    }

    private static Optional<LocalDateTime> time(String s, ReadContext ctx, int line) {
        try {
            return Optional.of(LocalDateTime.parse(s.strip().replace(' ', 'T')));
        } catch (DateTimeParseException e) {
            ctx.warn("measurement date '" + s.strip() + "' not understood: start time left unset", line);
            return Optional.empty();
        }
    }

    private static List<String> split(String line, char d) {
        List<String> out = new ArrayList<>(Arrays.asList(line.split(java.util.regex.Pattern.quote(String.valueOf(d)), -1)));
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
