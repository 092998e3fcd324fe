package org.nernst.analysis.cv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.nernst.analysis.lsv.LsvAnalyzer;
import org.nernst.analysis.lsv.LsvOptions;
import org.nernst.analysis.lsv.LsvResult;
import org.nernst.analysis.lsv.Reaction;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * Accelerated durability test: the same LSV analysis ({@link LsvAnalyzer}) on the curve before and after the
 * ADT, and the shifts after - before (cli.md). ΔE1/2 does not depend on the area (E1/2 is where j = jL/2 whatever
 * the unit of j), so without an area the currents are taken per 1 cm² and only potentials are compared; Δη10 needs
 * current densities and so the area.
 */
public final class AdtAnalyzer {
    private AdtAnalyzer() {
    }

    public static AdtResult analyze(Measurement before, Measurement after, LsvOptions o, OptionalInt cycles) {
        Set<String> warnings = new LinkedHashSet<>();
        LsvOptions use = o;
        boolean noArea = o.corrections().areaCm2().isEmpty() && (before.metadata().electrodeAreaCm2().isEmpty()
                || after.metadata().electrodeAreaCm2().isEmpty());
        if (noArea) {
            if (o.reaction() != Reaction.ORR) {
                throw NernstException.analysis("Δη10 compares potentials at 10 mA cm^-2 and needs the electrode area: pass --area CM2");
            }
            use = new LsvOptions(o.reaction(), o.corrections().toBuilder().areaCm2(1.0).build(), o.onsetThresholdMaCm2(),
                    o.onsetMethod(), o.plateauWidthV(), o.plateauWindow(), o.tafelRange(), o.minTafelDecades(),
                    o.kineticFraction(), o.activityPotentialV(), o.loadingMgCm2(), o.ecsaCm2(), o.currentDensitiesMaCm2());
            warnings.add("no electrode area: currents taken per 1 cm² (ΔE1/2 does not depend on it; current densities not compared)");
        }
        LsvResult b = LsvAnalyzer.analyze(before, use);
        LsvResult a = LsvAnalyzer.analyze(after, use);
        b.warnings().forEach(w -> warnings.add("before: " + w));
        a.warnings().forEach(w -> warnings.add("after: " + w));
        if (b.rheKnown() != a.rheKnown()) {
            throw NernstException.analysis("the two curves are on different potential scales");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        if (o.reaction() == Reaction.ORR) {
            if (b.halfWaveV().isEmpty() || a.halfWaveV().isEmpty()) {
                throw NernstException.analysis("E1/2 undefined in the " + (b.halfWaveV().isEmpty() ? "before" : "after") + " curve");
            }
            d.put("delta_e_half_mV", 1e3 * (a.halfWaveV().getAsDouble() - b.halfWaveV().getAsDouble()));
            if (!noArea && a.limitingMaCm2().isPresent() && b.limitingMaCm2().isPresent()) {
                d.put("delta_j_limit_mA_cm2", a.limitingMaCm2().getAsDouble() - b.limitingMaCm2().getAsDouble());
            }
        } else {
            if (b.eAt10V().isEmpty() || a.eAt10V().isEmpty()) {
                throw NernstException.analysis("the " + (b.eAt10V().isEmpty() ? "before" : "after") + " curve never reaches 10 mA cm^-2");
            }
            // η10 = |E10 - Eeq|: with the same Eeq on both curves Δη10 = s (E10,after - E10,before), s the current sign
            double dE = a.eAt10V().getAsDouble() - b.eAt10V().getAsDouble();
            d.put("delta_eta10_mV", 1e3 * o.reaction().currentSign() * dE);
            if (!b.rheKnown()) {
                warnings.add("Δη10 from E at 10 mA cm^-2 on the recorded scale (Eeq cancels in the difference)");
            }
        }
        if (a.onsetV().isPresent() && b.onsetV().isPresent()) {
            d.put("delta_e_onset_mV", 1e3 * (a.onsetV().getAsDouble() - b.onsetV().getAsDouble()));
        }
        if (a.tafelSlopeMvDec().isPresent() && b.tafelSlopeMvDec().isPresent()) {
            d.put("delta_tafel_slope_mV_dec", a.tafelSlopeMvDec().getAsDouble() - b.tafelSlopeMvDec().getAsDouble());
        }
        Map<String, Object> settings = new LinkedHashMap<>(b.settings());
        settings.put("reaction", o.reaction().id());
        cycles.ifPresent(c -> settings.put("adt_cycles", c));
        return new AdtResult(o.reaction(), d, strip(b.toJson()), strip(a.toJson()), settings, new ArrayList<>(warnings),
                cycles, noArea);
    }

    private static Map<String, Object> strip(Map<String, Object> j) {
        Map<String, Object> m = new LinkedHashMap<>(j);
        m.remove("settings");
        m.remove("warnings");
        return m;
    }
}
