package org.nernst.analysis.rde;

import java.util.OptionalDouble;

/**
 * Settings of a ring-disk analysis.
 *
 * @param collectionEfficiency N of the ring-disk electrode (0 < N < 1; from its datasheet or a ferricyanide calibration)
 * @param averageFromV         lower end of the averaging range (V, RHE when known); empty = automatic
 * @param averageToV           upper end; empty = automatic
 * @param gridStepV            spacing of the reported points
 * @param minDiskFraction      automatic range: where |I_disk| >= this fraction of its maximum (near the onset both
 *                             currents are tiny and their ratio is noise)
 * @param smoothingWindowV     half-width of the local-parabola smoother for the reported points
 */
public record RrdeOptions(double collectionEfficiency, OptionalDouble averageFromV, OptionalDouble averageToV,
        double gridStepV, double minDiskFraction, double smoothingWindowV) {

    public RrdeOptions {
        if (!(collectionEfficiency > 0) || !(collectionEfficiency < 1)) {
            throw org.nernst.core.NernstException.usage("the collection efficiency N must lie between 0 and 1 (got "
                    + collectionEfficiency + ")");
        }
        if (averageFromV.isPresent() != averageToV.isPresent()
                || averageFromV.isPresent() && !(averageToV.getAsDouble() > averageFromV.getAsDouble())) {
            throw org.nernst.core.NernstException.usage("the averaging range needs LO,HI with LO < HI");
        }
        if (!(gridStepV > 0) || !(minDiskFraction > 0) || !(minDiskFraction < 1) || smoothingWindowV < 0) {
            throw new IllegalArgumentException("invalid RRDE options: " + this);
        }
    }

    /** Points every 0.05 V over the range where |I_disk| >= 20 % of its maximum, +-0.01 V smoothing. */
    public static RrdeOptions defaults(double collectionEfficiency) {
        return new RrdeOptions(collectionEfficiency, OptionalDouble.empty(), OptionalDouble.empty(), 0.05, 0.2, 0.01);
    }

    public RrdeOptions withRange(double fromV, double toV) {
        return new RrdeOptions(collectionEfficiency, OptionalDouble.of(fromV), OptionalDouble.of(toV), gridStepV,
                minDiskFraction, smoothingWindowV);
    }

    public RrdeOptions withGridStep(double v) {
        return new RrdeOptions(collectionEfficiency, averageFromV, averageToV, v, minDiskFraction, smoothingWindowV);
    }
}
