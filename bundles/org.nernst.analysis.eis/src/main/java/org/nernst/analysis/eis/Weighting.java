package org.nernst.analysis.eis;

import java.util.Locale;
import org.nernst.core.NernstException;

/**
 * How residuals are weighted (cli.md): UNIT plain residuals (impedance.py's default, used for parity),
 * MODULUS residuals divided by |Z| of the data point, PROPORTIONAL the real residual divided by
 * Re Z and the imaginary residual by Im Z of the data point (Orazem &amp; Tribollet,
 * Electrochemical Impedance Spectroscopy, Wiley 2008, ch. 19 discuss the choice).
 */
public enum Weighting {
    UNIT, PROPORTIONAL, MODULUS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Weighting parse(String s) {
        for (Weighting w : values()) {
            if (w.id().equalsIgnoreCase(s.trim())) {
                return w;
            }
        }
        throw NernstException.usage("unknown weighting '" + s + "'; use unit, proportional or modulus");
    }
}
