package org.nernst.batch.internal;

import java.util.List;
import org.nernst.batch.AnalysisRunner;

/** The analyses on the platform, in the order they are tried (CV before LSV: the LSV runner also takes CVs). */
public final class Runners {
    private Runners() {
    }

    public static List<AnalysisRunner> standard() {
        return List.of(new CvRunner(), new LsvRunner(), new EisFitRunner(), new EisInterceptRunner(), new CyclingRunners.ZabCycle(),
                new CyclingRunners.Polarization(), new CyclingRunners.Discharge());
    }
}
