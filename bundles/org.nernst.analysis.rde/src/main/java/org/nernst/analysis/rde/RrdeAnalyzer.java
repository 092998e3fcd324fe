package org.nernst.analysis.rde;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.nernst.analysis.lsv.corrections.CorrectedCurve;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.Corrections;
import org.nernst.analysis.lsv.corrections.PotentialScale;
import org.nernst.analysis.lsv.corrections.Resampling;
import org.nernst.analysis.lsv.corrections.Sweeps;
import org.nernst.analysis.rde.internal.Sampler;
import org.nernst.core.Diagnostic;
import org.nernst.core.Location;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;

/**
 * Rotating ring-disk analysis: electron number and H2O2 yield from the disk and ring currents,
 * n = 4 |I_d| / (|I_d| + |I_r|/N), H2O2 % = 200 (|I_r|/N) / (|I_d| + |I_r|/N) (Paulus et al.,
 * J. Electroanal. Chem. 495 (2001) 134). The disk is corrected by the LSV corrections (sweep, iR,
 * RHE, background, area); the ring current is taken at the same rows and carried onto the disk's
 * corrected potentials.
 */
public final class RrdeAnalyzer {
    private RrdeAnalyzer() {
    }

    /** One record holding the disk (CURRENT) and the ring (RING_CURRENT). */
    public static RrdeResult analyze(Measurement ringDisk, RrdeOptions options, CorrectionOptions corrections) {
        Channel ring = ringDisk.channel(Role.RING_CURRENT).orElseThrow(() -> NernstException.input(
                "no ring current column (give the ring file with --ring); the file has: " + ringDisk.describeChannels(),
                Location.file(ringDisk.metadata().sourceFile().orElse(null))));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ring_source", "ring channel '" + ring.name() + "' of the disk file");
        return analyzeAligned(ringDisk, ring.toArray(), options, corrections, s, new ArrayList<>());
    }

    /** Separate disk and ring records, aligned in time (or row by row when neither has a time column). */
    public static RrdeResult analyze(Measurement disk, Measurement ring, RrdeOptions options, CorrectionOptions corrections) {
        List<Diagnostic> warnings = new ArrayList<>();
        Channel ringCurrent = ring.channel(Role.RING_CURRENT).or(() -> ring.channel(Role.CURRENT)).orElseThrow(
                () -> NernstException.input("the ring file has no current column: " + ring.describeChannels(),
                        Location.file(ring.metadata().sourceFile().orElse(null))));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ring_source", ring.metadata().sourceFile().orElse("ring record"));
        double[] aligned;
        var dt = disk.channel(Role.TIME);
        var rt = ring.channel(Role.TIME);
        if (dt.isPresent() && rt.isPresent()) {
            aligned = alignInTime(dt.get().toArray(), rt.get().toArray(), ringCurrent.toArray());
            s.put("alignment", "time");
        } else if (disk.rows() == ring.rows()) {
            aligned = ringCurrent.toArray();
            s.put("alignment", "row by row (no time column)");
            warnings.add(Diagnostic.warning("disk and ring aligned row by row: no time column in "
                    + (dt.isEmpty() ? "the disk" : "the ring") + " record"));
        } else {
            throw NernstException.analysis("cannot align the ring with the disk: no common time column and "
                    + disk.rows() + " disk rows vs " + ring.rows() + " ring rows");
        }
        ring.channel(Role.POTENTIAL).ifPresent(e -> s.put("ring_potential_V_recorded", e.stream().average().orElse(0)));
        return analyzeAligned(disk, aligned, options, corrections, s, warnings);
    }

    /** Ring current at the disk's times (linear); refuses when the ring record does not span the disk's. */
    static double[] alignInTime(double[] diskTime, double[] ringTime, double[] ringCurrent) {
        Resampling.Series r = Resampling.sorted(ringTime, ringCurrent);
        double lo = r.x()[0];
        double hi = r.x()[r.x().length - 1];
        double tol = 1e-6 * Math.max(1, Math.abs(hi));
        double[] out = new double[diskTime.length];
        for (int k = 0; k < diskTime.length; k++) {
            if (diskTime[k] < lo - tol || diskTime[k] > hi + tol) {
                throw NernstException.analysis(String.format(Locale.ROOT, "the ring record (%.4g to %.4g s) does not"
                        + " cover the disk record's time %.4g s: the two files are not from the same run", lo, hi, diskTime[k]));
            }
            out[k] = Resampling.interpolate(r.x(), r.y(), diskTime[k]);
        }
        return out;
    }

    private static RrdeResult analyzeAligned(Measurement disk, double[] ringA, RrdeOptions o, CorrectionOptions corr,
            Map<String, Object> ringSettings, List<Diagnostic> warnings) {
        boolean areaKnown = corr.areaCm2().isPresent() || disk.metadata().electrodeAreaCm2().orElse(0) > 0;
        // n and H2O2 % are ratios: without an area the corrections run on 1 cm2 and no densities are reported
        CorrectionOptions used = areaKnown ? corr : corr.toBuilder().areaCm2(1.0).build();
        CorrectedCurve d = Corrections.apply(disk, used);
        warnings.addAll(d.warnings());
        double area = d.areaCm2();
        double ru = ((Number) d.settings().getOrDefault("ru_ohm", 0.0)).doubleValue();
        PotentialScale scale = d.scale();

        // the ring at the rows of the selected disk sweep, on the disk's corrected (iR, RHE) potentials
        Sweeps.Sweep sw = Sweeps.select(disk, corr.cycle(), corr.direction());
        Channel e = disk.require(Role.POTENTIAL);
        Channel i = disk.require(Role.CURRENT);
        double[] er = new double[sw.rows()];
        double[] ir = new double[sw.rows()];
        for (int k = 0; k < er.length; k++) {
            int row = sw.start() + k;
            er[k] = scale.convert(e.get(row) - i.get(row) * ru);
            ir[k] = ringA[row] * 1e3;
        }
        Resampling.Series ring = Resampling.sorted(er, ir);

        double[] x = d.potentialV();
        double[] jd = d.currentDensityMaCm2();
        double[] idMa = new double[x.length];
        double[] irMa = new double[x.length];
        double[] n = new double[x.length];
        double[] h = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            idMa[k] = jd[k] * area;
            irMa[k] = Resampling.interpolate(ring.x(), ring.y(), x[k]);
            double[] nh = RrdePoint.nAndPeroxide(idMa[k], irMa[k], o.collectionEfficiency());
            n[k] = nh[0];
            h[k] = nh[1];
        }

