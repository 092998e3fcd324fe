package org.nernst.io.autolab.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
import org.nernst.io.api.text.TextDecoding;
import org.osgi.service.component.annotations.Component;

/**
 * Eco Chemie (Autolab FRA) ".dfr" impedance files: "VERSION8.0", the number of points, one more
 * header number, then nine lines per point (frequency, Z', -Z'', DC potential, DC current, time and
 * three values without a known meaning, kept as raw columns), then trailing lines (dates, flags).
 */
@Component(service = MeasurementReader.class)
public class DfrReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("ecochemie-dfr", "Eco Chemie / Autolab FRA impedance file",
            List.of("dfr"), "FRA .dfr (VERSION8.0): one value per line, nine per frequency");
    private static final Pattern VERSION = Pattern.compile("^VERSION\\d{1,2}\\.\\d{1,2}$", Pattern.CASE_INSENSITIVE);
    private static final int PER_POINT = 9;
    private static final String[] NAMES = {"Frequency", "Z'", "Z''", "E dc", "I dc", "Time", "value 7", "value 8", "value 9"};

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        String head = in.headText();
        int eol = head.indexOf('\n');
        String first = (eol < 0 ? head : head.substring(0, eol)).strip();
        if (!VERSION.matcher(first).matches()) {
            return CANNOT_READ;
        }
        return in.hasExtension("dfr") ? CERTAIN : LIKELY;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        List<String> all = TextDecoding.decode(bytes, ctx).lines().toList();
        List<String> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                lines.add(all.get(i).strip());
                numbers.add(i + 1);
            }
        }
        if (lines.isEmpty() || !VERSION.matcher(lines.get(0)).matches()) {
            throw ctx.fail("expected 'VERSION8.0' (an Eco Chemie .dfr file)", 1);
        }
        if (lines.size() < 3) {
            throw ctx.fail("expected the number of points and a header value after '" + lines.get(0) + "' (file truncated?)",
                    numbers.get(lines.size() - 1));
        }
        double declared = Numbers.parse(lines.get(1), false);
        if (!(declared >= 1) || declared != Math.rint(declared) || declared > 10_000_000) {
            throw ctx.fail("'" + lines.get(1) + "' is not a number of points", numbers.get(1), 1);
        }
        int n = (int) declared;
        int complete = (lines.size() - 3) / PER_POINT;
        if (complete < n) {
            throw ctx.fail("the file declares " + n + " points but holds only " + complete + " complete ones (file truncated?)",
                    numbers.get(lines.size() - 1));
        }
        double[][] v = new double[PER_POINT][n];
        for (int p = 0; p < n; p++) {
            for (int k = 0; k < PER_POINT; k++) {
                int at = 3 + p * PER_POINT + k;
                double x = Numbers.parse(lines.get(at), false);
                if (Double.isNaN(x)) {
                    throw ctx.fail("'" + lines.get(at) + "' is not a number: expected " + NAMES[k] + " of point " + (p + 1),
                            numbers.get(at), 1);
                }
                v[k][p] = x;
            }
        }
        for (int p = 0; p < n; p++) {
            v[2][p] = -v[2][p]; // the file stores -Z''; channels carry the physical sign
        }
        List<Channel> channels = new ArrayList<>(List.of(
                Channel.of(NAMES[0], Role.FREQUENCY, Quantity.FREQUENCY, v[0]),
                Channel.of(NAMES[1], Role.Z_REAL, Quantity.IMPEDANCE, v[1]),
                Channel.of(NAMES[2], Role.Z_IMAG, Quantity.IMPEDANCE, v[2]),
                Channel.of(NAMES[3], Role.OTHER, Quantity.POTENTIAL, v[3]),
                Channel.of(NAMES[4], Role.OTHER, Quantity.CURRENT, v[4]),
                Channel.of(NAMES[5], Role.TIME, Quantity.TIME, v[5])));
        for (int k = 6; k < PER_POINT; k++) {
            channels.add(Channel.of(NAMES[k], Role.OTHER, Quantity.DIMENSIONLESS, v[k]));
        }
        Metadata.Builder md = Metadata.builder().instrument("Eco Chemie Autolab FRA").technique(Technique.EIS)
                .vendorTechnique("FRA impedance").put("format", lines.get(0)).put("header value", lines.get(2));
        List<String> trailer = lines.subList(3 + n * PER_POINT, lines.size());
        if (!trailer.isEmpty()) {
            md.put("trailer", String.join(" | ", trailer));
        }
        return List.of(new Measurement(md.build(), channels, List.of()));
    }
}
