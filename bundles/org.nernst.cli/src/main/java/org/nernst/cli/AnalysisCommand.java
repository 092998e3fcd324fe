package org.nernst.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.nernst.core.model.Measurement;
import org.nernst.io.ImportResult;
import picocli.CommandLine.Option;

/**
 * Base of analysis commands: reading input files through the importer, and
 * {@code --export-curves OUT.csv} for the processed curves with units and settings.
 */
public abstract class AnalysisCommand extends CliCommand {

    @Option(names = "--export-curves", paramLabel = "OUT.csv", description = "write the processed curves (with units and settings) as CSV")
    protected Path exportCurves;

    @Option(names = "--format", paramLabel = "ID", description = "reader to use instead of auto-detection (see `nernst formats`)")
    protected String format;

    /** The analysis document and the curves it worked on. */
    public record Analysis(Map<String, Object> json, Measurement curves) {
    }

    protected abstract Analysis analyze() throws Exception;

    @Override
    protected final Object execute() throws Exception {
        Analysis a = analyze();
        if (exportCurves != null && a.curves() != null) {
            try {
                CurvesCsv.write(exportCurves, a.curves(), settingsOf(a.json()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return a.json();
    }

    /** Reads a file with the registry (auto-detected or {@code --format}); warnings go to stderr. */
    protected ImportResult read(Path file) {
        ImportResult r = ctx().importer().read(file, Optional.ofNullable(format), progress());
        r.diagnostics().forEach(d -> ctx().err().println("warning: " + d.describe()));
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> settingsOf(Map<String, Object> json) {
        Object s = json.get("settings");
        return s instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
