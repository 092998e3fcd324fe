package org.nernst.core.model;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the file says about the experiment. Every field but technique may be unknown; analyses
 * take options first and fall back to these with a warning (see cli.md).
 *
 * @param instrument               instrument or software name ("BioLogic EC-Lab 11.50")
 * @param technique                normalised technique
 * @param vendorTechnique          technique name as the file writes it ("PEIS", "Linear Sweep Voltammetry")
 * @param electrodeAreaCm2         geometric electrode area in cm²
 * @param referenceElectrode       reference electrode as the file names it
 * @param referencePotentialVsShe  reference potential vs SHE in V, when the file records it
 * @param rotationRpm              RDE rotation rate
 * @param scanRateVPerS            sweep rate in V/s
 * @param compensatedResistanceOhm resistance the instrument already compensated (ZIR, IRComp): never correct twice
 * @param startTime                local wall-clock start time as recorded (no zone: instruments store none)
 * @param sourceFile               file name the measurement came from
 * @param extra                    everything else worth showing, in file order
 */
public record Metadata(
        String instrument,
        Technique technique,
        String vendorTechnique,
        OptionalDouble electrodeAreaCm2,
        Optional<String> referenceElectrode,
        OptionalDouble referencePotentialVsShe,
        OptionalDouble rotationRpm,
        OptionalDouble scanRateVPerS,
        OptionalDouble compensatedResistanceOhm,
        Optional<LocalDateTime> startTime,
        Optional<String> sourceFile,
        Map<String, String> extra) {

    public Metadata {
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.instrument = instrument;
        b.technique = technique;
        b.vendorTechnique = vendorTechnique;
        b.area = electrodeAreaCm2;
        b.reference = referenceElectrode;
        b.referencePotential = referencePotentialVsShe;
        b.rpm = rotationRpm;
        b.scanRate = scanRateVPerS;
        b.compensated = compensatedResistanceOhm;
        b.start = startTime;
        b.source = sourceFile;
        b.extra.putAll(extra);
        return b;
    }

    /** Mutable builder; readers fill what they find. */
    public static final class Builder {
        private String instrument = "";
        private Technique technique = Technique.UNKNOWN;
        private String vendorTechnique = "";
        private OptionalDouble area = OptionalDouble.empty();
        private Optional<String> reference = Optional.empty();
        private OptionalDouble referencePotential = OptionalDouble.empty();
        private OptionalDouble rpm = OptionalDouble.empty();
        private OptionalDouble scanRate = OptionalDouble.empty();
        private OptionalDouble compensated = OptionalDouble.empty();
        private Optional<LocalDateTime> start = Optional.empty();
        private Optional<String> source = Optional.empty();
        private final Map<String, String> extra = new LinkedHashMap<>();

        public Builder instrument(String v) {
            instrument = v == null ? "" : v;
            return this;
        }

        public Builder technique(Technique v) {
            technique = v == null ? Technique.UNKNOWN : v;
            return this;
        }

        public Builder vendorTechnique(String v) {
            vendorTechnique = v == null ? "" : v;
            return this;
        }

        public Builder electrodeAreaCm2(double v) {
            area = OptionalDouble.of(v);
            return this;
        }

        public Builder referenceElectrode(String v) {
            reference = Optional.ofNullable(v);
            return this;
        }

        public Builder referencePotentialVsShe(double v) {
            referencePotential = OptionalDouble.of(v);
            return this;
        }

        public Builder rotationRpm(double v) {
            rpm = OptionalDouble.of(v);
            return this;
        }

        public Builder scanRateVPerS(double v) {
            scanRate = OptionalDouble.of(v);
            return this;
        }

        public Builder compensatedResistanceOhm(double v) {
            compensated = OptionalDouble.of(v);
            return this;
        }

        public Builder startTime(LocalDateTime v) {
            start = Optional.ofNullable(v);
            return this;
        }

        public Builder sourceFile(String v) {
            source = Optional.ofNullable(v);
            return this;
        }

        public Builder put(String key, String value) {
            if (key != null && value != null) {
                extra.put(key, value);
            }
            return this;
        }

        public Metadata build() {
            return new Metadata(instrument, technique, vendorTechnique, area, reference, referencePotential, rpm,
                    scanRate, compensated, start, source, extra);
        }
    }
}
