package org.nernst.analysis.eis.internal;

/**
 * A complex number as a small value record: the circuit evaluator needs only these few operations,
 * and a record the JIT can scalar-replace keeps the fit allocation-light.
 */
public record Cx(double re, double im) {
    public static final Cx ZERO = new Cx(0, 0);
    public static final Cx ONE = new Cx(1, 0);

    public static Cx real(double x) {
        return new Cx(x, 0);
    }

    public Cx plus(Cx o) {
        return new Cx(re + o.re, im + o.im);
    }

    public Cx minus(Cx o) {
        return new Cx(re - o.re, im - o.im);
    }

    public Cx times(Cx o) {
        return new Cx(re * o.re - im * o.im, re * o.im + im * o.re);
    }

    public Cx times(double k) {
        return new Cx(re * k, im * k);
    }

    public Cx div(Cx o) {
        // Smith's algorithm: avoids overflow of |o|² for very large or small impedances
        if (Math.abs(o.re) >= Math.abs(o.im)) {
            double r = o.im / o.re;
            double d = o.re + o.im * r;
            return new Cx((re + im * r) / d, (im - re * r) / d);
        }
        double r = o.re / o.im;
        double d = o.re * r + o.im;
        return new Cx((re * r + im) / d, (im * r - re) / d);
    }

    public Cx inv() {
        return ONE.div(this);
    }

    public Cx square() {
        return times(this);
    }

    public double abs() {
        return Math.hypot(re, im);
    }

    /** Principal square root. */
    public Cx sqrt() {
        double m = abs();
        if (m == 0) {
            return ZERO;
        }
        double a = Math.sqrt((m + Math.abs(re)) / 2);
        if (re >= 0) {
            return new Cx(a, im / (2 * a));
        }
        return new Cx(Math.abs(im) / (2 * a), Math.copySign(a, im));
    }

    /** tanh(x+jy) = (sinh 2x + j sin 2y)/(cosh 2x + cos 2y), saturated where e^{-2|x|} underflows double precision. */
    public Cx tanh() {
        if (Math.abs(re) > 20) {
            return new Cx(Math.signum(re), 0);
        }
        double d = Math.cosh(2 * re) + Math.cos(2 * im);
        return new Cx(Math.sinh(2 * re) / d, Math.sin(2 * im) / d);
    }

    /** sqrt(j x) for real x >= 0, i.e. sqrt(x/2) (1 + j). */
    public static Cx sqrtJ(double x) {
        double r = Math.sqrt(x / 2);
        return new Cx(r, r);
    }

    /** (j omega)^alpha = omega^alpha (cos(alpha pi/2) + j sin(alpha pi/2)). */
    public static Cx jPow(double omega, double alpha) {
        double m = Math.pow(omega, alpha);
        return new Cx(m * Math.cos(alpha * Math.PI / 2), m * Math.sin(alpha * Math.PI / 2));
    }
}
