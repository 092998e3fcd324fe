package org.nernst.testing.generators;

import java.util.List;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;

/**
 * Rotating ring-disk data written forward from a known peroxide yield. The disk is the ORR voltammogram
 * of {@link OrrLsv}; a fraction x of the O2 reduced there goes to H2O2 (2 e-), the rest to water (4 e-).
 * Per mole of O2 reduced the disk passes (4 - 2x) F, so the apparent electron number is n = 4 - 2x and
 * the peroxide current is I_H2O2 = |I_F| x / (2 - x) of the faradaic disk current I_F. The ring, held at a
 * potential that oxidises all H2O2 reaching it, collects a fraction N of it: I_ring = N |I_F| x / (2 - x),
 * anodic (A. J. Bard, L. R. Faulkner, Electrochemical Methods, 2nd ed., Wiley 2001, Section 9.4.2; the
 * n and %H2O2 relations of the ORR literature follow from the same balance). The ring sees no double-layer
 * charging (it is held at constant potential), only its own measurement noise.
 */
public final class RrdeLsv {
    private RrdeLsv() {
    }

    /**
     * One record with the disk and the ring: time, Ewe (disk, vs the reference), I (disk) and I_ring
     * (role RING_CURRENT). The disk's electron number is set to 4 - 2x so its Levich current matches the yield.
     *
     * @param disk                ORR parameters of the disk (its n is replaced by 4 - 2x)
     * @param collectionEfficiency N of the ring-disk geometry
     * @param peroxideFraction    x, the fraction of O2 reduced to H2O2 (0..1); H2O2 % = 100 x
     * @param ringNoise           measurement noise on the ring current (A)
     */
    public static Measurement generate(OrrLsv.Params disk, double collectionEfficiency, double peroxideFraction, Noise ringNoise) {
        if (peroxideFraction < 0 || peroxideFraction > 1 || !(collectionEfficiency > 0) || collectionEfficiency > 1) {
            throw new IllegalArgumentException("need 0 <= x <= 1 and 0 < N <= 1");
        }
        OrrLsv.Params p = disk.withCell(4 - 2 * peroxideFraction, disk.c0MolCm3(), disk.cdlFcm2(), disk.plateauSlopePerV());
        return generate(p, collectionEfficiency, e -> peroxideFraction, ringNoise);
    }

    /**
     * As {@link #generate(OrrLsv.Params, double, double, Noise)} with a yield x(E) that depends on the
     * interfacial disk potential (V vs RHE); the disk's Levich current keeps the n of {@code p} (a
     * potential-dependent n would need a potential-dependent plateau the ORR model does not have), so
     * only the ring/disk ratio carries the yield, which is all the RRDE relations use.
     */
    public static Measurement generate(OrrLsv.Params p, double collectionEfficiency,
            java.util.function.DoubleUnaryOperator peroxideFraction, Noise ringNoise) {
        Measurement m = OrrLsv.generate(p);
        // the noise-free twin gives the true cell current, hence the interfacial potential E - I Ru
        Measurement clean = OrrLsv.generate(p.withNoise(p.noiseSeed(), 0));
        double[] e = clean.require(Role.POTENTIAL).toArray();
        double[] i = clean.require(Role.CURRENT).toArray();
        double[] ring = new double[e.length];
        for (int k = 0; k < e.length; k++) {
            double eInterface = e[k] + p.rheOffsetV() - i[k] * p.ruOhm();
            double faradaicA = p.faradaicMaCm2(eInterface) * p.areaCm2() * 1e-3;
            // only the cathodic (O2-reducing) part makes peroxide
            double reduction = Math.max(0, -faradaicA);
            double x = peroxideFraction.applyAsDouble(eInterface);
            ring[k] = collectionEfficiency * reduction * x / (2 - x) + ringNoise.next();
        }
        return m.withChannel(Channel.of("I_ring", Role.RING_CURRENT, Quantity.CURRENT, ring));
    }

    /** The disk part of a ring-disk record, as the disk channel's own file: time, Ewe, I. */
    public static Measurement diskFile(Measurement ringDisk, String name) {
        List<Channel> ch = ringDisk.channels().stream().filter(c -> c.role() != Role.RING_CURRENT).toList();
        return new Measurement(ringDisk.metadata().toBuilder().sourceFile(name).build(), ch);
    }

    /**
     * The ring part as the ring channel's own file, the way a bipotentiostat writes it: time, the ring's
     * constant potential (V vs the reference) and its current in the CURRENT role.
     */
    public static Measurement ringFile(Measurement ringDisk, double ringPotentialVsRef, String name) {
        Channel t = ringDisk.require(Role.TIME);
        double[] ir = ringDisk.require(Role.RING_CURRENT).toArray();
        double[] er = new double[ir.length];
        java.util.Arrays.fill(er, ringPotentialVsRef);
        return new Measurement(ringDisk.metadata().toBuilder().sourceFile(name).build(), List.of(t,
                Channel.of("Ewe ring", Role.POTENTIAL, Quantity.POTENTIAL, er),
                Channel.of("I ring", Role.CURRENT, Quantity.CURRENT, ir)));
    }
}
