package org.nernst.io.internal.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.io.api.MeasurementReader;
import org.nernst.io.api.ProbeInput;
import org.nernst.io.api.ReadContext;
import org.nernst.io.api.ReaderInfo;
import org.nernst.io.api.text.Charsets;
import org.nernst.io.api.text.DelimitedParser;
import org.nernst.io.api.text.DelimitedTable;
import org.osgi.service.component.annotations.Component;

/**
 * Generic delimited text: any export that is a table of numbers with a header row. It answers
 * probes with low confidence so that a vendor reader that knows the file better always wins.
 */
@Component(service = MeasurementReader.class)
public class DelimitedTextReader implements MeasurementReader {

    private static final ReaderInfo INFO = new ReaderInfo("csv", "Delimited text (CSV, TSV, semicolon, decimal comma)",
            List.of("csv", "txt", "tsv", "dat"), "a table of numbers with column names such as Ewe/V, <I>/mA, E (V), Current (A)");

    @Override
    public ReaderInfo info() {
        return INFO;
    }

    @Override
    public int probe(ProbeInput in) {
        Charset cs = in.charset();
        if (in.size() == 0 || Charsets.looksBinary(in.head(), in.head().length, cs)) {
            return CANNOT_READ;
        }
        return in.hasExtension("csv", "txt", "tsv", "dat", "") ? GENERIC : GENERIC / 2;
    }

    @Override
    public List<Measurement> read(ReadContext ctx) throws IOException {
        DelimitedTable t = new DelimitedParser(ctx.fileName()).parse(ctx);
        if (t.rows() == 0) {
            throw ctx.fail("the table has a header but no rows of numbers", t.firstDataLine());
        }
        Metadata.Builder md = Metadata.builder().instrument("delimited text");
        PreambleMetadata.apply(t.preamble(), md);
        var channels = t.takeChannels((msg, col) -> ctx.warn(msg, t.firstDataLine() - 1));
        return List.of(new Measurement(md.build(), channels));
    }
}
