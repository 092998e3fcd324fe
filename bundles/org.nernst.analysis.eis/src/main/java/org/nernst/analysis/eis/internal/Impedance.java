package org.nernst.analysis.eis.internal;

import org.nernst.analysis.eis.ElementType;

/**
 * Impedance of a circuit tree and its analytic derivatives with respect to every parameter.
 * Series impedances add; parallel admittances add (Kirchhoff). The derivative of the whole circuit
 * by an element's parameter is the element's own derivative times dZ_total/dZ_element, which is
 * the product over enclosing parallels of (Z_parallel / Z_branch)², since d(1/Y)/dZ_i = Z²/Z_i².
 * Element formulas and sources: {@link ElementType}.
 */
public final class Impedance {
    private Impedance() {
    }

    public static Cx of(Node n, double w, double[] p) {
        return switch (n) {
            case Node.Element e -> element(e, w, p);
            case Node.Series s -> {
                Cx z = Cx.ZERO;
                for (Node c : s.items()) {
                    z = z.plus(of(c, w, p));
                }
                yield z;
            }
            case Node.Parallel par -> {
                Cx y = Cx.ZERO;
                for (Node c : par.branches()) {
                    y = y.plus(of(c, w, p).inv());
                }
                yield y.inv();
            }
        };
    }

    /**
     * Impedance of the subtree n, with d[k] set to dZ_n/dp_k for every parameter k of the subtree,
     * computed bottom-up: series derivatives add; a parallel scales each branch's derivatives by
     * (Z_parallel/Z_branch)² since d(1/sum 1/Z_i)/dZ_i = Z²/Z_i².
     */
    public static Cx withGradient(Node n, double w, double[] p, Cx[] d) {
        switch (n) {
            case Node.Element e -> {
                for (int k = e.first(); k < e.end(); k++) {
                    d[k] = Cx.ZERO;
                }
                elementGradient(e, w, p, Cx.ONE, d);
                return element(e, w, p);
            }
            case Node.Series s -> {
                Cx z = Cx.ZERO;
                for (Node c : s.items()) {
                    z = z.plus(withGradient(c, w, p, d));
                }
                return z;
            }
            case Node.Parallel par -> {
                int k = par.branches().size();
                Cx[] zs = new Cx[k];
                Cx y = Cx.ZERO;
                for (int i = 0; i < k; i++) {
                    zs[i] = withGradient(par.branches().get(i), w, p, d);
                    y = y.plus(zs[i].inv());
                }
                Cx z = y.inv();
                for (int i = 0; i < k; i++) {
                    Node b = par.branches().get(i);
                    Cx factor = z.div(zs[i]).square();
                    for (int j = b.first(); j < b.end(); j++) {
                        d[j] = d[j].times(factor);
                    }
                }
                return z;
            }
        }
    }

    /** Adds factor * dZ_n/dp_k to d[k] for every parameter k of the subtree n (top-down form, kept for tests). */
    public static void gradient(Node n, double w, double[] p, Cx factor, Cx[] d) {
        Cx[] local = new Cx[d.length];
        java.util.Arrays.fill(local, Cx.ZERO);
        withGradient(n, w, p, local);
        for (int k = n.first(); k < n.end(); k++) {
            d[k] = d[k].plus(factor.times(local[k]));
        }
    }

    static Cx element(Node.Element e, double w, double[] p) {
        int o = e.offset();
        return switch (e.type()) {
            case R -> Cx.real(p[o]);
            case C -> new Cx(0, -1 / (w * p[o]));
            case L -> new Cx(0, w * p[o]);
            case CPE -> Cx.jPow(w, p[o + 1]).times(p[o]).inv();
            case W -> new Cx(p[o] / Math.sqrt(w), -p[o] / Math.sqrt(w));
            case WO -> openShape(Cx.sqrtJ(w * p[o + 1])).times(p[o]);
            case WS -> shortShape(Cx.sqrtJ(w * p[o + 1])).times(p[o]);
            case G -> new Cx(1, w * p[o + 1]).sqrt().inv().times(p[o]);
        };
    }

    /** coth(s)/s. */
    private static Cx openShape(Cx s) {
        return s.times(s.tanh()).inv();
    }

    /** tanh(s)/s, by its series where s is so small that tanh(s)/s would lose digits. */
    private static Cx shortShape(Cx s) {
        if (s.abs() < 1e-4) {
            return Cx.ONE.minus(s.square().times(1.0 / 3));
        }
        return s.tanh().div(s);
    }

    private static void elementGradient(Node.Element e, double w, double[] p, Cx f, Cx[] d) {
        int o = e.offset();
        switch (e.type()) {
            case R -> d[o] = d[o].plus(f);
            case C -> d[o] = d[o].plus(f.times(new Cx(0, 1 / (w * p[o] * p[o]))));
            case L -> d[o] = d[o].plus(f.times(new Cx(0, w)));
            case CPE -> {
                Cx z = element(e, w, p);
                d[o] = d[o].plus(f.times(z.times(-1 / p[o])));
                // d/dalpha of (j omega)^-alpha = -ln(j omega) (j omega)^-alpha, ln(j omega) = ln omega + j pi/2
                d[o + 1] = d[o + 1].plus(f.times(z.times(new Cx(-Math.log(w), -Math.PI / 2))));
            }
            case W -> d[o] = d[o].plus(f.times(new Cx(1 / Math.sqrt(w), -1 / Math.sqrt(w))));
            case WO -> {
                double tau = p[o + 1];
                Cx s = Cx.sqrtJ(w * tau);
                Cx ct = s.tanh().inv();
                d[o] = d[o].plus(f.times(openShape(s)));
                // d/dtau [coth(s)/s] = (-s csch²s - coth s)/s² * ds/dtau, ds/dtau = s/(2 tau), csch² = coth² - 1
                Cx num = s.times(ct.square().minus(Cx.ONE)).plus(ct).times(-1);
                d[o + 1] = d[o + 1].plus(f.times(num.div(s).times(p[o] / (2 * tau))));
            }
            case WS -> {
                double tau = p[o + 1];
                Cx s = Cx.sqrtJ(w * tau);
                d[o] = d[o].plus(f.times(shortShape(s)));
                Cx dShape;
                if (s.abs() < 1e-4) {
                    dShape = new Cx(0, -w / 3); // d/dtau of 1 - j omega tau / 3
                } else {
                    // d/dtau [tanh(s)/s] = (s sech²s - tanh s)/s² * s/(2 tau), sech² = 1 - tanh²
                    Cx t = s.tanh();
                    dShape = s.times(Cx.ONE.minus(t.square())).minus(t).div(s).times(1 / (2 * tau));
                }
                d[o + 1] = d[o + 1].plus(f.times(dShape.times(p[o])));
            }
            case G -> {
                Cx a = new Cx(1, w * p[o + 1]);
                Cx shape = a.sqrt().inv();
                d[o] = d[o].plus(f.times(shape));
                // d/dt_G of R a^-1/2 = -R/2 a^-3/2 j omega
                d[o + 1] = d[o + 1].plus(f.times(shape.div(a).times(new Cx(0, -w * p[o] / 2))));
            }
        }
    }
}
