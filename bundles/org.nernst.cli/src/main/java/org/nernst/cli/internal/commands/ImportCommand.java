package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.cli.CliCommand;
import org.nernst.cli.CurvesCsv;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Segment;
import org.nernst.io.ImportResult;
import org.nernst.io.ReaderRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Read any supported file; optionally export it as normalised CSV (SI units).")
public class ImportCommand extends CliCommand {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "ID", description = "reader id (see `nernst formats`); default: detected")
    String format;

    @Option(names = "--csv", paramLabel = "OUT", description = "write the (first) measurement as CSV in canonical units")
    Path csv;

    @Override
    protected Object execute() throws Exception {
        ImportResult r = ctx().importer().read(file, Optional.ofNullable(format), progress());
        if (csv != null) {
            if (r.measurements().size() > 1) {
                ctx().err().println("note: the file holds " + r.measurements().size() + " measurements; --csv writes the first");
            }
            CurvesCsv.write(csv, r.first(), Map.of("source", file.getFileName().toString(), "format", r.format().reader().id()));
        }
        Measurement m = r.first();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", file.toString());
        doc.put("format", r.format().reader().id());
        doc.put("reader_bundle", r.format().bundle());
        doc.put("technique", m.metadata().technique().name());
        doc.put("rows", m.rows());
        doc.put("columns", columns(m));
        doc.put("metadata", metadata(m.metadata()));
        doc.put("segments", segments(m));
        if (r.measurements().size() > 1) {
            List<Object> more = new ArrayList<>();
            for (Measurement x : r.measurements()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("technique", x.metadata().technique().name());
                e.put("vendor_technique", x.metadata().vendorTechnique());
                e.put("rows", x.rows());
                e.put("columns", columns(x));
                more.add(e);
            }
            doc.put("measurements", more);
        }
        doc.put("warnings", ReaderRegistry.messages(r.diagnostics()));
        if (m.rows() == 0) {
            throw NernstException.input("no rows", org.nernst.core.Location.file(file.toString()));
        }
        return doc;
    }

    private static List<Object> columns(Measurement m) {
        List<Object> cols = new ArrayList<>();
        for (Channel c : m.channels()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", c.name());
            e.put("unit", c.unit());
            e.put("source_unit", c.sourceUnit());
            e.put("role", c.role().name().toLowerCase());
            cols.add(e);
        }
        return cols;
    }

    private static List<Object> segments(Measurement m) {
        Map<Segment.Kind, Integer> counts = new LinkedHashMap<>();
        m.segments().forEach(s -> counts.merge(s.kind(), 1, Integer::sum));
        List<Object> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(Map.of("kind", k.name().toLowerCase(), "count", n)));
        return out;
    }

    static Map<String, Object> metadata(Metadata md) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instrument", md.instrument());
        m.put("technique", md.technique().name());
        if (!md.vendorTechnique().isEmpty()) {
            m.put("vendor_technique", md.vendorTechnique());
        }
        md.electrodeAreaCm2().ifPresent(v -> m.put("electrode_area_cm2", v));
        md.referenceElectrode().ifPresent(v -> m.put("reference_electrode", v));
        md.referencePotentialVsShe().ifPresent(v -> m.put("reference_potential_V_SHE", v));
        md.rotationRpm().ifPresent(v -> m.put("rotation_rpm", v));
        md.scanRateVPerS().ifPresent(v -> m.put("scan_rate_V_s", v));
        md.compensatedResistanceOhm().ifPresent(v -> m.put("compensated_resistance_ohm", v));
        md.startTime().ifPresent(v -> m.put("start_time", v.toString()));
        md.sourceFile().ifPresent(v -> m.put("source_file", v));
        if (!md.extra().isEmpty()) {
            m.put("extra", md.extra());
        }
        return m;
    }
}
