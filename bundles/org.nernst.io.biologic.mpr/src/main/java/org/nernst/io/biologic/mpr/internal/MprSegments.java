package org.nernst.io.biologic.mpr.internal;

import java.util.ArrayList;
import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Segment;
import org.nernst.io.api.ReadContext;
import org.nernst.io.biologic.mpr.internal.MprData.Decoded;

/**
 * Row ranges EC-Lab records implicitly: sequences ("Ns", one STEP segment per run of equal Ns), half
 * cycles ("half cycle"), cycles ("cycle number") and technique loops (the "VMP loop" module).
 */
final class MprSegments {
    private MprSegments() {
    }

    static List<Segment> of(List<Channel> channels, Decoded d, int[] loops, ReadContext ctx) {
        List<Segment> out = new ArrayList<>();
        int rows = d.rows();
        for (Channel c : channels) {
            switch (c.name()) {
                case "Ns" -> runs(c, Segment.Kind.STEP, "Ns ", out);
                case "half cycle" -> runs(c, Segment.Kind.HALF_CYCLE, "half cycle ", out);
                case "cycle number" -> runs(c, Segment.Kind.CYCLE, "cycle ", out);
                default -> {
                }
            }
        }
        if (loops.length > 1) {
            boolean ok = loops[0] == 0;
            for (int i = 1; i < loops.length; i++) {
                ok &= loops[i] >= loops[i - 1] && loops[i] <= rows;
            }
            if (ok) {
                for (int i = 0; i < loops.length; i++) {
                    int end = i + 1 < loops.length ? loops[i + 1] : rows;
                    out.add(new Segment(Segment.Kind.TECHNIQUE, i, loops[i], end, "loop " + i));
                }
            } else {
                ctx.warn("the loop module lists row indexes that do not fit the " + rows + " rows; loops ignored");
            }
        }
        return out;
    }

    private static void runs(Channel c, Segment.Kind kind, String label, List<Segment> out) {
        int n = c.size();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || c.get(i) != c.get(start)) {
                if (i > start) {
                    int idx = (int) c.get(start);
                    out.add(new Segment(kind, idx, start, i, label + idx));
                }
                start = i;
            }
        }
    }
}
