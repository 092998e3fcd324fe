package org.nernst.io.gamry.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.Numbers;
import org.nernst.io.api.text.TextDecoding;
import org.nernst.io.api.text.Truncation;
import org.osgi.service.component.annotations.Component;

/**
 * Gamry Framework ".DTA" files: the EXPLAIN header (TAG = experiment, AREA, SCANRATE, IRCOMP ...)
 * and its tables. The CURVE1..n tables of a CV are its cycles (one measurement with cycle
 * segments); an EISPOT's OCVCURVE (the open-circuit wait before the spectrum) and ZCURVE are two
 * measurements; an LSVCA's generator and detector curves are two measurements.
 */
@Component(service = MeasurementReader.class)
public class GamryDtaReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("gamry-dta", "Gamry Framework data file", List.of("dta"),
            "EXPLAIN header with CURVE/ZCURVE/OCVCURVE tables: CV, LSV, CA, CP, OCP, EIS, square wave, VFP600");
    private static final Pattern CURVE_NUMBER = Pattern.compile("^CURVE(\\d+)$");
    private static final Pattern DATE = Pattern.compile("^(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})$");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        int firstEol = head.indexOf('\n');
        String rest = firstEol < 0 ? "" : head.substring(firstEol + 1);
        if (rest.startsWith("TAG\t")) {
            return head.startsWith("EXPLAIN") || in.hasExtension("dta") ? CERTAIN : LIKELY;
        }
        return head.startsWith("EXPLAIN") && head.contains("\nTAG\t") ? LIKELY : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        String text = TextDecoding.decode(bytes, ctx);
        if (!text.lines().skip(1).findFirst().orElse("").startsWith("TAG\t")) {
            throw ctx.fail("expected 'TAG<tab><experiment>' (a Gamry EXPLAIN header)", 2);
        }
        int cut = Truncation.cutLastLine(text, ' ');
        if (cut >= 0) {
            ctx.warn("the last line is cut short (file truncated?): it was not read", (int) text.substring(0, cut).lines().count() + 1);
            text = text.substring(0, cut);
        }
        DtaFile f = DtaFile.parse(text, ctx);
        String tag = f.value("TAG");
        Metadata base = metadata(f, tag, ctx);
        List<Measurement> out = new ArrayList<>();
        List<DtaFile.Table> cycles = f.tables.stream().filter(t -> CURVE_NUMBER.matcher(t.name()).matches()).toList();
        if (!cycles.isEmpty()) {
            out.add(cycles(cycles, base, ctx));
        }
        for (DtaFile.Table t : f.tables) {
            if (CURVE_NUMBER.matcher(t.name()).matches()) {
                continue;
            }
            boolean drift = t.names().contains("ZrealDrCor");
            if (drift) {
                out.add(single(t, base, tag, true, ctx));
            }
            out.add(single(t, base, tag, false, ctx));
        }
        if (out.isEmpty()) {
            throw ctx.fail("the file has a header (TAG " + tag + ") but no data table (expected CURVE, ZCURVE ... TABLE)",
                    (int) text.lines().count());
        }
        return out;
    }

    private static Measurement cycles(List<DtaFile.Table> curves, Metadata base, ReadContext ctx) {
        List<List<Channel>> parts = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (DtaFile.Table t : curves) {
            if (!t.names().equals(curves.get(0).names())) {
                throw ctx.fail("table " + t.name() + " has other columns than " + curves.get(0).name(), t.line() + 1);
            }
            parts.add(GamryColumns.channels(t, false, ctx));
            if (!parts.get(parts.size() - 1).stream().map(Channel::name).toList()
                    .equals(parts.get(0).stream().map(Channel::name).toList())) {
                // same header, but a column was dropped in one table (no numbers in it): cannot join the cycles
                throw ctx.fail("table " + t.name() + " gives other channels than " + curves.get(0).name(), t.line() + 1);
            }
            Matcher m = CURVE_NUMBER.matcher(t.name());
            // a number beyond 9 digits (a damaged name, a fuzz finding) is counted, never parsed
            int k = m.matches() && m.group(1).length() <= 9 ? Integer.parseInt(m.group(1)) : parts.size();
            segments.add(new Segment(Segment.Kind.CYCLE, k, start, start + t.rows(), "cycle " + k));
            start += t.rows();
        }
        List<Channel> joined = new ArrayList<>();
        for (int c = 0; c < parts.get(0).size(); c++) {
            Channel first = parts.get(0).get(c);
            double[] all = new double[start];
            int p = 0;
            for (List<Channel> part : parts) {
                double[] v = part.get(c).toArray();
                System.arraycopy(v, 0, all, p, v.length);
                p += v.length;
            }
            joined.add(Channel.adopt(first.name(), first.role(), first.quantity(), first.sourceUnit(), all));
        }
        return new Measurement(base, joined, segments);
    }

    private static Measurement single(DtaFile.Table t, Metadata base, String tag, boolean drCorrected, ReadContext ctx) {
        List<Channel> channels = new ArrayList<>(GamryColumns.channels(t, drCorrected, ctx));
        Metadata.Builder md = base.toBuilder().put("table", t.name());
        if (t.flagged() > 0) {
            md.put("overload flags", t.flagged() + " rows of table " + t.name() + " carry flags in column Over");
        }
        switch (t.name()) {
            case "OCVCURVE" -> md.technique(Technique.OCV).vendorTechnique(tag + " " + t.name());
            case "ZCURVE" -> md.technique(Technique.EIS).vendorTechnique(tag + (drCorrected ? " (drift-corrected)" : ""));
            case "CURVE DETECTOR" -> md.technique(Technique.CA).vendorTechnique(tag + " detector");
            case "CURVE GENERATOR" -> md.technique(Technique.LSV).vendorTechnique(tag + " generator");
            default -> { }
        }
        if (t.name().startsWith("ZCURVE") && t.names().contains("ZrealDrCor")) {
            md.put("drift correction", drCorrected ? "drift-corrected impedance (Zreal/ZimagDrCor)" : "uncorrected impedance");
        }
        if (channels.stream().noneMatch(c -> c.role() == Role.TIME) && !base.extra().getOrDefault("FREQ", "").isEmpty()) {
            // VFP600 writes no time column: samples are equally spaced at the acquisition frequency FREQ
            double hz = Numbers.parse(base.extra().get("FREQ"), base.extra().get("FREQ").indexOf(',') >= 0);
            if (hz > 0) {
                double[] time = new double[t.rows()];
                for (int i = 0; i < time.length; i++) {
                    time[i] = i / hz;
                }
                channels.add(0, Channel.adopt("T", Role.TIME, Quantity.TIME, "s", time));
                md.put("T", "computed from FREQ " + hz + " Hz");
            }
        }
        List<Segment> segs = new ArrayList<>();
        channels.stream().filter(c -> c.role() == Role.CYCLE_INDEX).findFirst()
                .ifPresent(c -> segs.addAll(org.nernst.io.api.Segments.runs(Segment.Kind.CYCLE, c.toArray(), c.size(), k -> "cycle " + k)));
        return new Measurement(md.build(), channels, segs);
    }

    private static Metadata metadata(DtaFile f, String tag, ReadContext ctx) {
        Metadata.Builder md = Metadata.builder().vendorTechnique(tag).technique(technique(tag));
        String section = f.value("PSTATSECTION");
        md.instrument(("Gamry " + (section.isEmpty() ? f.value("PSTAT") : section)).strip());
        f.keywords.forEach((k, v) -> md.put(k, v.value()));
        double area = number(f.value("AREA"));
        if (area > 0) {
            md.electrodeAreaCm2(area);
        }
        double rate = number(f.value("SCANRATE"));
        if (rate > 0) {
            md.scanRateVPerS(rate / 1000); // Gamry: "Scan Rate (mV/s)"
        }
        DtaFile.Keyword rpm = f.keywords.get("RPM");
        if (rpm != null && number(rpm.value()) >= 0 && !Double.isNaN(number(rpm.value()))) {
            md.rotationRpm(number(rpm.value()));
        }
        if (f.value("POSFEEDENABLE").startsWith("T") && number(f.value("POSFEEDRESISTANCE")) > 0) {
            md.compensatedResistanceOhm(number(f.value("POSFEEDRESISTANCE")));
        }
        if (f.value("IRCOMP").equals("1")) {
            md.put("iR compensation", "IRComp on: the potential was corrected during the run (current interrupt); do not correct again");
            ctx.warn("IRComp was on during the run: potentials are already iR-corrected");
        }
        startTime(f.value("DATE"), f.value("TIME"), ctx).ifPresent(md::startTime);
        return md.build();
    }

    static Technique technique(String tag) {
        return switch (tag.toUpperCase(Locale.ROOT)) {
            case "CV", "CYCLIC" -> Technique.CV;
            case "LSV", "LSVCA", "COLLECT" -> Technique.LSV;
            case "CHRONOA" -> Technique.CA;
            case "CHRONOP" -> Technique.CP;
            case "CORPOT", "OCP" -> Technique.OCV;
            case "EISPOT", "EISGALV" -> Technique.EIS;
            default -> Technique.fromVendorName(tag);
        };
    }

    /** Gamry writes the date in the Windows locale's order: decided by a field > 12, else month first (US). */
    static java.util.Optional<LocalDateTime> startTime(String date, String time, ReadContext ctx) {
        Matcher m = DATE.matcher(date.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int y = Integer.parseInt(m.group(3));
            LocalDate d;
            if (a > 31) {
                d = LocalDate.of(a, b, y);
            } else if (a > 12) {
                d = LocalDate.of(y, b, a);
            } else if (b > 12) {
                d = LocalDate.of(y, a, b);
            } else {
                boolean dayFirst = date.indexOf('-') >= 0 || date.indexOf('.') >= 0;
                d = dayFirst ? LocalDate.of(y, b, a) : LocalDate.of(y, a, b);
                if (a != b) {
                    ctx.warn("date " + date + " is ambiguous: read as " + (dayFirst ? "day-month" : "month/day") + "-year");
                }
            }
            LocalTime t = time.isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(time.strip().length() == 7 ? "0" + time.strip() : time.strip());
            return java.util.Optional.of(LocalDateTime.of(d, t));
        } catch (RuntimeException e) {
            ctx.warn("date/time '" + date + " " + time + "' not understood: start time left unset");
            return java.util.Optional.empty();
        }
    }

    private static double number(String s) {
        String t = s.strip();
        return t.isEmpty() ? Double.NaN : Numbers.parse(t, t.indexOf(',') >= 0 && t.indexOf('.') < 0);
    }
}
