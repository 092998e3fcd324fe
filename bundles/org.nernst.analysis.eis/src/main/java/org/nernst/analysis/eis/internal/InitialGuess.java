package org.nernst.analysis.eis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nernst.analysis.eis.ElementType;

/**
 * Starting values read off the spectrum, so the user needs no guess. The spectrum is first
 * decomposed into a discrete distribution of relaxation times by non-negative least squares:
 * Z = R_inf + sum_k R_k/(1 + j omega tau_k) + 1/(j omega C) + j omega L (tau_k 4 per decade over the
 * measured range): R_inf is the high-frequency intercept, C the low-frequency capacitive tail, L the
 * inductive tail. The R_k are then grouped in log tau into as many processes as the circuit has
 * arcs (parallel blocks, Gerischer) and diffusion elements, by optimal 1-D clustering; each group
 * gives a resistance (its sum) and a time constant (its weighted log-mean), i.e. an arc's diameter
 * and apex frequency. Diffusion elements take the slowest groups, arcs the others in order of
 * appearance (fastest first); {@code variant} rotates the arcs' assignment for restarts.
 *
 * <p>Element values from a group (R, tau): R||C: C = tau/R; R||CPE: Q = tau^alpha/R with alpha from
 * the arc's height at omega = 1/tau, -Im Z = (R/2) tan(alpha pi/4) (ZARC relations, Orazem &amp;
 * Tribollet, Electrochemical Impedance Spectroscopy, Wiley 2008, ch. 13). Finite diffusion expands
 * into RC terms: coth(s)/s = 1/s² + sum 2/(s² + n²pi²), so Wo is a capacitor tau/Z0 plus RC terms
 * of total R Z0/3 with slowest time constant tau/pi²; tanh(s)/s = sum 2/(s² + (n-1/2)²pi²), so Ws
 * is RC terms of total R Z0 with slowest time constant 4 tau/pi² (Jacobsen &amp; West, Electrochim.
 * Acta 40 (1995) 255).
 */
public final class InitialGuess {
    private static final int PER_DECADE = 4;
    private final double[] f;
    private final double[] re;
    private final double[] im;
    private final double[] taus;
    private final double rInf;
    private final double cLow;
    private final double lHigh;
    private final double[] rk;
    private final double scale;
    private final double[] drt;
    private List<Group> groups;
    private int nextArc;
    private int nextDiffusion;
    private double[] p;
    private double seriesOhm; // the series resistance the guess uses: R_inf, or more (guessFastestAsSeries)

    /** One relaxation process: resistance and time constant. */
    record Group(double r, double tau) {
    }

