package org.nernst.io.example.internal;

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
import org.nernst.io.api.text.TextDecoding;

/**
 * The smallest complete reader, for the vendor kit and the drop-in test: a text format that
 * starts with the magic line {@code NERNST-EXAMPLE 1}, then {@code key: value} lines, a blank
 * line and a table. Real readers follow the same shape: cheap probe, located errors, units.
 */
@org.osgi.service.component.annotations.Component(service = MeasurementReader.class)
public class ExampleReader implements MeasurementReader {
    private static final String MAGIC = "NERNST-EXAMPLE 1";

    @Override
    public ReaderInfo info() {
        return new ReaderInfo("example", "Example instrument (vendor kit sample)", List.of("nex"),
                "demonstrates the reader SPI: magic line, key: value header, table");
    }

    @Override
    public int probe(ProbeInput in) {
        return in.headText().startsWith(MAGIC) ? CERTAIN : CANNOT_READ;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        // decoded by the toolkit: a malformed byte is a located input error, not a bare MalformedInputException
        String text = TextDecoding.decode(Files.readAllBytes(ctx.path()), ctx);
        if (!text.startsWith(MAGIC)) {
            throw ctx.fail("expected the first line '" + MAGIC + "'", 1);
        }
        Metadata.Builder md = Metadata.builder().instrument("Example potentiostat");
        int line = 1;
        int pos = text.indexOf('\n') + 1;
        while (pos > 0 && pos < text.length()) {
            int end = text.indexOf('\n', pos);
            String l = text.substring(pos, end < 0 ? text.length() : end).strip();
            line++;
            if (l.isEmpty()) {
                break;
            }
            int colon = l.indexOf(':');
            if (colon < 0) {
                throw ctx.fail("expected 'key: value' in the header, found '" + l + "'", line);
            }
            String key = l.substring(0, colon).strip();
            String value = l.substring(colon + 1).strip();
            md.put(key, value);
            if (key.equals("technique")) {
                md.technique(Technique.fromVendorName(value)).vendorTechnique(value);
            }
            pos = end < 0 ? text.length() : end + 1;
        }
        DelimitedTable t = new DelimitedParser(ctx.fileName()).parse(text, pos, line + 1, ctx.monitor(), false);
        return List.of(new Measurement(md.build(), t.toChannels((msg, col) -> ctx.warn(msg))));
    }
}
