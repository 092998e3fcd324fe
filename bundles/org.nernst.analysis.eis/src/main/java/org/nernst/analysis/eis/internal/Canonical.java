package org.nernst.analysis.eis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Blocks of the same shape in series (R0-p(R1,CPE1)-p(R2,CPE2)) can trade places without changing
 * the impedance, so a fit may return them in either order. The result is made unique by ordering
 * such blocks as users write them: fastest (highest apex frequency) first.
 */
public final class Canonical {
    private Canonical() {
    }

    public static double[] order(Node root, double[] p) {
        if (!(root instanceof Node.Series s)) {
            return p;
        }
        double[] out = p.clone();
        List<Node> items = s.items();
        boolean[] done = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            if (done[i] || items.get(i) instanceof Node.Element) {
                continue;
            }
            List<Node> same = new ArrayList<>();
            for (int j = i; j < items.size(); j++) {
                if (!done[j] && sameShape(items.get(i), items.get(j))) {
                    same.add(items.get(j));
                    done[j] = true;
                }
            }
            if (same.size() < 2) {
                continue;
            }
            List<Node> byApex = new ArrayList<>(same);
            byApex.sort(Comparator.comparingDouble((Node n) -> apexOmega(n, p)).reversed());
            for (int k = 0; k < same.size(); k++) {
                Node slot = same.get(k);
                Node from = byApex.get(k);
                System.arraycopy(p, from.first(), out, slot.first(), slot.end() - slot.first());
            }
        }
        return out;
    }

    static boolean sameShape(Node a, Node b) {
        return switch (a) {
            case Node.Element e -> b instanceof Node.Element f && e.type() == f.type();
            case Node.Series s -> b instanceof Node.Series t && sameAll(s.items(), t.items());
            case Node.Parallel s -> b instanceof Node.Parallel t && sameAll(s.branches(), t.branches());
        };
    }

    private static boolean sameAll(List<Node> a, List<Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameShape(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Angular frequency of the block's largest -Im Z, on a grid of 20 points per decade over 1e-6..1e9 rad/s. */
    private static double apexOmega(Node n, double[] p) {
        double best = Double.NEGATIVE_INFINITY;
        double at = 1;
        for (int k = 0; k <= 300; k++) {
            double w = Math.pow(10, -6 + k / 20.0);
            double y = -Impedance.of(n, w, p).im();
            if (y > best) {
                best = y;
                at = w;
            }
        }
        return at;
    }
}
