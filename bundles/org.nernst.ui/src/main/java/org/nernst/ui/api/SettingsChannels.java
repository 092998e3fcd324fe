package org.nernst.ui.api;

import java.util.Optional;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * Channels the analysis settings make possible, appended to a measurement for plotting: current
 * density, iR-corrected potential and potential on the RHE scale. They get role OTHER so analyses
 * keep reading the recorded channels.
 */
public final class SettingsChannels {
    public static final String CURRENT_DENSITY = "j";
    public static final String E_IR_CORRECTED = "E - I·Ru";
    public static final String E_RHE = "E vs RHE";

    private SettingsChannels() {
    }

    public static Measurement apply(Measurement m, AnalysisSettings s) {
        Optional<Channel> i = m.channel(Role.CURRENT);
        Optional<Channel> e = m.channel(Role.POTENTIAL);
        Measurement out = m;
        if (i.isPresent() && s.areaCm2().isPresent() && s.areaCm2().getAsDouble() > 0) {
            double a = s.areaCm2().getAsDouble();
            out = out.withChannel(Channel.of(CURRENT_DENSITY, Role.OTHER, Quantity.CURRENT_DENSITY, map(i.get(), v -> v / a)));
        }
        if (e.isEmpty()) {
            return out;
        }
        double[] corrected = e.get().toArray();
        if (i.isPresent() && s.ruOhm().isPresent()) {
            // Ohmic drop: the electrode sees E - I·Ru (Bard & Faulkner, Electrochemical Methods 2nd ed., section 1.3.4)
            double ru = s.ruOhm().getAsDouble();
            for (int k = 0; k < corrected.length; k++) {
                corrected[k] -= i.get().get(k) * ru;
            }
            out = out.withChannel(Channel.of(E_IR_CORRECTED, Role.OTHER, Quantity.POTENTIAL, corrected));
        }
        boolean rhe = s.referenceElectrode().map(r -> r.equalsIgnoreCase("RHE")).orElse(false);
        if (!rhe && s.referencePotentialVsShe().isPresent() && s.pH().isPresent()) {
            double ref = s.referencePotentialVsShe().getAsDouble();
            double ph = s.pH().getAsDouble();
            double[] v = corrected.clone();
            for (int k = 0; k < v.length; k++) {
                v[k] = ReferenceElectrodes.toRhe(v[k], ref, ph);
            }
            out = out.withChannel(Channel.of(E_RHE, Role.OTHER, Quantity.POTENTIAL, v));
        }
        return out;
    }

    private static double[] map(Channel c, java.util.function.DoubleUnaryOperator f) {
        double[] v = c.toArray();
        for (int k = 0; k < v.length; k++) {
            v[k] = f.applyAsDouble(v[k]);
        }
        return v;
    }
}
