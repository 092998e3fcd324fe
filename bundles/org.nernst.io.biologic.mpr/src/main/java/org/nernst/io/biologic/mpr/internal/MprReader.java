package org.nernst.io.biologic.mpr.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.units.Quantity;
import org.nernst.io.api.BinaryInput;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.ColumnHeader;
import org.nernst.io.biologic.mpr.internal.MprData.Decoded;
import org.nernst.io.biologic.mpr.internal.MprData.RawColumn;
import org.osgi.service.component.annotations.Component;

/**
 * BioLogic EC-Lab binary result files (.mpr), every technique: the module container, the settings
 * (technique, electrode area, reference), the data rows and the log (start time, EC-Lab version).
 * Channels carry the names EC-Lab's own .mpt export uses, in canonical units.
 */
@Component(service = MeasurementReader.class)
public class MprReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("biologic-mpr", "BioLogic EC-Lab binary (.mpr)", List.of("mpr"),
            "EC-Lab raw result files, EC-Lab 10.x to 11.6x, every technique (CV, CA, CP, GCPL, MB, PEIS/GEIS, OCV, ...)");

    /**
     * The parsed form of every header the column table can produce: parsing a header runs a dozen
     * regular expressions, which cost more than decoding a small file's rows.
     */
    private static final Map<String, ColumnHeader> HEADERS = MprColumns.headers().stream().distinct()
            .collect(Collectors.toUnmodifiableMap(h -> h, ColumnHeader::parse));

    /**
     * Files up to this size are copied to the heap instead of mapped: mapping costs page faults, and
     * unmapping a TLB flush on every core, more than decoding a small file's rows (measured about
     * 30% less CPU per file on small corpus files, on a loaded machine). Larger files stay mapped so
     * that memory stays near the decoded column bytes (the copy would add the file's size).
     */
    private static final long SMALL_FILE = 64 * 1024;

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        return MprFile.hasMagic(in.head()) ? CERTAIN : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        Measurement m = BinaryInput.read(ctx, SMALL_FILE, b -> read(b, ctx));
        return List.of(m);
    }

    /** Decodes a whole file held in {@code buf} (little-endian, position-independent reads only). */
    static Measurement read(ByteBuffer buf, ReadContext ctx) {
        List<MprFile.Module> modules = MprFile.modules(buf, ctx);
        MprFile.Module data = null;
        Metadata.Builder md = Metadata.builder();
        String technique = "";
        int[] loops = new int[0];
        for (MprFile.Module m : modules) {
            switch (m.name()) {
                case "VMP Set" -> technique = MprSettings.settings(buf, m, md, ctx);
                case "VMP data" -> {
                    if (data != null) {
                        ctx.warn("the file has a second data module (at byte " + m.header() + "); only the first is read");
                    } else {
                        data = m;
                    }
                }
                case "VMP LOG" -> MprSettings.log(buf, m, md);
                case "VMP loop" -> loops = MprSettings.loops(buf, m);
                case "VMP ExtDev" -> md.put("external device module", "present");
                default -> ctx.warn("unknown module '" + m.name() + "' at byte " + m.header() + " skipped");
            }
        }
        if (data == null) {
            throw ctx.fail("the file has no data module ('VMP data'): nothing was recorded or the file is incomplete");
        }
        Decoded d = MprData.decode(buf, data, ctx);
        boolean hasEce = false;
        for (int id : d.ids()) {
            hasEce |= id == 9;
        }
        List<Channel> channels = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (RawColumn c : d.columns()) {
            String header = MprColumns.header(c.type(), technique, data.newLayout(), hasEce);
            Channel ch = channel(header, c.values());
            String before = seen.putIfAbsent(ch.name(), header);
            if (before != null) {
                // "(Q-Qo)/mA.h" and "(Q-Qo)/C" share a name once units are split off: both are kept
                if (before.equals(header)) {
                    ctx.warn("column '" + header + "' (id " + c.type().id() + ") appears twice; the second is named '"
                            + ch.name() + "''");
                }
                // the first keeps the role when the headers are equal, so role look-ups stay unambiguous
                ch = Channel.adopt(ch.name() + "'", before.equals(header) ? Role.OTHER : ch.role(), ch.quantity(),
                        ch.sourceUnit(), ch.toArray());
            }
            channels.add(ch);
        }
        DerivedCurrent.from(channels).ifPresent(c -> {
            channels.add(c);
            md.put("derived channels", "'" + c.name() + "': the file records no current; mean current per point = dq/dt");
        });
        md.put("data module version", Long.toString(data.version()));
        List<Segment> segments = MprSegments.of(channels, d, loops, ctx);
        return new Measurement(md.build(), channels, segments);
    }

    /**
     * The channel for an EC-Lab column: name, unit and role as the .mpt header states them, with
     * corrections where a header's words would mislead an analysis that asks for a role.
     */
    static Channel channel(String header, double[] raw) {
        if (header.equals("control/V/mA")) {
            // volts in potentiostatic and milliamps in galvanostatic sequences of the same run: no single unit
            return Channel.adopt("control", Role.OTHER, Quantity.DIMENSIONLESS, "V/mA", raw);
        }
        ColumnHeader known = HEADERS.get(header);
        ColumnHeader h = known != null ? known : ColumnHeader.parse(header);
        String name = h.name().isEmpty() ? header : h.name();
        Role role = switch (name) {
            // charge or discharge capacity of the current half cycle, not the discharge capacity alone
            case "Q charge/discharge" -> Role.CAPACITY;
            // increments per point and the time within a step are not the series analyses want
            case "dq", "dQ", "step time" -> Role.OTHER;
            case "Energy charge", "Energy we charge" -> Role.CHARGE_ENERGY;
            case "Energy discharge", "Energy we discharge" -> Role.DISCHARGE_ENERGY;
            default -> h.role();
        };
        if (h.negate()) {
            for (int i = 0; i < raw.length; i++) {
                raw[i] = -raw[i];
            }
        }
        if (h.unit().isPresent()) {
            var u = h.unit().get();
            u.toCanonicalInPlace(raw, raw.length);
            return Channel.adopt(name, role, u.quantity(), u.symbol(), raw);
        }
        Quantity q = role == Role.OTHER ? Quantity.DIMENSIONLESS : role.quantity();
        return Channel.adopt(name, role, q, "", raw);
    }
}
