package org.nernst.cli.internal.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.analysis.eis.DrtAnalyzer;
import org.nernst.analysis.eis.DrtOptions;
import org.nernst.analysis.eis.DrtResult;
import org.nernst.analysis.eis.Weighting;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import picocli.CommandLine.Option;

/**
 * The distribution-of-relaxation-times options of the eis command ({@code --drt} and its settings).
 * The DRT goes into the result as a "drt" object next to the circuit fit; its gamma(tau) columns are
 * appended to --export-curves.
 */
public class DrtArgs {
    @Option(names = "--drt", description = "also compute the distribution of relaxation times (Tikhonov, lambda by robust GCV)")
    boolean enabled;

    @Option(names = "--drt-lambda", paramLabel = "L", description = "fixed DRT regularisation parameter (default: robust generalised cross-validation)")
    Double lambda;

    @Option(names = "--drt-part", paramLabel = "P", description = "DRT fits the real, imag or combined part (default combined)")
    String part = "combined";

    @Option(names = "--drt-basis", paramLabel = "B", description = "gaussian or piecewise-linear (default gaussian)")
    String basis = "gaussian";

    @Option(names = "--drt-order", paramLabel = "K", description = "derivative penalised by the DRT regularisation: 0, 1 or 2 (default 1)")
    int order = 1;

    @Option(names = "--drt-inductance", paramLabel = "M", description = "fit a series L: auto, yes or no (default auto: when Im Z > 0 somewhere)")
    String inductance = "auto";

    DrtOptions options(String weighting) {
        Weighting w = Weighting.parse(weighting);
        return DrtOptions.defaults().withPart(DrtOptions.parse(DrtOptions.Part.class, "part", part))
                .withBasis(DrtOptions.parse(DrtOptions.Basis.class, "basis", basis)).withPenaltyOrder(order)
                .withInductance(DrtOptions.parse(DrtOptions.Inductance.class, "inductance", inductance))
                .withWeighting(w == Weighting.PROPORTIONAL ? Weighting.MODULUS : w)
                .withLambda(lambda == null ? OptionalDouble.empty() : OptionalDouble.of(lambda));
    }

    /** The fit's document with a "drt" object added (or an error in it: the fit still stands). */
    Map<String, Object> addTo(Map<String, Object> json, Measurement spectrum, DrtOptions o, Measurement[] curves) {
        Map<String, Object> out = new LinkedHashMap<>(json);
        try {
            DrtResult d = DrtAnalyzer.analyze(spectrum, o);
            out.put("drt", d.toJson());
            if (curves != null && curves[0] != null) {
                curves[0] = d.alongside(curves[0]);
            }
        } catch (NernstException e) {
            if (e.kind() == NernstException.Kind.USAGE) {
                throw e;
            }
            out.put("drt", Map.of("error", Map.of("message", e.getMessage())));
            List<Object> w = new java.util.ArrayList<>(out.get("warnings") instanceof List<?> l ? l : List.of());
            w.add("DRT not computed: " + e.getMessage());
            out.put("warnings", w);
        }
        return out;
    }
}
