package org.nernst.io.neware.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.io.api.ReadContext;
import org.nernst.testing.Corpus;
import org.nernst.testing.ReferenceJson;

/** Every corpus .nda against NewareNDA's regression reference (row count, cycles, sums, spot values). */
class NdaReaderTest {
    @TempDir
    Path dir;

    static Measurement read(Path p) throws IOException {
        return new NdaReader().read(new ReadContext(p, Monitor.none())).get(0);
    }

    /** reference column (NewareNDA name, its unit) -> our channel and the factor from our SI unit back */
    static final Object[][] COLUMNS = {
        {"Voltage", "Voltage", 1.0}, {"Current(mA)", "Current", 1e3}, {"Charge_Capacity(mAh)", "Charge capacity", 1e3},
        {"Discharge_Capacity(mAh)", "Discharge capacity", 1e3}, {"Charge_Energy(mWh)", "Charge energy", 1e3},
        {"Discharge_Energy(mWh)", "Discharge energy", 1e3}, {"Time", "Step time", 1.0}, {"Cycle", "Cycle", 1.0},
        {"Step", "Step", 1.0}, {"Step_Index", "Step_Index", 1.0}, {"Index", "Index", 1.0}};

    static void checkAgainstReference(Measurement m, Map<String, Object> ref) {
        int n = (int) ReferenceJson.number(ref, "n_rows");
        assertEquals(n, m.rows(), "rows");
        for (Object[] c : COLUMNS) {
            Object col = ReferenceJson.at(ref, "columns", c[0]);
            if (col == null) {
                continue;
            }
            Channel ch = m.channel((String) c[1]).orElseThrow();
            double k = (Double) c[2];
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += ch.get(r) * k;
            }
            double refSum = ReferenceJson.number(col, "sum");
            // the reference stores float32: each value may differ by half a float32 ulp of the largest value
            double big = Math.max(Math.abs(ReferenceJson.number(col, "min")), Math.abs(ReferenceJson.number(col, "max")));
            double tol = 1e-6 * Math.abs(refSum) + n * big * 0x1p-24 + 1e-9;
            assertEquals(refSum, sum, tol, c[0] + " sum");
            for (int j = 0; j < 3; j++) {
                double first = ReferenceJson.number(col, "first", j);
                double last = ReferenceJson.number(col, "last", j);
                assertEquals(first, ch.get(j) * k, 1e-6 * Math.abs(first) + 1e-9, c[0] + " first[" + j + "]");
                assertEquals(last, ch.get(n - 3 + j) * k, 1e-6 * Math.abs(last) + 1e-9, c[0] + " last[" + j + "]");
            }
        }
        int cycles = (int) ReferenceJson.number(ref, "n_cycles");
        assertEquals(cycles, m.segments(Segment.Kind.CYCLE).size(), "cycle count");
        Map<?, ?> perCycle = (Map<?, ?>) ReferenceJson.at(ref, "per_cycle");
        for (Segment s : m.segments(Segment.Kind.CYCLE)) {
            assertEquals(ReferenceJson.number(perCycle, Integer.toString(s.index()), "rows"), s.rows(), "cycle " + s.index());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"new_nda_file.nda", "2-1-6_61[07005012].nda"})
    void matchesNewareNdaReference(String name) throws IOException {
        Path f = Corpus.file("neware-nda/NewareNDA/" + name);
        Measurement m = read(f);
        checkAgainstReference(m, ReferenceJson.read(f.resolveSibling(name + ".reference.json")));
        assertEquals(Role.CELL_VOLTAGE, m.require(Role.CELL_VOLTAGE).role());
        double[] t = m.require(Role.TIME).toArray();
        for (int i = 1; i < t.length; i++) {
            assertTrue(t[i] >= t[i - 1], "test time never runs backwards (row " + i + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"new_nda_file.nda", "2-1-6_61[07005012].nda"})
    void cutCopiesAreLocatedErrors(String name) throws IOException {
        byte[] full = Files.readAllBytes(Corpus.file("neware-nda/NewareNDA/" + name));
        // bytes after the end record of a version-130 file carry no data: a cut there loses nothing
        int last = name.startsWith("new") ? full.length - 1 : 1024 + 88 * 100 + 7;
        for (int cut : new int[] {3, 15, 1000, full.length / 2 + 7, last}) {
            Path p = dir.resolve("cut" + cut + ".nda");
            Files.write(p, java.util.Arrays.copyOf(full, cut));
            NernstException e = assertThrows(NernstException.class, () -> read(p), "cut at " + cut);
            assertEquals(NernstException.Kind.INPUT, e.kind());
            assertTrue(e.location().offset().isPresent(), cut + ": " + e.getMessage());
        }
    }
}
