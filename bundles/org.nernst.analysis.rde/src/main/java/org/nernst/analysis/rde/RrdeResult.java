package org.nernst.analysis.rde;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.core.Diagnostic;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;

/**
 * Ring-disk result.
 *
 * @param rhe          potentials vs RHE (E_V_RHE) or vs the recorded reference (E_V)
 * @param points       n and H2O2 % on the reporting grid inside the averaging range
 * @param nMean        n averaged over every corrected point of the averaging range
 * @param nStd         its sample standard deviation
 * @param h2o2PctMean  H2O2 % averaged the same way
 * @param h2o2PctStd   its sample standard deviation
 * @param averageRange [lo, hi] in V
 * @param areaKnown    whether densities could be formed
 * @param areaCm2      area used (1 when unknown)
 * @param data         the corrected curves on the disk's potential grid
 */
public record RrdeResult(boolean rhe, List<RrdePoint> points, double nMean, double nStd, double h2o2PctMean,
        double h2o2PctStd, double[] averageRange, boolean areaKnown, double areaCm2, Curves data,
        Map<String, Object> settings, List<Diagnostic> warnings) {

    /** Disk potential (V), disk and ring currents (mA), n and H2O2 % at every corrected point. */
    public record Curves(double[] potentialV, double[] diskMa, double[] ringMa, double[] n, double[] h2o2Pct) {
    }

    public RrdeResult {
        points = List.copyOf(points);
        averageRange = averageRange.clone();
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] averageRange() {
        return averageRange.clone();
    }

    /** cli.md: points[{E_V_RHE, n, h2o2_pct}], n_mean, h2o2_pct_mean, plus currents, spreads, settings, warnings. */
    public Map<String, Object> toJson() {
        String ek = rhe ? "E_V_RHE" : "E_V";
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> pts = new ArrayList<>();
        for (RrdePoint p : points) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(ek, p.potentialV());
            m.put("n", p.n());
            m.put("h2o2_pct", p.h2o2Pct());
            m.put("i_disk_mA", p.diskCurrentMa());
            m.put("i_ring_mA", p.ringCurrentMa());
            p.diskDensityMaCm2().ifPresent(v -> m.put("j_disk_mA_cm2", v));
            pts.add(m);
        }
        out.put("points", pts);
        out.put("n_mean", nMean);
        out.put("h2o2_pct_mean", h2o2PctMean);
        out.put("n_std", nStd);
        out.put("h2o2_pct_std", h2o2PctStd);
        out.put("average_range_" + (rhe ? "V_RHE" : "V"), List.of(averageRange[0], averageRange[1]));
        out.put("collection_efficiency", settings.get("collection_efficiency"));
        out.put("settings", new LinkedHashMap<>(settings));
        out.put("warnings", warnings.stream().map(Diagnostic::message).toList());
        return out;
    }

    /** E, disk current (density when the area is known), ring current, n(E) and H2O2 %(E) on the corrected grid. */
    public Measurement curves() {
        List<Channel> ch = new ArrayList<>();
        ch.add(Channel.of(rhe ? "E vs RHE" : "E vs ref", Role.POTENTIAL, Quantity.POTENTIAL, data.potentialV()));
        double[] disk = data.diskMa().clone();
        double[] ring = data.ringMa().clone();
        if (areaKnown) {
            for (int k = 0; k < disk.length; k++) {
                disk[k] = disk[k] * 1e-3 / areaCm2;
            }
            ch.add(Channel.of("j disk", Role.CURRENT_DENSITY, Quantity.CURRENT_DENSITY, disk));
        } else {
            for (int k = 0; k < disk.length; k++) {
                disk[k] *= 1e-3;
            }
            ch.add(Channel.of("I disk", Role.CURRENT, Quantity.CURRENT, disk));
        }
        for (int k = 0; k < ring.length; k++) {
            ring[k] *= 1e-3;
        }
        ch.add(Channel.of("I ring", Role.RING_CURRENT, Quantity.CURRENT, ring));
        ch.add(Channel.of("n", Role.OTHER, Quantity.DIMENSIONLESS, data.n()));
        ch.add(Channel.of("H2O2", Role.OTHER, Quantity.PERCENT, data.h2o2Pct()));
        return new Measurement(Metadata.builder().technique(Technique.LSV).vendorTechnique("RRDE analysis").build(), ch);
    }
}
