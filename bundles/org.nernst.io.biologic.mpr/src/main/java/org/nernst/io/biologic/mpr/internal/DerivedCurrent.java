package org.nernst.io.biologic.mpr.internal;

import java.util.List;
import java.util.Optional;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * EC-Lab GCPL .mpr files may record no current at all (the .mpt export computes "&lt;I&gt;/mA"), only
 * the charge increment dq of each point. The mean current over a point's interval is dq/dt, which is
 * what cycling analyses need; it is added as a separate, clearly named channel, never in place of
 * a recorded one.
 */
final class DerivedCurrent {
    static final String NAME = "derived I (dq/dt)";

    private DerivedCurrent() {
    }

    static Optional<Channel> from(List<Channel> channels) {
        if (channels.stream().anyMatch(c -> c.role() == Role.CURRENT)) {
            return Optional.empty();
        }
        Optional<Channel> dq = channels.stream().filter(c -> c.name().equals("dq") && c.quantity() == Quantity.CAPACITY).findFirst();
        Optional<Channel> t = channels.stream().filter(c -> c.role() == Role.TIME).findFirst();
        if (dq.isEmpty() || t.isEmpty() || t.get().size() < 2) {
            return Optional.empty();
        }
        // read in place: copies of both columns would add two columns' worth of memory to every read
        Channel q = dq.get();
        Channel time = t.get();
        double[] amps = new double[q.size()];
        for (int i = 1; i < amps.length; i++) {
            double dt = time.get(i) - time.get(i - 1);
            amps[i] = dt > 0 ? q.get(i) * 3600.0 / dt : Double.NaN; // A·h per s -> A
        }
        amps[0] = amps[1];
        return Optional.of(Channel.adopt(NAME, Role.CURRENT, Quantity.CURRENT, "A", amps));
    }
}
