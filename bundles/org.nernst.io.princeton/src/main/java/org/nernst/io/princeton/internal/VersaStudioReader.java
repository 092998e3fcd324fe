package org.nernst.io.princeton.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Unit;
import org.nernst.core.units.Units;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.ColumnHeader;
import org.nernst.io.api.text.DelimitedTable;
import org.nernst.io.api.text.Numbers;
import org.nernst.io.api.text.TextDecoding;
import org.osgi.service.component.annotations.Component;

/**
 * VersaStudio ".par" files: tagged sections ("&lt;Application&gt;", "&lt;Instrument&gt;", "&lt;Experiment&gt;",
 * "&lt;ActionN&gt;" with the technique settings, "&lt;SegmentN&gt;" with "Definition=" naming the comma
 * separated columns of its rows). Every segment is one measurement, described by the action that
 * recorded it (actions own "Segments=k" consecutive segments).
 */
@Component(service = MeasurementReader.class)
public class VersaStudioReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("versastudio-par", "Princeton Applied Research VersaStudio file",
            List.of("par"), "VersaStudio .par: every <SegmentN> data block with the settings of its action (EIS, CV, LSV, CA, CP, OCP)");
    private static final Pattern OPEN = Pattern.compile("^<([A-Za-z]+)(\\d*)>$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy h:mm:ss a", Locale.US);

    record Section(String name, int number, int line, Map<String, String> values, List<String> rows, List<Integer> rowLines) {
    }

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        if (!head.startsWith("<Application>")) {
            return CANNOT_READ;
        }
        return head.contains("\nName=VersaStudio") ? CERTAIN : in.hasExtension("par") ? LIKELY : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        List<String> lines = TextDecoding.decode(bytes, ctx).lines().toList();
        List<Section> sections = sections(lines, ctx);
        Map<String, String> instrument = find(sections, "Instrument", -1).map(Section::values).orElse(Map.of());
        Map<String, String> experiment = find(sections, "Experiment", -1).map(Section::values).orElse(Map.of());
        Map<String, String> common = find(sections, "Action", 0).map(Section::values).orElse(Map.of());
        Metadata.Builder base = Metadata.builder().instrument(("Princeton Applied Research " + instrument.getOrDefault("Type", "")
                + (instrument.containsKey("SN") ? " SN " + instrument.get("SN") : "")).strip());
        common.forEach((k, v) -> base.put("common " + k, v));
        double area = number(common.get("Working Electrode Area (cm2)"));
        if (area > 0) {
            base.electrodeAreaCm2(area);
        }
        String ref = common.getOrDefault("Reference Electrode", "");
        if (!ref.isBlank() && !ref.startsWith("(unspecified)")) {
            base.referenceElectrode(ref);
        }
        try {
            base.startTime(LocalDateTime.parse(experiment.getOrDefault("DateAcquired", "") + " "
                    + experiment.getOrDefault("TimeAcquired", ""), DATE));
        } catch (DateTimeParseException e) {
            ctx.warn("DateAcquired/TimeAcquired not understood: start time left unset");
        }
        List<Section> actions = sections.stream().filter(s -> s.name().equals("Action") && s.number() > 0).toList();
        List<Measurement> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.name().equals("Segment")) {
                Map<String, String> action = owner(actions, s.number());
                out.add(segment(s, action, base.build(), ctx));
            }
        }
        if (out.isEmpty()) {
            throw ctx.fail("no <SegmentN> data block (an experiment without data, or a cut file)", lines.size());
        }
        return out;
    }

    /** The action that recorded segment k: actions own "Segments=n" consecutive segments in order. */
    private static Map<String, String> owner(List<Section> actions, int k) {
        int seen = 0;
        for (Section a : actions) {
            seen += (int) Math.max(0, number(a.values().get("Segments")));
            if (k <= seen) {
                return a.values();
            }
        }
        return Map.of();
    }

    private static Measurement segment(Section s, Map<String, String> action, Metadata base, ReadContext ctx) {
        String definition = s.values().get("Definition");
        if (definition == null) {
            throw ctx.fail("<Segment" + s.number() + "> has no 'Definition=' line naming its columns", s.line());
        }
        List<String> names = new ArrayList<>(List.of(definition.split(",")).stream().map(String::strip).toList());
        if (s.rows().isEmpty()) {
            throw ctx.fail("<Segment" + s.number() + "> has no data rows", s.line());
        }
        int width = s.rows().get(0).split(",", -1).length;
        if (names.size() < width) {
            throw ctx.fail("the rows of <Segment" + s.number() + "> have " + width + " values but Definition names " + names.size(),
                    s.rowLines().get(0));
        }
        if (names.size() > width) {
            List<String> extra = names.subList(width, names.size());
            if (extra.stream().anyMatch(n -> !Numbers.isNumber(n))) {
                ctx.warn("Definition names " + names.size() + " columns, the rows have " + width + ": " + extra + " ignored", s.line());
            }
            names = new ArrayList<>(names.subList(0, width));
        }
        double[][] cols = new double[width][s.rows().size()];
        char[] scratch = new char[64];
        for (int r = 0; r < s.rows().size(); r++) {
            String[] cells = s.rows().get(r).split(",", -1);
            if (cells.length != width) {
                throw ctx.fail("row has " + cells.length + " values, <Segment" + s.number() + "> has " + width + " columns",
                        s.rowLines().get(r), Math.min(cells.length, width) + 1);
            }
            for (int c = 0; c < width; c++) {
                String cell = cells[c].strip();
                double v = Numbers.parse(cell, 0, cell.length(), false, scratch.length >= cell.length() ? scratch : new char[cell.length()]);
                if (Double.isNaN(v)) {
                    throw ctx.fail("'" + cell + "' is not a number: expected a number in column '" + names.get(c) + "'", s.rowLines().get(r), c + 1);
                }
                cols[c][r] = v;
            }
        }
        List<ColumnHeader> hs = names.stream().map(VersaStudioReader::header).toList();
        DelimitedTable t = new DelimitedTable(hs, cols, s.rows().size(), ',', false, List.of(), s.rowLines().get(0));
        String technique = action.getOrDefault("Name", "");
        Technique tech = technique(technique);
        Metadata.Builder md = base.toBuilder().vendorTechnique(technique).technique(tech).put("segment", "Segment" + s.number());
        action.forEach((k, v) -> md.put(k, v));
        double rate = number(action.get("Scan Rate (V/s)"));
        if (rate > 0 && (tech == Technique.CV || tech == Technique.LSV)) {
            md.scanRateVPerS(rate);
        }
        return new Measurement(md.build(), t.toChannels((m, c) -> ctx.warn(m, s.line())), List.of());
    }

    /** VersaStudio column names: units in parentheses where written; the impedance and phasor parts have none. */
    static ColumnHeader header(String name) {
        Optional<Unit> ohm = Units.parse("Ω");
        return switch (name) {
            case "Z Real" -> new ColumnHeader(name, name, ohm, Role.Z_REAL, false);
            case "Z Imag" -> new ColumnHeader(name, name, ohm, Role.Z_IMAG, false);
            case "Z2 Real", "Z2 Imag" -> new ColumnHeader(name, name, ohm, Role.OTHER, false);
            case "E Real", "E Imag", "E2 Real", "E2 Imag" -> new ColumnHeader(name, name, Units.parse("V"), Role.OTHER, false);
            case "I Real", "I Imag" -> new ColumnHeader(name, name, Units.parse("A"), Role.OTHER, false);
            case "E Applied(V)", "ADC Sync Input(V)", "E2(V)" -> new ColumnHeader(name, name.replace("(V)", ""), Units.parse("V"), Role.OTHER, false);
            default -> {
                ColumnHeader h = ColumnHeader.parse(name);
                yield h.unit().isEmpty() && h.role() != Role.OTHER ? new ColumnHeader(name, name, Optional.empty(), Role.OTHER, false) : h;
            }
        };
    }

    static Technique technique(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("eis") || n.contains("impedance")) {
            return Technique.EIS;
        }
        if (n.startsWith("potentiostatic")) {
            return Technique.CA;
        }
        if (n.startsWith("galvanostatic")) {
            return Technique.CP;
        }
        return Technique.fromVendorName(name);
    }

    private static List<Section> sections(List<String> lines, ReadContext ctx) {
        List<Section> out = new ArrayList<>();
        Section open = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (open == null) {
                Matcher m = OPEN.matcher(l);
                if (m.matches() && m.group(2).length() <= 9) { // a longer number is damage, not a section
                    open = new Section(m.group(1), m.group(2).isEmpty() ? -1 : Integer.parseInt(m.group(2)), i + 1,
                            new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
                }
                continue;
            }
            if (l.equals("</" + open.name() + (open.number() < 0 ? "" : open.number()) + ">")) {
                out.add(open);
                open = null;
                continue;
            }
            int eq = l.indexOf('=');
            if (open.name().equals("Segment") && !l.isEmpty() && (eq < 0 || Numbers.isNumber(l.substring(0, Math.max(eq, 0)).split(",")[0]))) {
                open.rows().add(l);
                open.rowLines().add(i + 1);
            } else if (eq > 0) {
                open.values().putIfAbsent(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        if (open != null) {
            if (open.name().equals("Segment") && !open.rows().isEmpty()) {
                // the last row of a cut file may end inside a number: a shorter number would be silently wrong
                open.rows().remove(open.rows().size() - 1);
                open.rowLines().remove(open.rowLines().size() - 1);
                ctx.warn("<Segment" + open.number() + "> is not closed (file truncated?): its rows but the last were read", lines.size());
                if (!open.rows().isEmpty()) {
                    out.add(open);
                }
            } else {
                throw ctx.fail("<" + open.name() + "> opened at line " + open.line() + " is not closed (file truncated?)", lines.size());
            }
        }
        return out;
    }

    private static Optional<Section> find(List<Section> sections, String name, int number) {
        return sections.stream().filter(s -> s.name().equals(name) && s.number() == number).findFirst();
    }

    private static double number(String s) {
        return s == null || !Numbers.isNumber(s) ? Double.NaN : Numbers.parse(s.strip(), false);
    }
}
