package org.nernst.analysis.rde;

/**
 * Rotating-disk mass transport (Bard and Faulkner, Electrochemical Methods, 2nd ed., Wiley 2001,
 * Section 9.3): the Levich equation j_L = 0.62 n F D0^(2/3) omega^(1/2) nu^(-1/6) C0 (Eq. 9.3.22),
 * omega in rad s^-1, and the Koutecky-Levich equation 1/j = 1/j_k + 1/(B omega^(1/2)) with
 * B = 0.62 n F C0 D0^(2/3) nu^(-1/6).
 */
public final class Levich {
    /** Faraday constant, C mol^-1 (CODATA 2018, exact since the 2019 SI redefinition). */
    public static final double FARADAY = 96485.33212;
    /** The numerical constant of the Levich equation (Bard and Faulkner, Section 9.3). */
    public static final double LEVICH_CONSTANT = 0.62;

    private Levich() {
    }

    /** Angular rotation rate omega in rad s^-1 from revolutions per minute. */
    public static double omega(double rpm) {
        return 2 * Math.PI * rpm / 60.0;
    }

    /** 0.62 F C0 D0^(2/3) nu^(-1/6): B per transferred electron, A cm^-2 s^(1/2) (units: C0 mol cm^-3, D0 and nu cm^2 s^-1). */
    public static double bPerElectron(Electrolyte e) {
        return LEVICH_CONSTANT * FARADAY * e.c0MolCm3() * Math.pow(e.d0Cm2S(), 2.0 / 3.0) * Math.pow(e.nuCm2S(), -1.0 / 6.0);
    }

    /** B = 0.62 n F C0 D0^(2/3) nu^(-1/6), A cm^-2 s^(1/2). */
    public static double b(double n, Electrolyte e) {
        return n * bPerElectron(e);
    }

    /** Levich limiting current density |j_L| in A cm^-2 at {@code rpm}. */
    public static double limitingCurrentDensity(double n, Electrolyte e, double rpm) {
        return b(n, e) * Math.sqrt(omega(rpm));
    }

    /** Electron number from a K-L slope d(1/|j|)/d(omega^-1/2) in A^-1 cm^2 s^-1/2: n = 1 / (slope * B per electron). */
    public static double electronNumber(double slope, Electrolyte e) {
        return 1.0 / (slope * bPerElectron(e));
    }
}
