package org.nernst.io.biologic.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.text.Numbers;

/**
 * The EC-Lab header block: technique name, "key : value" settings, the fixed-width parameter table
 * (20-character columns, one column per sequence Ns) and loop ranges.
 */
final class EcLabHeader {
    /** EC-Lab parameter tables use 20-character columns. */
    private static final int COLUMN = 20;
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([^:]{1,80}?)\\s+:\\s?(.*)$");
    private static final Pattern LOOP = Pattern.compile("^Loop\\s+(\\d+)\\s+from point number\\s+(\\d+)\\s+to\\s+(\\d+)\\s*$");
    private static final Pattern REFERENCE = Pattern.compile("^(.*?)\\s*\\(\\s*([-+]?\\d+(?:[.,]\\d+)?)\\s*(m?V)\\s*\\)\\s*$");
    private static final Pattern NUMBER_UNIT = Pattern.compile("^\\s*([-+]?\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d+)?)\\s*(\\S*)");
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm:ss[.SSS][.SS][.S]", Locale.ROOT);

    String techniqueLine = "";
    final Map<String, String> settings = new LinkedHashMap<>();
    final Map<String, List<String>> params = new LinkedHashMap<>();
    final List<int[]> loops = new ArrayList<>();

    static EcLabHeader parse(List<String> lines) {
        EcLabHeader h = new EcLabHeader();
        String section = "";
        String lastParam = "";
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher loop = LOOP.matcher(line.strip());
            if (loop.matches()) {
                int[] l = {count(loop.group(1)), count(loop.group(2)), count(loop.group(3))};
                if (l[0] >= 0 && l[1] >= 0 && l[2] >= 0) { // a damaged loop line gives no segment, not a crash
                    h.loops.add(l);
                }
                continue;
            }
            boolean indented = line.startsWith("\t") || line.startsWith("  ");
            Matcher kv = KEY_VALUE.matcher(line);
            if (!indented && line.length() > COLUMN && !line.contains(" : ") && line.charAt(COLUMN - 1) == ' ') {
                String key = line.substring(0, COLUMN).strip();
                if (key.equals("vs.")) {
                    key = lastParam + " vs.";
                } else {
                    lastParam = key;
                }
                List<String> values = new ArrayList<>();
                for (int p = COLUMN; p < line.length(); p += COLUMN) {
                    values.add(line.substring(p, Math.min(line.length(), p + COLUMN)).strip());
                }
                while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
                    values.remove(values.size() - 1);
                }
                h.params.put(key, values);
            } else if (kv.matches()) {
                String key = kv.group(1).strip();
                String value = kv.group(2).strip();
                if (indented && !section.isEmpty()) {
                    key = section + " / " + key;
                } else if (value.isEmpty()) {
                    section = key;
                } else {
                    section = "";
                }
                h.settings.putIfAbsent(key, value);
            } else if (h.techniqueLine.isEmpty() && i <= 4) {
                h.techniqueLine = line.strip();
            } else {
                h.settings.putIfAbsent(line.strip(), "");
            }
        }
        return h;
    }

    /** Technique names as EC-Lab and BT-Lab write them; the core mapping covers the usual words. */
    static Technique technique(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("ir compensation")) {
            return Technique.EIS; // ZIR measures |Z| at one high frequency to find the resistance to compensate
        }
        if (n.equals("modulo bat") || n.startsWith("battery capacity")) {
            return Technique.GCPL;
        }
        if (n.equals("constant voltage")) {
            return Technique.CA;
        }
        if (n.equals("wait")) {
            return Technique.OCV; // a rest at open circuit
        }
        return Technique.fromVendorName(name);
    }

    void apply(Metadata.Builder md, boolean decimalComma, ReadContext ctx) {
        md.vendorTechnique(techniqueLine).technique(techniqueLine.isEmpty() ? Technique.UNKNOWN : technique(techniqueLine));
        String device = settings.getOrDefault("Device", "");
        String software = settings.keySet().stream().filter(k -> k.toLowerCase(Locale.ROOT).contains("(software)"))
                .findFirst().orElse("");
        md.instrument(("BioLogic " + device + (software.isEmpty() ? "" : ", " + software.replace(" (software)", ""))).strip());
        settings.forEach(md::put);
        params.forEach((k, v) -> md.put(k, String.join(" | ", v)));
        area(settings.get("Electrode surface area"), decimalComma, md, ctx);
        Optional.ofNullable(settings.get("Reference electrode")).ifPresent(r -> reference(r, decimalComma, md));
        scanRate(decimalComma, ctx).ifPresent(md::scanRateVPerS);
        rotation(decimalComma).ifPresent(md::rotationRpm);
        Optional.ofNullable(settings.get("Acquisition started on")).flatMap(EcLabHeader::startTime).ifPresent(md::startTime);
    }

    /** A point number or loop index, or -1 when it does not fit an int. */
    private static int count(String digits) {
        return digits.length() > 9 ? -1 : Integer.parseInt(digits);
    }

    List<Segment> loopSegments(int rows) {
        List<Segment> out = new ArrayList<>();
        for (int[] l : loops) {
            int from = Math.max(0, l[1]);
            int to = Math.min(rows, l[2] + 1);
            if (to > from) {
                out.add(new Segment(Segment.Kind.TECHNIQUE, l[0], from, to, "loop " + l[0]));
            }
        }
        return out;
    }

    /** Sequence labels of a Modulo Bat / linked technique table ("Ns 0 1 2", "ctrl_type Rest CC CC"). */
    String sequenceLabel(int ns) {
        List<String> type = params.get("ctrl_type");
        String t = type != null && ns >= 0 && ns < type.size() ? type.get(ns) + " " : "";
        return (t + "sequence " + ns).strip();
    }

    private static void area(String raw, boolean comma, Metadata.Builder md, ReadContext ctx) {
        if (raw == null) {
            return;
        }
        Matcher m = NUMBER_UNIT.matcher(raw);
        if (!m.find()) {
            return;
        }
        double v = number(m.group(1), comma);
        String unit = m.group(2).replace("2", "²");
        double cm2 = switch (unit) {
            case "mm²" -> v / 100;
            case "m²" -> v * 1e4;
            case "µm²" -> v * 1e-8;
            default -> v;
        };
        if (v == 0) {
            return; // unset in EC-Lab
        }
        if (Math.abs(cm2 - 0.001) < 1e-12) {
            ctx.warn("electrode surface area is EC-Lab's default 0.001 cm² (not set by the user): not used; give the area explicitly");
            return;
        }
        md.electrodeAreaCm2(cm2);
    }

    /** "SCE Saturated Calomel Electrode (0.241 V)": the number is the reference's potential vs SHE. */
    private static void reference(String raw, boolean comma, Metadata.Builder md) {
        Matcher m = REFERENCE.matcher(raw);
        if (m.matches()) {
            md.referenceElectrode(m.group(1).strip());
            double v = number(m.group(2), comma);
            md.referencePotentialVsShe(m.group(3).equals("mV") ? v / 1000 : v);
        } else if (!raw.isBlank()) {
            md.referenceElectrode(raw.strip());
        }
    }

    private OptionalDouble scanRate(boolean comma, ReadContext ctx) {
        List<String> values = params.get("dE/dt");
        if (values == null || values.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<String> units = params.getOrDefault("dE/dt unit", List.of());
        double first = Double.NaN;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isEmpty()) {
                continue;
            }
            String u = i < units.size() ? units.get(i) : "mV/s";
            double v = number(values.get(i), comma) * (u.equalsIgnoreCase("V/s") ? 1 : u.equalsIgnoreCase("mV/s") ? 1e-3
                    : u.equalsIgnoreCase("µV/s") ? 1e-6 : Double.NaN);
            if (Double.isNaN(first)) {
                first = v;
            } else if (v != first) {
                ctx.warn("several scan rates in the sequence (dE/dt " + String.join(", ", values) + "): scan rate left unset");
                return OptionalDouble.empty();
            }
        }
        return Double.isNaN(first) ? OptionalDouble.empty() : OptionalDouble.of(first);
    }

    private OptionalDouble rotation(boolean comma) {
        for (var e : params.entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            if ((k.contains("rpm") || k.contains("rotat")) && !e.getValue().isEmpty()) {
                double v = number(e.getValue().get(0), comma);
                if (!Double.isNaN(v)) {
                    return OptionalDouble.of(v);
                }
            }
        }
        return OptionalDouble.empty();
    }

    static Optional<LocalDateTime> startTime(String raw) {
        try {
            return Optional.of(LocalDateTime.parse(raw.strip(), START));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static double number(String s, boolean comma) {
        String t = s.strip();
        return Numbers.parse(t, comma || t.indexOf(',') >= 0 && t.indexOf('.') < 0);
    }
}
