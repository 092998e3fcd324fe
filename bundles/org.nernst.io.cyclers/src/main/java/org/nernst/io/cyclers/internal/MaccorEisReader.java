package org.nernst.io.cyclers.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import org.osgi.service.component.annotations.Component;

/**
 * Maccor AC impedance (FRA) files (.EDA0001.0xx): "MACCOR, INC.    AC Impedance Test", header lines,
 * then "Freq(Hz) Polar(V) time(sec) Z'(a) Z''(b) Phase_Angle Z-Mag ..." tab-separated, a blank line,
 * and one row per frequency. Z'' is written with its physical sign (negative for a capacitive arc,
 * phase negative too), so it is kept as written.
 */
@Component(service = MeasurementReader.class)
public class MaccorEisReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("maccor-eis", "Maccor AC impedance", List.of("0xx"),
            "Maccor FRA impedance exports (MACCOR, INC. AC Impedance Test; Freq(Hz), Z'(a), Z''(b), ...)");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        return head.startsWith("MACCOR") && head.contains("AC Impedance") ? CERTAIN : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        List<String> lines = Columns.lines(ctx);
        int hl = -1;
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            if (lines.get(i).startsWith("Freq(Hz)")) {
                hl = i;
                break;
            }
        }
        if (hl < 0) {
            throw ctx.fail("no column line starting with Freq(Hz) in the first 40 lines", 1);
        }
        CyclerTable t = CyclerTable.parse(lines, hl, '\t', h -> null, Set.of("Freq(Hz)", "Z'(a)", "Z''(b)"), ctx);
        if (t.rows == 0) {
            throw ctx.fail("the impedance table has no rows", hl + 2);
        }
        Metadata.Builder md = Metadata.builder().technique(Technique.EIS).instrument("Maccor FRA")
                .vendorTechnique(lines.get(0).replace("MACCOR, INC.", "").strip()).sourceFile(ctx.fileName());
        for (String line : lines.subList(0, hl)) {
            if (line.startsWith("Start Date:")) {
                md.put("Start", line.substring("Start Date:".length()).strip().replaceAll("\\s+", " "));
            } else if (line.startsWith("Frequency Sweep:")) {
                md.put("Frequency sweep", line.substring("Frequency Sweep:".length()).strip());
            }
        }
        md.put("Procedure", lines.size() > 2 ? lines.get(2).strip() : "");
        List<Channel> ch = new ArrayList<>();
        ch.add(Channel.adopt("Frequency", Role.FREQUENCY, Quantity.FREQUENCY, "Hz", t.numbers("Freq(Hz)")));
        ch.add(Channel.adopt("Z'", Role.Z_REAL, Quantity.IMPEDANCE, "Ω", t.numbers("Z'(a)")));
        ch.add(Channel.adopt("Z''", Role.Z_IMAG, Quantity.IMPEDANCE, "Ω", t.numbers("Z''(b)")));
        optional(t, ch, "Z-Mag", "|Z|", Role.Z_MODULUS, Quantity.IMPEDANCE, "Ω");
        optional(t, ch, "Phase_Angle", "Phase", Role.Z_PHASE, Quantity.PHASE, "°");
        optional(t, ch, "time(sec)", "Time", Role.TIME, Quantity.TIME, "s");
        optional(t, ch, "V-DC", "V-DC", Role.CELL_VOLTAGE, Quantity.POTENTIAL, "V");
        for (String h : List.of("Polar(V)", "C(F)", "Status", "VMag", "IMag")) {
            optional(t, ch, h, h, Role.OTHER, Quantity.DIMENSIONLESS, "");
        }
        return List.of(new Measurement(md.build(), ch));
    }

    private static void optional(CyclerTable t, List<Channel> ch, String header, String name, Role role, Quantity q, String unit) {
        int c = t.column(header);
        if (c < 0 || t.isText(c)) {
            return;
        }
        double[] v = t.numbers(header);
        if (java.util.Arrays.stream(v).allMatch(Double::isNaN)) {
            return; // Maccor writes the column names of every FRA quantity but fills only some
        }
        ch.add(Channel.adopt(name, role, q, unit, v));
    }
}
