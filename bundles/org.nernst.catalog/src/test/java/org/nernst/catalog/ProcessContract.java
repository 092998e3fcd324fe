package org.nernst.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nernst.catalog.internal.Migrations;

/** Two processes on one catalog, and a process killed mid-batch: run against every backend. */
abstract class ProcessContract {
    abstract Backend backend();

    private Backend used;

    @AfterEach
    void cleanup() {
        if (used != null) {
            used.cleanup();
        }
    }

    static double eHalf(int i) {
        return 0.80 + i * 1e-4;
    }

    /** The class path of this test run, also when a launcher loads the tests through its own class loader. */
    private static String classPath() {
        Set<String> parts = new LinkedHashSet<>();
        ClassLoader cl = ProcessContract.class.getClassLoader();
        while (cl != null) {
            if (cl instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    parts.add(new File(url.getPath()).getAbsolutePath());
                }
            }
            cl = cl.getParent();
        }
        parts.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        return String.join(File.pathSeparator, parts);
    }

    private static Process worker(String url, String prefix, int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", classPath(), ImportWorker.class.getName(), url, prefix,
                String.valueOf(count)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    @Test
    void killedMidBatchLosesNoCommittedImportAndReopensCleanly() throws Exception {
        used = backend();
        String url = used.freshUrl();
        try (Catalog c = Catalog.open(url)) {
            assertEquals(Migrations.latest(), c.schemaVersion());
        }
        Process p = worker(url, "kill", 100_000);
        List<Integer> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < 25 && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed.add(Integer.parseInt(line.substring(10)));
                }
            }
            // SIGKILL on Unix (Process.destroyForcibly): no shutdown hook, no close, mid-transaction
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertTrue(p.exitValue() != 0, "killed, not finished");
        }
        assertEquals(25, committed.size(), "the worker ran");
        try (Catalog c = Catalog.open(url)) {
            assertEquals(Migrations.latest(), c.schemaVersion());
            for (int i : committed) {
                CatalogEntry e = c.show("kill-" + i).orElseThrow(() -> new AssertionError("lost committed import " + i));
                assertEquals(4, e.metrics().size(), "an import is all or nothing");
                double v = e.metrics().stream().filter(m -> m.metric().equals("half_wave_potential")).findFirst()
                        .orElseThrow().mean().getAsDouble();
                assertEquals(eHalf(i), v, 0.0);
            }
            // whatever the kill interrupted is absent or whole, never half
            c.list(CatalogFilter.ALL).stream().filter(r -> r.material().name().startsWith("kill-"))
                    .map(r -> r.material().id()).distinct()
                    .forEach(id -> assertEquals(4, c.show(id).orElseThrow().metrics().size(), id));
            c.importResult(Results.lsvOrr(0.9, "0.1 M KOH"), "after-kill", Provenance.unknown(), Conditions.UNKNOWN);
        }
    }

    @Test
    void twoProcessesShareOneCatalog() throws Exception {
        used = backend();
        String url = used.freshUrl();
        int n = 15;
        try (Catalog c = Catalog.open(url)) {
            Process other = worker(url, "proc-b", n);
            for (int i = 0; i < n; i++) {
                c.importResult(Results.lsvOrr(eHalf(i), "0.1 M KOH"), "proc-a-" + i, Provenance.unknown(),
                        Conditions.UNKNOWN);
                c.list(CatalogFilter.ALL.withMetric("half_wave_potential"));
            }
            assertTrue(other.waitFor(180, TimeUnit.SECONDS), "the other process finished");
            assertEquals(0, other.exitValue(), "the other process was never locked out");
            List<CatalogRow> rows = c.list(CatalogFilter.ALL.withMetric("half_wave_potential"));
            assertEquals(n, rows.stream().filter(r -> r.material().name().startsWith("proc-a-")).count());
            assertEquals(n, rows.stream().filter(r -> r.material().name().startsWith("proc-b-")).count());
        }
    }
}
