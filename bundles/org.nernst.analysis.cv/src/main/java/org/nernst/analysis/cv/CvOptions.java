package org.nernst.analysis.cv;

import java.util.List;
import java.util.OptionalDouble;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;

/**
 * Settings of the CV peak analysis.
 *
 * @param corrections      iR, potential scale, background, smoothing (the LSV bundle's corrections)
 * @param baselineFraction share of each sweep, from its start, that defines the linear baseline (0.1)
 * @param electrons        n of the couple (Randles–Ševčík, reversibility check; default 1)
 * @param concentration    bulk concentration in mol cm^-3 for the diffusion coefficient
 * @param areaCm2          electrode area for the diffusion coefficient (else the file's)
 * @param scanRates        scan rates in V/s in file order (else metadata, file name, data)
 */
public record CvOptions(CorrectionOptions corrections, double baselineFraction, double electrons,
        OptionalDouble concentration, OptionalDouble areaCm2, List<Double> scanRates) {

    public CvOptions {
        scanRates = List.copyOf(scanRates);
        if (!(baselineFraction > 0 && baselineFraction < 0.5)) {
            throw org.nernst.core.NernstException.usage("baseline fraction must lie between 0 and 0.5 (got " + baselineFraction + ")");
        }
    }

    public static CvOptions defaults() {
        return new CvOptions(CorrectionOptions.defaults(), 0.1, 1, OptionalDouble.empty(), OptionalDouble.empty(), List.of());
    }

    public CvOptions withCorrections(CorrectionOptions c) {
        return new CvOptions(c, baselineFraction, electrons, concentration, areaCm2, scanRates);
    }

    public CvOptions withDiffusion(double n, OptionalDouble conc, OptionalDouble area) {
        return new CvOptions(corrections, baselineFraction, n, conc, area, scanRates);
    }

    public CvOptions withScanRates(List<Double> rates) {
        return new CvOptions(corrections, baselineFraction, electrons, concentration, areaCm2, rates);
    }

    public CvOptions withBaselineFraction(double f) {
        return new CvOptions(corrections, f, electrons, concentration, areaCm2, scanRates);
    }
}
