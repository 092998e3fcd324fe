package org.nernst.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpus of real instrument files lives beside the project ({@code ../shared/corpus}),
 * never inside it (some files are GPL). A user's fresh clone has no corpus: tests skip with a
 * message. On CI (environment variable {@code CI} set) a missing corpus is a failure, so a skipped
 * corpus test can never pass unnoticed.
 */
public final class Corpus {
    private Corpus() {
    }

    /** Root of the shared folder: system property {@code nernst.shared}, else ../shared from the working dir. */
    public static Path sharedRoot() {
        String p = System.getProperty("nernst.shared");
        if (p != null && !p.isBlank()) {
            return Paths.get(p).toAbsolutePath().normalize();
        }
        return Paths.get("..", "shared").toAbsolutePath().normalize();
    }

    public static Path root() {
        return sharedRoot().resolve("corpus");
    }

    /** A corpus file (relative to corpus/), or skip (locally) / fail (CI) when the corpus is absent. */
    public static Path file(String relative) {
        Path root = root();
        requireCorpus(root);
        Path f = root.resolve(relative);
        Assertions.assertTrue(Files.isRegularFile(f), "corpus file missing: " + f);
        return f;
    }

    /** A corpus folder (relative to corpus/), with the same skip/fail rule. */
    public static Path dir(String relative) {
        Path root = root();
        requireCorpus(root);
        Path d = root.resolve(relative);
        Assertions.assertTrue(Files.isDirectory(d), "corpus folder missing: " + d);
        return d;
    }

    /** A file of ../shared/acceptance/cases, with the same skip/fail rule. */
    public static Path acceptanceCase(String name) {
        Path dir = sharedRoot().resolve("acceptance").resolve("cases");
        requireCorpus(dir);
        return dir.resolve(name);
    }

    private static void requireCorpus(Path root) {
        boolean present = Files.isDirectory(root);
        if (!present && System.getenv("CI") != null) {
            Assertions.fail("CI is set but the shared corpus is missing at " + root);
        }
        Assumptions.assumeTrue(present, "shared corpus not found at " + root + ": corpus test skipped");
    }
}
