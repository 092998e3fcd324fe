package org.nernst.analysis.cycling;

import java.util.List;
import org.nernst.core.Diagnostic;

/**
 * How a galvanostatic record splits into half-cycles.
 *
 * @param halfCycles        in record order, kinds alternating
 * @param rowState          per row: +1 charge, -1 discharge, 0 rest (or excluded)
 * @param method            what decided the states ("step type", "step index", "current sign")
 * @param restThresholdA    |I| at or below which a row (or step) counts as rest
 * @param chargeCurrentSign +1 when charge current is positive in this file, -1 when negative, 0 when unknown
 * @param diagnostics       warnings raised while splitting
 */
public record Segmentation(List<HalfCycle> halfCycles, int[] rowState, String method, double restThresholdA,
        int chargeCurrentSign, List<Diagnostic> diagnostics) {

    public Segmentation {
        halfCycles = List.copyOf(halfCycles);
        rowState = rowState.clone();
        diagnostics = List.copyOf(diagnostics);
    }

    public int state(int row) {
        return rowState[row];
    }

    public int rows() {
        return rowState.length;
    }

    public List<HalfCycle> of(HalfCycle.Kind kind) {
        return halfCycles.stream().filter(h -> h.kind() == kind).toList();
    }
}
