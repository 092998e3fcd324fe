package org.nernst.analysis.cycling.internal;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Metadata;

/** The electrode area by the cli.md rule: option, else metadata with a warning; refuse when 0 or absent. */
public final class Area {
    private Area() {
    }

    public static double resolve(OptionalDouble option, Metadata md, List<Diagnostic> warnings) {
        if (option.isPresent()) {
            return check(option.getAsDouble(), "--area");
        }
        if (md.electrodeAreaCm2().isPresent()) {
            double a = check(md.electrodeAreaCm2().getAsDouble(), "the file's electrode area");
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT, "electrode area %.6g cm^2 taken from the file", a)));
            // EC-Lab writes 0.001 cm^2 and Gamry 1 cm^2 when the user never set the area
            if (a == 0.001 || a == 1.0) {
                warnings.add(Diagnostic.warning(String.format(Locale.ROOT,
                        "the file's area %.6g cm^2 looks like an instrument default: pass --area if it is not the real one", a)));
            }
            return a;
        }
        throw NernstException.analysis("electrode area unknown: pass --area CM2 (power density needs it)");
    }

    private static double check(double a, String what) {
        if (!(a > 0) || !Double.isFinite(a)) {
            throw NernstException.analysis(what + " is " + a + " cm^2: a positive area is needed for current densities");
        }
        return a;
    }
}
