package org.nernst.analysis.lsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nernst.analysis.lsv.corrections.CorrectionOptions;
import org.nernst.analysis.lsv.corrections.SweepDirection;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.testing.generators.OrrLsv;
import org.nernst.testing.generators.TafelLsv;

/** Clear refusals (exit 4, a message, no number) for curves that cannot give the answer. */
class RefusalsTest {
    private static final CorrectionOptions RHE = CorrectionOptions.builder().reference("rhe").areaCm2(0.196).build();

    private static NernstException refused(Measurement m, LsvOptions o) {
        NernstException e = assertThrows(NernstException.class, () -> LsvAnalyzer.analyze(m, o));
        assertEquals(NernstException.Kind.ANALYSIS, e.kind(), e.getMessage());
        return e;
    }

    @Test
    void cvWithoutTheRequestedSweep() {
        Measurement cv = OrrLsv.generate(OrrLsv.Params.defaults().withSweep(1.1, 0.05, 0.002, true, 2));
        NernstException e = refused(cv, LsvOptions.of(Reaction.ORR, RHE.toBuilder().cycle(3).build()));
        assertTrue(e.getMessage().contains("cycle 3"), e.getMessage());
        Measurement lsv = OrrLsv.generate(OrrLsv.Params.defaults());
        e = refused(lsv, LsvOptions.of(Reaction.ORR, RHE.toBuilder().direction(SweepDirection.POSITIVE).build()));
        assertTrue(e.getMessage().contains("no positive-going sweep"), e.getMessage());
    }

    @Test
    void fileWithoutCurrent() {
        Measurement m = OrrLsv.generate(OrrLsv.Params.defaults());
        Measurement noCurrent = new Measurement(m.metadata(), List.of(m.require(Role.POTENTIAL)));
        NernstException e = refused(noCurrent, LsvOptions.of(Reaction.ORR, RHE));
        assertTrue(e.getMessage().contains("no current column"), e.getMessage());
    }

    @Test
    void rangeThatNeverReachesTheThreshold() {
        Measurement oer = TafelLsv.generate(TafelLsv.oer().withSweep(1.2, 1.35, 0.001));
        NernstException e = refused(oer, LsvOptions.of(Reaction.OER, RHE));
        assertTrue(e.getMessage().contains("never exceeds the onset threshold"), e.getMessage());
        Measurement n2 = OrrLsv.generate(OrrLsv.Params.defaults().withCell(4, 0, 0, 0));
        refused(n2, LsvOptions.of(Reaction.ORR, RHE));
    }

    @Test
    void wrongReactionForTheCurve() {
        // an OER curve analysed as ORR has no cathodic current at all
        refused(TafelLsv.generate(TafelLsv.oer()), LsvOptions.of(Reaction.ORR, RHE));
    }
}
