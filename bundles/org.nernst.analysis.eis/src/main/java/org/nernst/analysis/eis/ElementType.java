package org.nernst.analysis.eis;

import java.util.List;
import java.util.Optional;

/**
 * Circuit elements of the impedance.py grammar users already know, with their parameters' units
 * and valid ranges. Formulas (omega = 2 pi f, j² = -1):
 * <ul>
 * <li>R: Z = R (Ohm's law).</li>
 * <li>C: Z = 1/(j omega C); L: Z = j omega L (Orazem &amp; Tribollet, Electrochemical Impedance
 * Spectroscopy, Wiley 2008, ch. 4).</li>
 * <li>CPE: Z = 1/(Q (j omega)^alpha), 0 &lt; alpha &lt;= 1 (Brug et al., J. Electroanal. Chem. 176
 * (1984) 275).</li>
 * <li>W (semi-infinite Warburg): Z = A_W (1 - j)/sqrt(omega) (Bard &amp; Faulkner, Electrochemical
 * Methods, 2nd ed. 2001, sec. 10.3).</li>
 * <li>Wo (finite-space, reflective boundary): Z = Z0 coth(sqrt(j omega tau))/sqrt(j omega tau);
 * Ws (finite-length, transmissive boundary): Z = Z0 tanh(sqrt(j omega tau))/sqrt(j omega tau),
 * tau = L²/D (Barsoukov &amp; Macdonald, Impedance Spectroscopy, 2nd ed. 2005, sec. 2.2.3).</li>
 * <li>G (Gerischer): Z = R_G / sqrt(1 + j omega t_G) (Boukamp &amp; Bouwmeester, Solid State Ionics
 * 157 (2003) 29; Lu, Kreller &amp; Adler, J. Electrochem. Soc. 156 (2009) B513).</li>
 * </ul>
 */
public enum ElementType {
    R("R", List.of(new Param("", "Ohm", 0, Double.POSITIVE_INFINITY))),
    C("C", List.of(new Param("", "F", 0, Double.POSITIVE_INFINITY))),
    L("L", List.of(new Param("", "H", 0, Double.POSITIVE_INFINITY))),
    CPE("CPE", List.of(new Param("Q", "Ohm^-1 s^alpha", 0, Double.POSITIVE_INFINITY), new Param("alpha", "", 0, 1))),
    W("W", List.of(new Param("", "Ohm s^-1/2", 0, Double.POSITIVE_INFINITY))),
    WO("Wo", List.of(new Param("Z0", "Ohm", 0, Double.POSITIVE_INFINITY), new Param("tau", "s", 0, Double.POSITIVE_INFINITY))),
    WS("Ws", List.of(new Param("Z0", "Ohm", 0, Double.POSITIVE_INFINITY), new Param("tau", "s", 0, Double.POSITIVE_INFINITY))),
    G("G", List.of(new Param("R_G", "Ohm", 0, Double.POSITIVE_INFINITY), new Param("t_G", "s", 0, Double.POSITIVE_INFINITY)));

    /**
     * One parameter of an element: meaning, unit, and the open interval (lower, upper) it must lie in
     * (upper inclusive for alpha, which may be exactly 1).
     */
    public record Param(String meaning, String unit, double lower, double upper) {
        public boolean accepts(double v) {
            return v > lower && (v < upper || (upper == 1 && v == 1));
        }

        public String describeRange() {
            return upper == 1 ? "0 < value <= 1" : "value > 0";
        }
    }

    private final String symbol;
    private final List<Param> params;

    ElementType(String symbol, List<Param> params) {
        this.symbol = symbol;
        this.params = params;
    }

    /** The letters of the grammar ("CPE", "Wo"). */
    public String symbol() {
        return symbol;
    }

    public List<Param> params() {
        return params;
    }

    public static Optional<ElementType> bySymbol(String s) {
        for (ElementType t : values()) {
            if (t.symbol.equals(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether the element stores charge (C, CPE): what rct_ohm's rule looks for. */
    public boolean capacitive() {
        return this == C || this == CPE;
    }

    public static String allowedSymbols() {
        return "R, C, L, CPE, W, Wo, Ws, G";
    }
}
