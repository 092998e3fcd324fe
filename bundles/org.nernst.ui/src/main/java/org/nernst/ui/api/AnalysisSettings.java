package org.nernst.ui.api;

import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.core.model.Metadata;

/**
 * Analysis settings a user edits in the properties panel; they start from what the file records.
 *
 * @param referenceElectrode      reference electrode name ("Ag/AgCl (sat. KCl)", "RHE", ...)
 * @param referencePotentialVsShe its potential vs SHE in V, when known
 * @param pH                      electrolyte pH (for the RHE scale)
 * @param areaCm2                 geometric electrode area in cm²
 * @param ruOhm                   uncompensated resistance to correct for (not what the instrument already compensated)
 * @param circuit                 equivalent circuit string for impedance fits ("R0-p(R1,C1)")
 * @param rotationRpm             RDE rotation rate
 */
public record AnalysisSettings(Optional<String> referenceElectrode, OptionalDouble referencePotentialVsShe,
        OptionalDouble pH, OptionalDouble areaCm2, OptionalDouble ruOhm, Optional<String> circuit,
        OptionalDouble rotationRpm) {

    public static AnalysisSettings empty() {
        return new AnalysisSettings(Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), OptionalDouble.empty());
    }

    /** The settings a file implies: its reference, area and rotation; the reference potential from the name when it is a known electrode. */
    public static AnalysisSettings from(Metadata md) {
        OptionalDouble refPot = md.referencePotentialVsShe();
        if (refPot.isEmpty() && md.referenceElectrode().isPresent()) {
            refPot = ReferenceElectrodes.potentialVsShe(md.referenceElectrode().get());
        }
        return new AnalysisSettings(md.referenceElectrode(), refPot, OptionalDouble.empty(), md.electrodeAreaCm2(),
                OptionalDouble.empty(), Optional.empty(), md.rotationRpm());
    }
}
