package org.nernst.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;

/**
 * Writes a measurement as a plain CSV that any tool reads back: '#' comment lines with the
 * settings, one header row "name/unit", then numbers with a decimal point at full precision.
 * Written to a temporary file and moved into place, so a failure never leaves half a file.
 */
public final class CurvesCsv {
    private CurvesCsv() {
    }

    public static void write(Path out, Measurement m, Map<String, ?> settings) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = Files.createTempFile(parent, ".nernst-", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, ?> e : settings.entrySet()) {
                w.write("# " + e.getKey() + ": " + e.getValue());
                w.newLine();
            }
            List<Channel> cs = m.channels();
            for (int c = 0; c < cs.size(); c++) {
                Channel ch = cs.get(c);
                String name = ch.name().replace(",", " ");
                w.write((c == 0 ? "" : ",") + (ch.unit().isEmpty() ? name : name + "/" + ch.unit()));
            }
            w.newLine();
            StringBuilder b = new StringBuilder(256);
            for (int r = 0; r < m.rows(); r++) {
                b.setLength(0);
                for (int c = 0; c < cs.size(); c++) {
                    if (c > 0) {
                        b.append(',');
                    }
                    double v = cs.get(c).get(r);
                    if (!Double.isNaN(v)) {
                        b.append(v);
                    }
                }
                w.append(b).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
