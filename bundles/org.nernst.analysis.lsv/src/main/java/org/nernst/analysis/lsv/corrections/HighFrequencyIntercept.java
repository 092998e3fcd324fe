package org.nernst.analysis.lsv.corrections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * The uncompensated resistance from an impedance spectrum: the real part where the high-frequency end of the
 * Nyquist plot crosses the real axis (Z'' = 0), the series resistance of the cell (M. E. Orazem, B. Tribollet,
 * Electrochemical Impedance Spectroscopy, Wiley 2008, ch. 9; the usual choice for iR correction of polarisation
 * curves, e.g. C. C. L. McCrory et al., J. Am. Chem. Soc. 135 (2013) 16977).
 */
public final class HighFrequencyIntercept {
    private HighFrequencyIntercept() {
    }

    /** Ru in Ohm; warnings say which point was used when no crossing exists. */
    public static double ruOhm(Measurement eis, List<Diagnostic> warnings) {
        Channel f = eis.channel(Role.FREQUENCY).orElseThrow(() -> NernstException.analysis(
                "the impedance file has no frequency column: " + eis.describeChannels()));
        Channel re = eis.channel(Role.Z_REAL).orElseThrow(() -> NernstException.analysis(
                "the impedance file has no Re(Z) column: " + eis.describeChannels()));
        Channel im = eis.channel(Role.Z_IMAG).orElseThrow(() -> NernstException.analysis(
                "the impedance file has no Im(Z) column: " + eis.describeChannels()));
        List<Integer> rows = new ArrayList<>();
        for (int k = 0; k < eis.rows(); k++) {
            if (f.get(k) > 0 && Double.isFinite(re.get(k)) && Double.isFinite(im.get(k))) {
                rows.add(k);
            }
        }
        if (rows.size() < 2) {
            throw NernstException.analysis("the impedance file has fewer than 2 usable points");
        }
        rows.sort(Comparator.comparingDouble(k -> -f.get(k)));
        // walking down from the highest frequency: inductive (Z'' > 0) points turn capacitive (Z'' < 0)
        for (int q = 1; q < rows.size(); q++) {
            int a = rows.get(q - 1);
            int b = rows.get(q);
            if (im.get(a) >= 0 && im.get(b) < 0) {
                double t = im.get(a) / (im.get(a) - im.get(b));
                return re.get(a) + t * (re.get(b) - re.get(a));
            }
            if (im.get(a) < 0) {
                break;
            }
        }
        // no crossing: the point nearest the real axis among the highest-frequency half of the spectrum
        int best = rows.get(0);
        for (int q = 0; q < Math.max(1, rows.size() / 2); q++) {
            int k = rows.get(q);
            if (Math.abs(im.get(k)) < Math.abs(im.get(best))) {
                best = k;
            }
        }
        warnings.add(Diagnostic.warning(String.format(java.util.Locale.ROOT,
                "the impedance spectrum does not cross the real axis at high frequency: Ru = Z' = %.4g Ohm at %.4g Hz (Z'' = %.3g Ohm)",
                re.get(best), f.get(best), im.get(best))));
        return re.get(best);
    }
}
