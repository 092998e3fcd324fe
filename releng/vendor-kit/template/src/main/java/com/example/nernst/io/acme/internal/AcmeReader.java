package com.example.nernst.io.acme.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Technique;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.DelimitedParser;
import org.nernst.io.api.text.DelimitedTable;
import org.nernst.io.api.text.Numbers;
import org.nernst.io.api.text.TextDecoding;
import org.osgi.service.component.annotations.Component;

/**
 * Template reader: replace the format with yours. An ACME file starts with the magic line
 * {@code ACME-POT 1}, then {@code key: value} lines, a blank line and a table whose column row
 * names units ("E/V", "I/mA"). Same shape as every bundled reader: a cheap probe, located errors,
 * canonical units, metadata from what the file says.
 */
@Component(service = MeasurementReader.class)
public class AcmeReader implements MeasurementReader {
    private static final String MAGIC = "ACME-POT 1";
    private static final ReaderInfo INFO = new ReaderInfo("acme-pot", "ACME potentiostat text file", List.of("acme"),
            "vendor kit template: magic line, key: value header, table");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        // the magic line alone decides; never claim other vendors' files
        return in.headText().startsWith(MAGIC) ? CERTAIN : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        byte[] bytes = Files.readAllBytes(ctx.path());
        if (bytes.length == 0) {
            throw ctx.fail("the file is empty");
        }
        String text = TextDecoding.decode(bytes, ctx); // UTF-8, UTF-16 or windows-1252, binary refused
        List<String> lines = text.lines().toList();
        if (!lines.get(0).startsWith(MAGIC)) {
            throw ctx.fail("expected the first line '" + MAGIC + "'", 1);
        }
        Metadata.Builder md = Metadata.builder().instrument("ACME potentiostat");
        int i = 1;
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String l = lines.get(i);
            int colon = l.indexOf(':');
            if (colon < 0) {
                throw ctx.fail("expected 'key: value' in the header, found '" + l.strip() + "'", i + 1);
            }
            String key = l.substring(0, colon).strip();
            String value = l.substring(colon + 1).strip();
            md.put(key, value);
            if (key.equals("technique")) {
                md.technique(Technique.fromVendorName(value)).vendorTechnique(value);
            } else if (key.equals("scan rate (V/s)") && Numbers.isNumber(value)) {
                md.scanRateVPerS(Numbers.parse(value, false));
            }
        }
        if (i >= lines.size()) {
            throw ctx.fail("the header has no blank line and table after it (file truncated?)", lines.size());
        }
        // DelimitedParser finds the column row and the numbers; errors name line and column
        DelimitedTable t = new DelimitedParser(ctx.fileName()).parse(text, offsetOfLine(text, i), i + 1, ctx.monitor(), false);
        return List.of(new Measurement(md.build(), t.toChannels((msg, col) -> ctx.warn(msg))));
    }

    /** Character offset of 0-based line {@code index} (LF, CRLF or CR line ends). */
    private static int offsetOfLine(String text, int index) {
        int p = 0;
        for (int l = 0; l < index && p < text.length(); l++) {
            while (p < text.length() && text.charAt(p) != '\n' && text.charAt(p) != '\r') {
                p++;
            }
            if (p < text.length() && text.charAt(p) == '\r') {
                p++;
            }
            if (p < text.length() && text.charAt(p) == '\n') {
                p++;
            }
        }
        return p;
    }
}
