package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import java.util.function.Function;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.ReferenceElectrode;
import org.nernst.analysis.lsv.corrections.SweepDirection;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import picocli.CommandLine.Option;

/**
 * The electrode/correction options shared by sweep analyses (cli.md: --ref --ph --area ...), as a
 * picocli mixin; turned into the LSV bundle's {@link CorrectionOptions}.
 */
public class ElectrodeArgs {
    @Option(names = "--ref", paramLabel = "REF", description = "reference electrode: rhe, she, ag-agcl-sat, ag-agcl-3.5m, ag-agcl-3m, sce, hg-hgo-1m, hg-hgo-0.1m, hg-hg2so4-sat")
    String ref;

    @Option(names = "--ph", paramLabel = "PH", description = "electrolyte pH (RHE conversion)")
    Double ph;

    @Option(names = "--ref-potential", paramLabel = "V", description = "reference potential vs SHE for other electrodes (pH term still added)")
    Double refPotential;

    @Option(names = "--rhe-offset", paramLabel = "V", description = "measured RHE calibration: E_RHE = E + V (no pH term)")
    Double rheOffset;

    @Option(names = "--area", paramLabel = "CM2", description = "geometric electrode area in cm^2 (default: the file's, with a warning)")
    Double area;

    @Option(names = "--ru", paramLabel = "OHM", description = "uncompensated resistance for the iR correction E - I Ru")
    Double ru;

    @Option(names = "--background", paramLabel = "FILE", description = "N2/Ar-saturated background, subtracted after the same corrections")
    Path background;

    @Option(names = "--cycle", paramLabel = "N", description = "cycle of a CV (default the last)")
    Integer cycle;

    @Option(names = {"--direction", "--sweep"}, paramLabel = "DIR",
            description = "sweep of a CV: positive or negative (default positive; an LSV as recorded)")
    String direction;

    /** The options; {@code reader} reads the background file with the registry. */
    public CorrectionOptions toOptions(Function<Path, Measurement> reader) {
        return toBuilder(reader).build();
    }

    /** The options as a builder, for commands that add their own corrections (smoothing, resampling ...). */
    public CorrectionOptions.Builder toBuilder(Function<Path, Measurement> reader) {
        if (ref != null && ReferenceElectrode.byId(ref).isEmpty() && refPotential == null) {
            throw NernstException.usage("unknown --ref '" + ref + "'; known: " + ReferenceElectrode.names()
                    + " (or --ref-potential V vs SHE)");
        }
        CorrectionOptions.Builder b = CorrectionOptions.builder();
        if (ref != null) {
            b.reference(ref);
        }
        if (ph != null) {
            b.ph(ph);
        }
        if (refPotential != null) {
            b.referencePotential(refPotential);
        }
        if (rheOffset != null) {
            b.rheOffset(rheOffset);
        }
        if (area != null) {
            b.areaCm2(area);
        }
        if (ru != null) {
            b.ruOhm(ru);
        }
        if (cycle != null) {
            b.cycle(cycle);
        }
        if (direction != null) {
            b.direction(SweepDirection.parse(direction).orElseThrow(
                    () -> NernstException.usage("--direction/--sweep must be positive or negative, got '" + direction + "'")));
        }
        if (background != null) {
            b.background(reader.apply(background));
        }
        return b;
    }
}
