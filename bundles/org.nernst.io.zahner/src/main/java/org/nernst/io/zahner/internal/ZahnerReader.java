package org.nernst.io.zahner.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.nernst.core.model.Measurement;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.osgi.service.component.annotations.Component;

/**
 * Zahner Thales binary files: impedance spectra (.ism), polarization time series (.isw: CA, CP,
 * sweeps) and cyclic voltammograms (.isc), in canonical units with the texts Thales stores
 * (system, potential and amplitude, temperature, time window, comments, area).
 */
@Component(service = MeasurementReader.class)
public class ZahnerReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("zahner", "Zahner Thales binary (.ism, .isw, .isc)",
            List.of("ism", "isw", "isc"),
            "Zahner Thales/Zennium impedance spectra (.ism), polarization series (.isw) and cyclic voltammograms (.isc)");

    /** Above the generic reader so that a damaged file with our extension gets our located error. */
    private static final int EXTENSION_ONLY = 20;

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String ext = in.extension();
        Optional<ZahnerProbe.Kind> kind = ZahnerProbe.kind(ext, in.head(), in.size());
        boolean ours = INFO.extensions().contains(ext);
        if (kind.isPresent()) {
            return ours && kind.get().name().toLowerCase(Locale.ROOT).equals(ext) ? CERTAIN : LIKELY;
        }
        // a damaged binary file with our extension: ours to explain; a text file with it: not ours
        return ours && ZahnerProbe.magic(in.head()) || ours && ext.equals("isc") && binary(in.head()) ? EXTENSION_ONLY
                : CANNOT_READ;
    }

    /** Zahner files begin with binary numbers: zero bytes appear within their first 64 bytes. */
    private static boolean binary(byte[] h) {
        for (int i = 0; i < Math.min(h.length, 64); i++) {
            if (h[i] == 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        long size = Files.size(ctx.path());
        if (size > Integer.MAX_VALUE - 16) {
            throw ctx.fail("files over 2 GiB are not supported (" + size + " bytes)");
        }
        byte[] b = Files.readAllBytes(ctx.path());
        String name = ctx.fileName();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        byte[] head = Arrays.copyOf(b, Math.min(b.length, ProbeInput.HEAD_BYTES));
        ZahnerProbe.Kind kind = switch (ext) {
            // decode by extension, so that damage is reported where it is rather than as "unknown file"
            case "ism" -> ZahnerProbe.Kind.ISM;
            case "isw" -> ZahnerProbe.Kind.ISW;
            case "isc" -> ZahnerProbe.Kind.ISC;
            default -> ZahnerProbe.kind(ext, head, b.length).orElseThrow(() -> ctx.failAtOffset(
                    "not a Zahner .ism/.isw file (and .isc files are only recognised by their extension)", 0));
        };
        Measurement m = switch (kind) {
            case ISM -> IsmDecoder.decode(b, ctx);
            case ISW -> IswDecoder.decode(b, ctx);
            case ISC -> IscDecoder.decode(b, ctx);
        };
        return List.of(m);
    }
}
