package org.nernst.analysis.lsv.corrections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Metadata;

/**
 * How recorded potentials map to the RHE scale: a reference electrode (preset or custom potential vs SHE)
 * plus the pH, a measured RHE offset, or nothing (potentials stay vs the recorded reference).
 *
 * <p>E_RHE = E_ref + E_ref(vs SHE) + 0.05916 pH at 25 °C, the Nernst shift of the hydrogen electrode
 * (2.303 RT/F = 0.05916 V; A. J. Bard, L. R. Faulkner, Electrochemical Methods, 2nd ed., Wiley 2001, ch. 2).
 *
 * @param kind           which of the four ways applies
 * @param reference      reference name ("ag-agcl-sat", "custom", "rhe", or what the file calls it)
 * @param referenceVsShe potential of the reference vs SHE in V (REFERENCE kind)
 * @param ph             electrolyte pH when given
 * @param rheOffset      E_RHE - E when the RHE scale is known
 * @param source         where the reference value comes from (citation, option, or file header)
 */
public record PotentialScale(Kind kind, String reference, OptionalDouble referenceVsShe, OptionalDouble ph,
        OptionalDouble rheOffset, String source) {

    /** 2.303 RT/F at 298.15 K in V (Bard & Faulkner, above). */
    public static final double NERNST_SLOPE_V = 0.05916;

    public enum Kind {
        /** Recorded vs RHE already. */
        RHE,
        /** A reference with a known potential vs SHE; RHE known only with a pH. */
        REFERENCE,
        /** A measured calibration E_RHE = E + offset (no pH term). */
        RHE_OFFSET,
        /** Nothing known: potentials stay vs the recorded reference. */
        RECORDED
    }

    public PotentialScale {
        reference = reference == null ? "" : reference;
        source = source == null ? "" : source;
    }

    /** A preset electrode; {@code ph} is needed for RHE unless the preset is RHE itself. */
    public static PotentialScale of(ReferenceElectrode ref, OptionalDouble ph) {
        if (ref == ReferenceElectrode.RHE) {
            return new PotentialScale(Kind.RHE, ref.id(), OptionalDouble.of(0), ph, OptionalDouble.of(0), ref.source());
        }
        return reference(ref.id(), ref.potentialVsShe(), ph, ref.source());
    }

    /** Any reference with a potential vs SHE (custom value, file header). */
    public static PotentialScale reference(String name, double vsShe, OptionalDouble ph, String source) {
        OptionalDouble offset = ph.isPresent() ? OptionalDouble.of(vsShe + NERNST_SLOPE_V * ph.getAsDouble()) : OptionalDouble.empty();
        return new PotentialScale(Kind.REFERENCE, name, OptionalDouble.of(vsShe), ph, offset, source);
    }

    /** A measured RHE calibration: E_RHE = E + offset. */
    public static PotentialScale rheOffset(double offset) {
        return new PotentialScale(Kind.RHE_OFFSET, "rhe-offset", OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(offset), "--rhe-offset (measured calibration)");
    }

    /** Potentials stay vs the recorded reference (named when the file names it). */
    public static PotentialScale recorded(Optional<String> referenceName) {
        return new PotentialScale(Kind.RECORDED, referenceName.orElse("the recorded reference"), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), "");
    }

    /**
     * The scale the options ask for, else the one the file's metadata names (with a warning), else the
     * recorded reference (with a warning that RHE values are unavailable). Conflicting options are a usage error.
     */
    public static PotentialScale resolve(CorrectionOptions o, Metadata md, List<Diagnostic> warnings) {
        if (o.rheOffset().isPresent()) {
            if (o.reference().isPresent() || o.referencePotential().isPresent()) {
                throw NernstException.usage("--rhe-offset is a measured RHE calibration: do not combine it with --ref or --ref-potential");
            }
            if (o.ph().isPresent()) {
                warnings.add(Diagnostic.warning("--ph ignored: --rhe-offset already includes the pH term"));
            }
            return rheOffset(o.rheOffset().getAsDouble());
        }
        PotentialScale s = fromOptions(o, warnings).orElseGet(() -> fromMetadata(o, md, warnings));
        if (s.kind() == Kind.REFERENCE && s.ph().isEmpty()) {
            warnings.add(Diagnostic.warning("no pH given: potentials stay vs " + s.reference()
                    + " and the *_V_RHE values are not available (pass --ph, --ref rhe or --rhe-offset)"));
        } else if (s.kind() == Kind.RECORDED) {
            warnings.add(Diagnostic.warning("no reference electrode given: potentials stay vs " + s.reference()
                    + " and the *_V_RHE values are not available (pass --ref and --ph, or --rhe-offset)"));
        }
        return s;
    }

    private static Optional<PotentialScale> fromOptions(CorrectionOptions o, List<Diagnostic> warnings) {
        Optional<ReferenceElectrode> preset = o.reference().flatMap(ReferenceElectrode::byId);
        if (o.referencePotential().isPresent()) {
            double v = o.referencePotential().getAsDouble();
            if (preset.isPresent() && Math.abs(preset.get().potentialVsShe() - v) > 1e-9) {
                warnings.add(Diagnostic.warning("--ref-potential " + v + " V overrides the preset " + preset.get().id()
                        + " (" + preset.get().potentialVsShe() + " V vs SHE)"));
            }
            return Optional.of(reference(o.reference().orElse("custom"), v, o.ph(), "--ref-potential"));
        }
        if (o.reference().isPresent()) {
            ReferenceElectrode r = preset.orElseThrow(() -> NernstException.usage("unknown reference electrode '"
                    + o.reference().get() + "'; known: " + ReferenceElectrode.names() + " (or give --ref-potential V vs SHE)"));
            return Optional.of(of(r, o.ph()));
        }
        return Optional.empty();
    }

    private static PotentialScale fromMetadata(CorrectionOptions o, Metadata md, List<Diagnostic> warnings) {
        Optional<String> name = md.referenceElectrode();
        if (md.referencePotentialVsShe().isPresent()) {
            double v = md.referencePotentialVsShe().getAsDouble();
            warnings.add(Diagnostic.warning("reference " + name.orElse("electrode") + " at " + v
                    + " V vs SHE taken from the file (no --ref given)"));
            return reference(name.orElse("file reference"), v, o.ph(), "file header");
        }
        Optional<ReferenceElectrode> preset = name.flatMap(ReferenceElectrode::byId);
        if (preset.isPresent()) {
            warnings.add(Diagnostic.warning("reference " + preset.get().id() + " taken from the file (no --ref given)"));
            return of(preset.get(), o.ph());
        }
        return recorded(name);
    }

    public boolean rheKnown() {
        return rheOffset.isPresent();
    }

    /** E on the RHE scale when known, else E unchanged (vs the recorded reference). */
    public double convert(double e) {
        return rheKnown() ? e + rheOffset.getAsDouble() : e;
    }

    /** The inverse of {@link #convert}. */
    public double toRecorded(double e) {
        return rheKnown() ? e - rheOffset.getAsDouble() : e;
    }

    /** "V vs RHE" or "V vs <reference>". */
    public String axisLabel() {
        return rheKnown() ? "V vs RHE" : "V vs " + reference;
    }

    /** What shaped the scale, for the "settings" of a result. */
    public Map<String, Object> settings() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scale", rheKnown() ? "RHE" : "recorded reference");
        m.put("reference", reference);
        referenceVsShe.ifPresent(v -> m.put("reference_potential_V_SHE", v));
        ph.ifPresent(v -> m.put("ph", v));
        rheOffset.ifPresent(v -> m.put("rhe_offset_V", v));
        if (!source.isEmpty()) {
            m.put("reference_source", source);
        }
        return m;
    }
}
