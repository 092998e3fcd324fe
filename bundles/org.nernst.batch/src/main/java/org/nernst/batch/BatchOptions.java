package org.nernst.batch;

import java.util.Optional;

/**
 * How to run a batch.
 *
 * @param settings  command-line settings, applied over the folder's project file
 * @param threads   worker threads (default: the number of cores)
 * @param plots     draw a PNG per file
 * @param formatId  force one reader for every file (default: auto-detect per file)
 */
public record BatchOptions(ProjectSettings settings, int threads, boolean plots, Optional<String> formatId) {

    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
    }

    public static BatchOptions defaults() {
        return new BatchOptions(ProjectSettings.empty(), Runtime.getRuntime().availableProcessors(), true, Optional.empty());
    }

    public BatchOptions withSettings(ProjectSettings s) {
        return new BatchOptions(s, threads, plots, formatId);
    }

    public BatchOptions withThreads(int n) {
        return new BatchOptions(settings, n, plots, formatId);
    }

    public BatchOptions withPlots(boolean p) {
        return new BatchOptions(settings, threads, p, formatId);
    }
}
