package org.nernst.analysis.eis;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.nernst.core.NernstException;

/**
 * Settings of a distribution-of-relaxation-times inversion, with defaults.
 *
 * @param basis          Gaussian radial basis functions or piecewise-linear hats over ln tau
 * @param part           fit the real part, the imaginary part or both (default both)
 * @param penaltyOrder   derivative of gamma penalised by the Tikhonov term: 0, 1 (default) or 2
 * @param perDecade      basis functions per decade of tau (default 10)
 * @param extendDecades  how far the tau grid reaches beyond 1/(2 pi f_min) of the data (default 1); it starts at 1/(2 pi f_max)
 * @param inductance     fit a series inductance: AUTO (when a point has Im Z &gt; 0), YES or NO
 * @param weighting      UNIT or MODULUS (default; residuals / |Z|)
 * @param lambda         fixed regularisation parameter; empty: chosen by robust generalised cross-validation
 * @param peakThreshold  a peak counts when its height and prominence reach this fraction of max gamma (0.05)
 * @param minPeakShare   and when its resistance is at least this share of the total under gamma (0.1); a
 *                       smaller one joins the neighbour it is attached to, or is left out: with 1 % noise the
 *                       non-negative inversion shows side lobes and ripples of a few % of R_pol (at most 5 %
 *                       over DrtTest's seeded RC, ZARC and two-arc spectra), which are not processes
 */
public record DrtOptions(Basis basis, Part part, int penaltyOrder, int perDecade, double extendDecades, Inductance inductance,
        Weighting weighting, OptionalDouble lambda, double peakThreshold, double minPeakShare) {

    public enum Basis { GAUSSIAN, PIECEWISE_LINEAR }

    public enum Part { COMBINED, REAL, IMAGINARY }

    public enum Inductance { AUTO, YES, NO }

    public DrtOptions {
        if (penaltyOrder < 0 || penaltyOrder > 2) {
            throw NernstException.usage("DRT penalty order must be 0, 1 or 2 (got " + penaltyOrder + ")");
        }
        if (perDecade < 2 || perDecade > 40) {
            throw NernstException.usage("DRT basis functions per decade must lie between 2 and 40 (got " + perDecade + ")");
        }
        if (!(extendDecades >= 0 && extendDecades <= 3)) {
            throw NernstException.usage("DRT grid extension must lie between 0 and 3 decades (got " + extendDecades + ")");
        }
        if (weighting == Weighting.PROPORTIONAL) {
            throw NernstException.usage("DRT weighting must be unit or modulus (proportional divides by Im Z, which crosses zero)");
        }
        if (lambda.isPresent() && !(lambda.getAsDouble() > 0)) {
            throw NernstException.usage("DRT lambda must be positive (got " + lambda.getAsDouble() + ")");
        }
        if (!(peakThreshold > 0 && peakThreshold < 1)) {
            throw NernstException.usage("DRT peak threshold must lie between 0 and 1 (got " + peakThreshold + ")");
        }
        if (!(minPeakShare >= 0 && minPeakShare < 1)) {
            throw NernstException.usage("DRT minimum peak share must lie between 0 and 1 (got " + minPeakShare + ")");
        }
    }

    public static DrtOptions defaults() {
        return new DrtOptions(Basis.GAUSSIAN, Part.COMBINED, 1, 10, 1, Inductance.AUTO, Weighting.MODULUS, OptionalDouble.empty(), 0.05, 0.1);
    }

    public DrtOptions withBasis(Basis b) {
        return with(d -> d.basis = b);
    }

    public DrtOptions withPart(Part p) {
        return with(d -> d.part = p);
    }

    public DrtOptions withPenaltyOrder(int k) {
        return with(d -> d.penaltyOrder = k);
    }

    public DrtOptions withInductance(Inductance l) {
        return with(d -> d.inductance = l);
    }

    public DrtOptions withWeighting(Weighting w) {
        return with(d -> d.weighting = w);
    }

    public DrtOptions withLambda(OptionalDouble l) {
        return with(d -> d.lambda = l);
    }

    public DrtOptions withPeakThreshold(double t) {
        return with(d -> d.peakThreshold = t);
    }

    public DrtOptions withMinPeakShare(double share) {
        return with(d -> d.minPeakShare = share);
    }

    /** A copy with {@code change} applied, checked by the canonical constructor like any other. */
    private DrtOptions with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new DrtOptions(d.basis, d.part, d.penaltyOrder, d.perDecade, d.extendDecades, d.inductance, d.weighting, d.lambda,
                d.peakThreshold, d.minPeakShare);
    }

    /** The components as fields, so each with-method names only the one it changes. */
    private static final class Draft {
        Basis basis;
        Part part;
        int penaltyOrder;
        int perDecade;
        double extendDecades;
        Inductance inductance;
        Weighting weighting;
        OptionalDouble lambda;
        double peakThreshold;
        double minPeakShare;

        Draft(DrtOptions o) {
            basis = o.basis;
            part = o.part;
            penaltyOrder = o.penaltyOrder;
            perDecade = o.perDecade;
            extendDecades = o.extendDecades;
            inductance = o.inductance;
            weighting = o.weighting;
            lambda = o.lambda;
            peakThreshold = o.peakThreshold;
            minPeakShare = o.minPeakShare;
        }
    }

    /** An enum constant by its id (case-insensitive, '-' or '_'), or a usage error listing the choices. */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String s) {
        String key = s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key) || (e == Part.COMBINED && key.equals("BOTH")) || (e == Part.IMAGINARY && key.equals("IMAG"))
                    || (e == Basis.PIECEWISE_LINEAR && key.equals("PWL"))) {
                return e;
            }
        }
        StringBuilder b = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            b.append(b.length() == 0 ? "" : ", ").append(id(e));
        }
        throw NernstException.usage("unknown DRT " + what + " '" + s + "'; use " + b);
    }

    static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("basis", id(basis));
        m.put("part", id(part));
        m.put("penalty_order", penaltyOrder);
        m.put("per_decade", perDecade);
        m.put("extend_decades", extendDecades);
        m.put("inductance", id(inductance));
        m.put("weighting", weighting.id());
        lambda.ifPresent(l -> m.put("lambda", l));
        m.put("lambda_selection", lambda.isPresent() ? "fixed" : "robust-gcv");
        m.put("peak_threshold", peakThreshold);
        m.put("min_peak_share", minPeakShare);
        return m;
    }
}
