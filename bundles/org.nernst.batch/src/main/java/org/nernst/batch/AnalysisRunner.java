package org.nernst.batch;

import org.nernst.core.model.Measurement;
import org.nernst.core.model.Technique;

/**
 * How an analysis plugs into the batch: which techniques it takes, and a run that turns one
 * measurement plus the project settings into a result document (cli.md field names), the curves it
 * worked on and a plot. A missing setting must not fail the run: report what can be reported, with a
 * warning in the document. Throw {@code NernstException} only when no result exists at all.
 */
public interface AnalysisRunner {

    /** The analysis name in the batch output ("lsv", "zab-cycle", "eis", ...). */
    String id();

    /** Whether this runner analyses a measurement of this technique (from the file, else guessed). */
    boolean accepts(Technique technique, Measurement m);

    RunOutput run(Measurement m, ProjectSettings settings);
}