        double[] range = averagingRange(x, idMa, o);
        double sn = 0;
        double sh = 0;
        double sn2 = 0;
        double sh2 = 0;
        int cnt = 0;
        int anodicRing = 0;
        for (int k = 0; k < x.length; k++) {
            if (x[k] >= range[0] && x[k] <= range[1] && Double.isFinite(n[k])) {
                sn += n[k];
                sh += h[k];
                sn2 += n[k] * n[k];
                sh2 += h[k] * h[k];
                cnt++;
                anodicRing += irMa[k] > 0 ? 1 : 0;
            }
        }
        if (cnt == 0) {
            throw NernstException.analysis(String.format(Locale.ROOT, "no disk data in the averaging range %.3f to %.3f V",
                    range[0], range[1]));
        }
        double nMean = sn / cnt;
        double hMean = sh / cnt;
        double nStd = cnt > 1 ? Math.sqrt(Math.max(0, (sn2 - cnt * nMean * nMean) / (cnt - 1))) : 0;
        double hStd = cnt > 1 ? Math.sqrt(Math.max(0, (sh2 - cnt * hMean * hMean) / (cnt - 1))) : 0;
        if (anodicRing < cnt / 2) {
            warnings.add(Diagnostic.warning("the ring current is mostly cathodic in the averaging range: magnitudes used;"
                    + " check that the ring was held at an H2O2-oxidising potential and the ring channel's sign"));
        }
        if (hMean > 100 || nMean < 2) {
            warnings.add(Diagnostic.warning(String.format(Locale.ROOT, "H2O2 yield %.0f %% (n = %.2f) is beyond the"
                    + " 2-electron limit: check the collection efficiency N = %.3f", hMean, nMean, o.collectionEfficiency())));
        }

        List<RrdePoint> points = new ArrayList<>();
        double[] idS = Sampler.sortByX(x, idMa)[1];
        double[] irS = Sampler.sortByX(x, irMa)[1];
        double[] xs = Sampler.sortByX(x, idMa)[0];
        long first = (long) Math.ceil(range[0] / o.gridStepV() - 1e-9);
        long last = (long) Math.floor(range[1] / o.gridStepV() + 1e-9);
        for (long m = first; m <= last; m++) {
            double ep = Math.rint(m * o.gridStepV() * 1e4) / 1e4;
            double idp = Sampler.at(xs, idS, ep, o.smoothingWindowV());
            double irp = Sampler.at(xs, irS, ep, o.smoothingWindowV());
            double[] nh = RrdePoint.nAndPeroxide(idp, irp, o.collectionEfficiency());
            if (Double.isFinite(nh[0])) {
                points.add(new RrdePoint(ep, nh[0], nh[1], idp, irp,
                        areaKnown ? OptionalDouble.of(idp / area) : OptionalDouble.empty()));
            }
        }

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("collection_efficiency", o.collectionEfficiency());
        settings.put("average_range", o.averageFromV().isPresent() ? "given" : String.format(Locale.ROOT,
                "automatic: |I_disk| >= %.0f %% of its maximum", 100 * o.minDiskFraction()));
        settings.put("grid_step_V", o.gridStepV());
        settings.put("smoothing_half_window_V", o.smoothingWindowV());
        settings.putAll(ringSettings);
        settings.putAll(d.settings());
        if (!areaKnown) {
            settings.put("area_cm2", "unknown (no densities; n and H2O2 % need none)");
            settings.remove("area_source");
        }
        return new RrdeResult(d.rheKnown(), points, nMean, nStd, hMean, hStd, range, areaKnown, area,
                new RrdeResult.Curves(x, idMa, irMa, n, h), settings, warnings);
    }

    /** The given range, or where |I_disk| (of the dominant sign) reaches minDiskFraction of its maximum. */
    private static double[] averagingRange(double[] x, double[] id, RrdeOptions o) {
        if (o.averageFromV().isPresent()) {
            return new double[] {o.averageFromV().getAsDouble(), o.averageToV().getAsDouble()};
        }
        int peak = 0;
        for (int k = 1; k < id.length; k++) {
            if (Math.abs(id[k]) > Math.abs(id[peak])) {
                peak = k;
            }
        }
        double limit = o.minDiskFraction() * Math.abs(id[peak]);
        double sign = Math.signum(id[peak]);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < x.length; k++) {
            if (id[k] * sign >= limit) {
                lo = Math.min(lo, x[k]);
                hi = Math.max(hi, x[k]);
            }
        }
        if (!(hi > lo)) {
            throw NernstException.analysis("no disk current to average over: give the range explicitly");
        }
        return new double[] {lo, hi};
    }
}
