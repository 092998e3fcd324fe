package org.nernst.analysis.cv;

/**
 * A voltammetric peak.
 *
 * @param potentialV  peak potential (vertex of a least-squares parabola through the top points)
 * @param currentMa   peak current above the extrapolated baseline, signed (anodic +)
 * @param rawMa       peak current measured from zero current
 * @param baselineMa  the baseline at the peak potential
 */
public record CvPeak(double potentialV, double currentMa, double rawMa, double baselineMa) {
}
