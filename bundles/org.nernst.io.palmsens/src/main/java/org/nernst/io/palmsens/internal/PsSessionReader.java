package org.nernst.io.palmsens.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.Numbers;
import org.nernst.io.api.text.TextDecoding;
import org.osgi.service.component.annotations.Component;

/**
 * PalmSens PSTrace session files (".pssession"): UTF-16 JSON with the method text, and per
 * measurement a data set of arrays (time, potential, current, charge; per scan for a CV), the
 * plotted curves and EIS data sets. Read with limits (see {@link SafeJson}); every measurement of
 * the session is returned, the scans of a CV joined with CYCLE segments.
 */
@Component(service = MeasurementReader.class)
public class PsSessionReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("palmsens-pssession", "PalmSens PSTrace session",
            List.of("pssession"), "PSTrace 5 .pssession (UTF-16 JSON): CV (scans), LSV, DPV/SWV, CA/CP, OCP, EIS");
    /** .pssession files are small (a 24 h CP is 0.5 MB); anything this big is not one. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final Pattern SCAN = Pattern.compile("^scan(\\d{1,6})", Pattern.CASE_INSENSITIVE);
    /** Tick 0 of a .NET DateTime (ticks of 100 ns count from 0001-01-01T00:00). */
    private static final LocalDateTime TICKS_EPOCH = LocalDateTime.of(1, 1, 1, 0, 0);

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText().stripLeading();
        if (!head.startsWith("{")) {
            return CANNOT_READ;
        }
        String h = head.substring(0, Math.min(head.length(), 400)).toLowerCase(Locale.ROOT);
        if (h.contains("\"palmsens.datafiles.sessionfile\"")) {
            return CERTAIN;
        }
        return h.contains("\"coreversion\"") && h.contains("\"methodformeasurement\"") ? LIKELY : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        long size = Files.size(ctx.path());
        if (size > MAX_BYTES) {
            throw ctx.fail("the file is " + size / (1024 * 1024) + " MB: larger than any PSTrace session (limit "
                    + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        Map<String, Object> root = SafeJson.map(SafeJson.parse(TextDecoding.decode(bytes, ctx), ctx));
        List<Object> ms = SafeJson.list(root.get("measurements"));
        if (ms.isEmpty()) {
            throw ctx.fail("the session holds no measurement (no \"Measurements\" array)", 1);
        }
        String sessionMethod = SafeJson.str(root.get("methodformeasurement"));
        List<Measurement> out = new ArrayList<>();
        for (Object node : ms) {
            Map<String, Object> m = SafeJson.map(node);
            String method = SafeJson.str(m.get("method"));
            Metadata md = metadata(m, method.isEmpty() ? sessionMethod : method, SafeJson.str(root.get("coreversion")));
            out.addAll(measurements(m, md, ctx));
        }
        if (out.isEmpty()) {
            throw ctx.fail("the session's measurements hold no data arrays or curves", 1);
        }
        return out;
    }

    private static List<Measurement> measurements(Map<String, Object> m, Metadata md, ReadContext ctx) {
        List<Measurement> out = new ArrayList<>();
        List<PsArray> arrays = arrays(SafeJson.map(m.get("dataset")));
        for (Object e : SafeJson.list(m.get("eisdatalist"))) {
            List<PsArray> eis = arrays(SafeJson.map(SafeJson.map(e).get("dataset")));
            List<PsArray> use = eis.isEmpty() ? arrays : eis;
            out.add(table(use, md.toBuilder().technique(Technique.EIS).build(), ctx));
        }
        if (!out.isEmpty()) {
            return out;
        }
        if (!arrays.isEmpty() && arrays.stream().anyMatch(a -> a.size() > 0)) {
            boolean scans = arrays.stream().anyMatch(a -> SCAN.matcher(a.description()).find());
            out.add(scans ? scans(arrays, md, ctx) : table(arrays, md, ctx));
            return out;
        }
        for (Object c : SafeJson.list(m.get("curves"))) {
            Map<String, Object> curve = SafeJson.map(c);
            PsArray x = PsArray.of(curve.get("xaxisdataarray"));
            PsArray y = PsArray.of(curve.get("yaxisdataarray"));
            if (x.size() != y.size()) {
                throw ctx.fail("curve '" + SafeJson.str(curve.get("title")) + "' has " + x.size() + " x but " + y.size() + " y values");
            }
            Metadata cm = md.toBuilder().put("curve", SafeJson.str(curve.get("title"))).build();
            out.add(new Measurement(cm, PsArray.channels(List.of(x, y)), List.of()));
        }
        return out;
    }

    private static List<PsArray> arrays(Map<String, Object> dataset) {
        List<PsArray> out = new ArrayList<>();
        for (Object v : SafeJson.list(dataset.get("values"))) {
            out.add(PsArray.of(v));
        }
        return out;
    }

    /** Arrays of one table: those as long as the longest; shorter ones (empty debug arrays) left out. */
    private static Measurement table(List<PsArray> arrays, Metadata md, ReadContext ctx) {
        int n = arrays.stream().mapToInt(PsArray::size).max().orElse(0);
        List<PsArray> used = arrays.stream().filter(a -> a.size() == n).toList();
        List<String> left = arrays.stream().filter(a -> a.size() != n && a.size() > 0).map(PsArray::description).toList();
        if (!left.isEmpty()) {
            ctx.warn("arrays " + left + " are shorter than the other " + n + " values: left out");
        }
        return new Measurement(flagged(md, used), PsArray.channels(used), List.of());
    }

    /** A CV's scans ("scan1", "scan2" ... arrays) joined, one CYCLE segment per scan. */
    private static Measurement scans(List<PsArray> arrays, Metadata md, ReadContext ctx) {
        Map<Integer, List<PsArray>> byScan = new LinkedHashMap<>();
        List<PsArray> common = new ArrayList<>();
        for (PsArray a : arrays) {
            Matcher s = SCAN.matcher(a.description());
            if (s.find()) {
                byScan.computeIfAbsent(Integer.parseInt(s.group(1)), k -> new ArrayList<>()).add(a);
            } else {
                common.add(a);
            }
        }
        List<List<PsArray>> parts = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        int rows = 0;
        for (Map.Entry<Integer, List<PsArray>> e : byScan.entrySet()) {
            int n = e.getValue().stream().filter(a -> a.type() == 1).mapToInt(PsArray::size).findFirst()
                    .orElse(e.getValue().get(0).size());
            List<PsArray> part = e.getValue().stream().filter(a -> a.size() == n).toList();
            e.getValue().stream().filter(a -> a.size() != n).forEach(a -> dropped.add(a.name() + " of scan " + e.getKey()));
            if (!parts.isEmpty() && !types(part).equals(types(parts.get(0)))) {
                throw ctx.fail("scan " + e.getKey() + " has other arrays than the first scan");
            }
            parts.add(part);
            segments.add(new Segment(Segment.Kind.CYCLE, e.getKey(), rows, rows + n, "scan " + e.getKey()));
            rows += n;
        }
        if (!dropped.isEmpty()) {
            ctx.warn(dropped + " hold another number of values than their scan's potentials (PSTrace writes one charge more): left out");
        }
        List<PsArray> joined = new ArrayList<>();
        for (int k = 0; k < parts.get(0).size(); k++) {
            double[] all = new double[rows];
            int p = 0;
            int flagged = 0;
            for (List<PsArray> part : parts) {
                PsArray a = part.get(k);
                System.arraycopy(a.values(), 0, all, p, a.size());
                p += a.size();
                flagged += a.flagged();
            }
            PsArray f = parts.get(0).get(k);
            joined.add(new PsArray(f.type(), f.description(), f.unitType(), f.symbol(), f.label(), all, flagged));
        }
        for (PsArray c : common) {
            if (c.size() == rows) {
                joined.add(0, c);
            } else if (c.size() > 0) {
                ctx.warn("array '" + c.description() + "' holds " + c.size() + " values, the scans " + rows
                        + ": it does not line up with them and was left out");
            }
        }
        return new Measurement(flagged(md, joined), PsArray.channels(joined), segments);
    }

    private static List<Integer> types(List<PsArray> part) {
        return part.stream().map(PsArray::type).toList();
    }

    /** Readings of the working current with a non-zero status S (2 = underload in the SDK's EIS test file). */
    private static Metadata flagged(Metadata md, List<PsArray> arrays) {
        int f = arrays.stream().filter(a -> a.type() == 2).findFirst().map(PsArray::flagged).orElse(0);
        return f == 0 ? md : md.toBuilder().put("flagged readings", f + " current readings carry a non-zero status"
                + " (PSTrace marks overload/underload)").build();
    }

    private static Metadata metadata(Map<String, Object> m, String method, String core) {
        String title = SafeJson.str(m.get("title"));
        String plain = title.replaceAll("\\s*\\[\\d+\\]$", "");
        Metadata.Builder md = Metadata.builder().vendorTechnique(plain).technique(technique(plain));
        String serial = SafeJson.str(m.get("deviceserial"));
        md.instrument(("PalmSens " + serial).strip()).put("title", title).put("PSTrace core", core);
        ticks(SafeJson.lng(m.get("timestamp"), -1)).ifPresent(md::startTime);
        ticks(SafeJson.lng(m.get("utctimestamp"), -1)).ifPresent(t -> md.put("start (UTC)", t.toString()));
        Map<String, String> p = method(method);
        p.forEach((k, v) -> md.put("method " + k, v));
        double rate = number(p.get("SCAN_RATE"));
        if (rate > 0) {
            md.scanRateVPerS(rate); // PSTrace method files store V/s
        }
        double area = number(p.get("AREA"));
        if (area > 0) {
            md.electrodeAreaCm2(area);
        }
        String ref = p.getOrDefault("REF_ELECTRODE_NAME", "").strip();
        if (!ref.isEmpty()) {
            md.referenceElectrode(ref);
        }
        if ("True".equalsIgnoreCase(p.get("USE_IR_DROP_COMP")) && number(p.get("IR_DROP_COMP_RES")) > 0) {
            md.compensatedResistanceOhm(number(p.get("IR_DROP_COMP_RES")));
        }
        return md.build();
    }

    static Technique technique(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.contains("potentiometry") && t.contains("open circuit") ? Technique.OCV : Technique.fromVendorName(title);
    }

    /** The method text: "KEY=VALUE" lines, '#' comments. */
    static Map<String, String> method(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\r?\n|\r")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                out.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return out;
    }

    /** .NET ticks (100 ns since 0001-01-01) of local wall-clock time. */
    static Optional<LocalDateTime> ticks(long ticks) {
        if (ticks <= 0 || ticks > 3_155_378_975_999_999_999L) { // DateTime.MaxValue
            return Optional.empty();
        }
        return Optional.of(TICKS_EPOCH.plusSeconds(ticks / 10_000_000L).plus((ticks % 10_000_000L) * 100, ChronoUnit.NANOS));
    }

    private static double number(String s) {
        return s == null || s.isBlank() ? Double.NaN : Numbers.parse(s.strip(), false);
    }
}
