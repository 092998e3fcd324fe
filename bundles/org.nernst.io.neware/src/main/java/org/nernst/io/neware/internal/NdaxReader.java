package org.nernst.io.neware.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Technique;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.zip.SafeZip;
import org.osgi.service.component.annotations.Component;

/**
 * Neware BTS 8+ archives (.ndax): a zip of XML settings and .ndc tables. Voltage and current come
 * from data.ndc (one value pair per record index), times/capacities/energies from data_runInfo.ndc
 * (keyed by record index), cycle, step number and status from data_step.ndc (keyed by step).
 * Supported .ndc versions: 14, 16, 17 (BTS 8.x/9.x), as learned from NewareNDA (BSD-3-Clause).
 */
@Component(service = MeasurementReader.class)
public class NdaxReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("neware-ndax", "Neware BTS archive (.ndax)", List.of("ndax"),
            "Neware cycler archives (zip of .ndc tables), ndc versions 14, 16, 17");
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final int PAGE = 4096;
    /** Real .ndax files: about 10 entries, up to a few hundred MB, ratios up to ~100 (zero-padded pages). */
    static final SafeZip.Limits LIMITS = new SafeZip.Limits(256, 1L << 30, 3L << 30, 400);

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        return in.startsWith(ZIP) && in.hasExtension("ndax") ? CERTAIN : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        Map<String, byte[]> e = SafeZip.read(ctx.path(), LIMITS,
                n -> n.endsWith(".ndc") && (n.equals("data.ndc") || n.equals("data_runInfo.ndc") || n.equals("data_step.ndc"))
                        || n.equals("VersionInfo.xml"), ctx);
        byte[] data = e.get("data.ndc");
        if (data == null) {
            throw ctx.fail("the archive has no data.ndc: not a Neware .ndax file or an unsupported layout");
        }
        Metadata.Builder md = Metadata.builder().technique(Technique.GCPL).vendorTechnique("Neware BTS").instrument("Neware BTS");
        int version = header(data, "data.ndc", 1, ctx);
        md.put("ndc version", Integer.toString(version));
        if (!e.containsKey("data_runInfo.ndc") || !e.containsKey("data_step.ndc")) {
            throw ctx.fail("ndc version " + version + " without data_runInfo.ndc and data_step.ndc is not supported");
        }
        header(e.get("data_runInfo.ndc"), "data_runInfo.ndc", 18, ctx);
        header(e.get("data_step.ndc"), "data_step.ndc", 7, ctx);
        Ndc.Merged m = Ndc.merge(le(data), le(e.get("data_runInfo.ndc")), le(e.get("data_step.ndc")), version, ctx);
        NewareTable t = new NewareTable();
        for (Ndc.Row r : m.rows()) {
            t.add(r.toRow());
        }
        if (m.interpolated() > 0) {
            ctx.warn(m.interpolated() + " records carry no time/capacity in data_runInfo.ndc: filled from the previous"
                    + " record plus the sampling interval and the integrated current, as BTS does");
        }
        return List.of(t.build(md, ctx));
    }

    private static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int header(byte[] b, String name, int type, ReadContext ctx) {
        if (b.length < PAGE || b.length % PAGE != 0) {
            throw ctx.fail(name + " is " + b.length + " bytes, not whole 4096-byte pages: the archive entry is cut");
        }
        int version = b[2] & 0xFF;
        if ((b[0] & 0xFF) != type) {
            throw ctx.fail(name + " has table type " + (b[0] & 0xFF) + ", expected " + type);
        }
        if (version != 14 && version != 16 && version != 17) {
            throw ctx.fail(name + ": ndc version " + version + " is not supported (known: 14, 16, 17)");
        }
        return version;
    }

    static Map<String, Integer> sizes(Map<String, byte[]> e) {
        Map<String, Integer> m = new HashMap<>();
        e.forEach((k, v) -> m.put(k, v.length));
        return m;
    }
}