    /** Data sorted by ascending frequency. */
    public InitialGuess(double[] fAsc, double[] reAsc, double[] imAsc) {
        this.f = fAsc;
        this.re = reAsc;
        this.im = imAsc;
        int n = f.length;
        double wMin = 2 * Math.PI * f[0];
        double wMax = 2 * Math.PI * f[n - 1];
        // a decade beyond the data each side: broad arcs reach past the highest frequency
        int m = (int) Math.ceil((Math.log10(wMax / wMin) + 2) * PER_DECADE) + 1;
        taus = new double[m];
        for (int k = 0; k < m; k++) {
            taus[k] = Math.pow(10, -Math.log10(wMax) - 1 + (double) k / PER_DECADE);
        }
        // columns: R_inf, R_1..R_m, 1/C, L; rows weighted by 1/|Z| so every decade of |Z| counts
        double[][] a = new double[2 * n][m + 3];
        double[] b = new double[2 * n];
        double minMod = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double w = 2 * Math.PI * f[i];
            double mod = Math.hypot(re[i], im[i]);
            minMod = Math.min(minMod, mod);
            double s = 1 / mod;
            a[i][0] = s;
            for (int k = 0; k < m; k++) {
                double x = w * taus[k];
                a[i][1 + k] = s / (1 + x * x);
                a[n + i][1 + k] = -s * x / (1 + x * x);
            }
            a[n + i][m + 1] = -s / w;
            a[n + i][m + 2] = s * w;
            b[i] = s * re[i];
            b[n + i] = s * im[i];
        }
        double[] x = solve(a, b, m + 3);
        this.drt = x;
        this.scale = minMod;
        this.rInf = x[0];
        this.rk = Arrays.copyOfRange(x, 1, m + 1);
        this.cLow = x[m + 1] > 0 ? 1 / x[m + 1] : Double.NaN;
        this.lHigh = x[m + 2];
    }

    private static double[] solve(double[][] a, double[] b, int cols) {
        try {
            return Nnls.solve(a, b);
        } catch (RuntimeException singular) {
            return new double[cols];
        }
    }

    /**
     * The relaxation-time model at the (sorted) data frequencies, {re[], im[]}: a flexible
     * Kramers-Kronig-consistent fit whose chi² is the yardstick for "as good as the data allow".
     */
    public double[][] referenceModel() {
        int n = f.length;
        int m = taus.length;
        double[][] z = new double[2][n];
        for (int i = 0; i < n; i++) {
            double w = 2 * Math.PI * f[i];
            double zr = drt[0];
            double zi = -drt[m + 1] / w + drt[m + 2] * w;
            for (int k = 0; k < m; k++) {
                double x = w * taus[k];
                zr += drt[1 + k] / (1 + x * x);
                zi -= drt[1 + k] * x / (1 + x * x);
            }
            z[0][i] = zr;
            z[1][i] = zi;
        }
        return z;
    }

    /** A full parameter vector for the circuit. */
    public double[] guess(Node root, int parameterCount, int variant) {
        int arcs = arcConsumers(root);
        int diffusion = diffusionElements(root);
        seriesOhm = rInf;
        return build(root, parameterCount, variant, cluster(arcs + diffusion), diffusion);
    }

    /**
     * The guess read differently: the fastest relaxation group taken as part of the series
     * resistance, not as an arc. Relaxation times are placed a decade beyond the highest measured
     * frequency (for arcs still open there), and the non-negative fit may put the high-frequency
     * intercept into those fastest terms instead of R_inf; then the guess sees a pseudo-arc and
     * merges two real ones. Empty when the fastest group is not faster than the data.
     */
    public java.util.Optional<double[]> guessFastestAsSeries(Node root, int parameterCount) {
        int arcs = arcConsumers(root);
        int diffusion = diffusionElements(root);
        List<Group> g = cluster(arcs + diffusion + 1);
        if (arcs == 0 || g.size() < arcs + diffusion + 1 || g.get(0).tau() * 2 * Math.PI * f[f.length - 1] > 1) {
            return java.util.Optional.empty();
        }
        seriesOhm = rInf + g.get(0).r();
        return java.util.Optional.of(build(root, parameterCount, 0, new ArrayList<>(g.subList(1, g.size())), diffusion));
    }

    private double[] build(Node root, int parameterCount, int variant, List<Group> clustered, int diffusion) {
        groups = clustered;
        diffusionCount = diffusion;
        p = new double[parameterCount];
        nextArc = variant;
        nextDiffusion = 0;
        List<Node> top = root instanceof Node.Series s ? s.items() : List.of(root);
        long seriesR = top.stream().filter(x -> x instanceof Node.Element e && e.type() == ElementType.R).count();
        for (Node item : top) {
            if (item instanceof Node.Element e) {
                topElement(e, seriesR);
            } else {
                assign(item, nextArc());
            }
        }
        for (int i = 0; i < p.length; i++) {
            if (!(p[i] > 0) || !Double.isFinite(p[i])) {
                p[i] = 1e-3 * scale; // nothing seen for it: small but not zero, the fit works in log space
            }
        }
        return p;
    }

    /** Optimal partition of the non-zero R_k (sorted by tau) into g groups minimising the R-weighted variance of ln tau. */
    private List<Group> cluster(int g) {
        List<double[]> spikes = new ArrayList<>();
        double edge = 1 / (2 * Math.PI * f[0]);
        for (int k = 0; k < rk.length; k++) {
            // slower than the slowest point: the capacitive tail, not a process the data resolve
            if (rk[k] > 1e-9 * scale && taus[k] <= edge * 1.01) {
                spikes.add(new double[] {Math.log(taus[k]), rk[k]});
            }
        }
        List<Group> out = new ArrayList<>();
        int s = spikes.size();
        if (g == 0) {
            return out;
        }
        if (s <= g) {
            for (double[] sp : spikes) {
                out.add(new Group(sp[1], Math.exp(sp[0])));
            }
        } else {
            double[][] cost = new double[g + 1][s + 1];
            int[][] cut = new int[g + 1][s + 1];
            for (double[] row : cost) {
                Arrays.fill(row, Double.POSITIVE_INFINITY);
            }
            cost[0][0] = 0;
            for (int k = 1; k <= g; k++) {
                for (int j = k; j <= s; j++) {
                    for (int i = k - 1; i < j; i++) {
                        double c = cost[k - 1][i] + spread(spikes, i, j);
                        if (c < cost[k][j]) {
                            cost[k][j] = c;
                            cut[k][j] = i;
                        }
                    }
                }
            }
            int j = s;
            for (int k = g; k >= 1; k--) {
                int i = cut[k][j];
                out.add(0, group(spikes, i, j));
                j = i;
            }
        }
        // fewer processes seen than the circuit has: add weak ones a decade beyond the slowest
        double slowest = out.isEmpty() ? 1 / (2 * Math.PI * f[f.length / 2]) : out.get(out.size() - 1).tau();
        while (out.size() < g) {
            slowest *= 10;
            out.add(new Group(0.1 * Math.max(scale - rInf, 1e-3 * scale), slowest));
        }
        return out;
    }

    private static double spread(List<double[]> sp, int from, int to) {
        double w = 0;
        double m = 0;
        for (int i = from; i < to; i++) {
            w += sp.get(i)[1];
            m += sp.get(i)[1] * sp.get(i)[0];
        }
        m /= w;
        double v = 0;
        for (int i = from; i < to; i++) {
            double d = sp.get(i)[0] - m;
            v += sp.get(i)[1] * d * d;
        }
        return v;
    }

    private static Group group(List<double[]> sp, int from, int to) {
        double w = 0;
        double m = 0;
        for (int i = from; i < to; i++) {
            w += sp.get(i)[1];
            m += sp.get(i)[1] * sp.get(i)[0];
        }
        return new Group(w, Math.exp(m / w));
    }

    /** Arcs take the faster groups; the rotation by variant tries other assignments. */
    private Group nextArc() {
        int arcs = groups.size() - diffusionCount;
        Group g = groups.get(Math.floorMod(nextArc, Math.max(arcs, 1)));
        nextArc++;
        return g;
    }

    private int diffusionCount;

    private Group nextDiffusion() {
        int i = groups.size() - 1 - nextDiffusion;
        nextDiffusion++;
        return groups.get(Math.max(0, i));
    }

    private void topElement(Node.Element e, long seriesR) {
        int o = e.offset();
        switch (e.type()) {
            case R -> p[o] = Math.max(seriesOhm, 1e-3 * scale) / seriesR;
            case L -> p[o] = lHigh > 0 ? lHigh : 1e-6 * scale / (2 * Math.PI * f[f.length - 1]);
            case C -> p[o] = Double.isFinite(cLow) ? cLow : 10 / (2 * Math.PI * f[0] * scale);
            case CPE -> {
                double c = Double.isFinite(cLow) ? cLow : 10 / (2 * Math.PI * f[0] * scale);
                p[o] = c;
                p[o + 1] = 0.9;
            }
            case W, WO, WS -> diffusion(e);
            case G -> arcElement(e, nextArc());
        }
    }

    /**
     * Diffusion from the low-frequency end, where it dominates: Wo tends to Z0/3 - j/(omega C) with
     * C = tau/Z0, Ws to Z0, W has -Im Z = A_W/sqrt(omega); the real part left after R_inf and the
     * arcs is the diffusion resistance (expansions in the class comment).
     */
    private void diffusion(Node.Element e) {
        int o = e.offset();
        Group g = nextDiffusion();
        double w0 = 2 * Math.PI * f[0];
        double arcsR = 0;
        for (int i = 0; i < groups.size() - diffusionCount; i++) {
            arcsR += groups.get(i).r();
        }
        double left = re[0] - seriesOhm - arcsR;
        double rd = left > 0.05 * g.r() ? left : g.r();
        switch (e.type()) {
            case W -> p[o] = Math.max(-im[0], rd) * Math.sqrt(w0);
            case WO -> {
                p[o] = 3 * rd;
                double c = im[0] < 0 ? -1 / (w0 * im[0]) : Double.NaN;
                p[o + 1] = Double.isFinite(c) ? c * p[o] : Math.PI * Math.PI * g.tau();
            }
            case WS -> {
                p[o] = rd;
                p[o + 1] = Math.PI * Math.PI / 4 * g.tau();
            }
            default -> throw new IllegalStateException(e.type().toString());
        }
    }

    /** An arc's values to a parallel block (and to what nests inside it). */
    private void assign(Node n, Group g) {
        switch (n) {
            case Node.Element e -> arcElement(e, g);
            case Node.Series s -> {
                boolean rDone = false;
                for (Node c : s.items()) {
                    if (c instanceof Node.Element e && e.type() == ElementType.R) {
                        p[e.offset()] = rDone ? g.r() / 10 : g.r();
                        rDone = true;
                    } else {
                        assign(c, c instanceof Node.Parallel ? nextArc() : g);
                    }
                }
            }
            case Node.Parallel par -> {
                for (Node b : par.branches()) {
                    assign(b, b instanceof Node.Parallel ? nextArc() : g);
                }
            }
        }
    }

    private void arcElement(Node.Element e, Group g) {
        int o = e.offset();
        switch (e.type()) {
            case R -> p[o] = g.r();
            case C -> p[o] = g.tau() / g.r();
            case CPE -> {
                double a = alphaAt(g);
                p[o] = Math.pow(g.tau(), a) / g.r();
                p[o + 1] = a;
            }
            case L -> p[o] = g.r() * g.tau();
            case W, WO, WS -> diffusion(e);
            case G -> {
                p[o] = g.r();
                p[o + 1] = g.tau();
            }
        }
    }

    /** alpha from the arc's height at its apex frequency: -Im Z = (R/2) tan(alpha pi/4). */
    private double alphaAt(Group g) {
        double lw = Math.log(1 / (2 * Math.PI * g.tau()));
        int i = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < f.length; k++) {
            double d = Math.abs(Math.log(f[k]) - lw);
            if (d < best) {
                best = d;
                i = k;
            }
        }
        double a = 4 / Math.PI * Math.atan(Math.max(-im[i], 0) / (g.r() / 2));
        return Math.max(0.5, Math.min(0.98, a));
    }

    /** Number of arc-like blocks (parallel groups and Gerischer elements) the circuit has. */
    public static int arcConsumers(Node n) {
        return switch (n) {
            case Node.Element e -> e.type() == ElementType.G ? 1 : 0;
            case Node.Series s -> s.items().stream().mapToInt(InitialGuess::arcConsumers).sum();
            case Node.Parallel p -> 1 + p.branches().stream().mapToInt(InitialGuess::arcConsumers).sum();
        };
    }

    static int diffusionElements(Node n) {
        return switch (n) {
            case Node.Element e -> e.type() == ElementType.W || e.type() == ElementType.WO || e.type() == ElementType.WS ? 1 : 0;
            case Node.Series s -> s.items().stream().mapToInt(InitialGuess::diffusionElements).sum();
            case Node.Parallel p -> p.branches().stream().mapToInt(InitialGuess::diffusionElements).sum();
        };
    }
}
