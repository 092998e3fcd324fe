package org.nernst.analysis.lsv.corrections;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.nernst.core.Diagnostic;
import org.nernst.core.NernstException;
import org.nernst.core.model.Metadata;

/** The geometric electrode area for current densities, by the rules of cli.md. */
public final class Area {
    private Area() {
    }

    /** EC-Lab writes 0.001 cm² and Gamry 1 cm² when the user never set an area. */
    private static final double ECLAB_DEFAULT = 0.001;
    private static final double GAMRY_DEFAULT = 1.0;

    /**
     * The option, else the file's value with a warning naming it; refuses (analysis error) when the area is
     * absent or not positive, and warns when the file's value looks like an instrument default.
     */
    public static double resolve(OptionalDouble option, Metadata md, List<Diagnostic> warnings) {
        if (option.isPresent()) {
            double a = option.getAsDouble();
            if (!(a > 0) || Double.isInfinite(a)) {
                throw NernstException.analysis("electrode area must be a positive number of cm² (got " + a + ")");
            }
            return a;
        }
        if (md.electrodeAreaCm2().isEmpty()) {
            throw NernstException.analysis("no electrode area: the file does not record one; pass --area CM2");
        }
        double a = md.electrodeAreaCm2().getAsDouble();
        if (!(a > 0) || Double.isInfinite(a)) {
            throw NernstException.analysis("the file records an electrode area of " + a + " cm²; pass --area CM2");
        }
        warnings.add(Diagnostic.warning("electrode area " + a + " cm² taken from the file (no --area given)"));
        String instrument = (md.instrument() + " " + md.sourceFile().orElse("")).toLowerCase(Locale.ROOT);
        boolean ecLab = instrument.contains("ec-lab") || instrument.contains("biologic") || instrument.contains(".mpt")
                || instrument.contains(".mpr");
        boolean gamry = instrument.contains("gamry") || instrument.contains(".dta");
        if ((ecLab && a == ECLAB_DEFAULT) || (gamry && a == GAMRY_DEFAULT)) {
            warnings.add(Diagnostic.warning("electrode area " + a + " cm² is the instrument's default value; check it or pass --area"));
        }
        return a;
    }
}
