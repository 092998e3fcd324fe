package org.nernst.io.biologic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.units.Quantity;
import org.nernst.core.units.Units;
import org.nernst.io.api.MeasurementReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.Json;

/**
 * Every EC-Lab text file of yadg's test suite against yadg's own decoded reference
 * (PROVENANCE.md: n_rows, first and last three values of every numeric column, in the file's units).
 */
class EcLabCorpusTest {

    @ParameterizedTest
    @ValueSource(strings = {"bcd.issue_241", "ca.issue_149", "ca", "coc.issue_185", "cov.issue_185", "cp.issue_149", "cp",
        "cv", "cva.issue_202", "gcpl.issue_149", "gcpl.issue_211", "gcpl.issue_226.I", "gcpl.pr_182.1", "geis.issue_149",
        "lsv", "mb.issue_223", "mb.issue_95", "ocv", "peis.issue_149", "peis.issue_225.ewe_ece", "peis", "vsp_ocv_with",
        "vsp_ocv_wo", "wait", "zir"})
    @SuppressWarnings("unchecked")
    void matchesYadgReference(String stem) throws Exception {
        Path f = Corpus.file("biologic-mpr/yadg/" + stem + ".mpt");
        assertEquals(MeasurementReader.CERTAIN, Fixtures.probe(f));
        List<Measurement> ms = Fixtures.read(f);
        assertEquals(1, ms.size());
        Measurement m = ms.get(0);
        Object ref = Json.read(f.resolveSibling(stem + ".mpt.reference.json"));
        Map<String, Object> vars = (Map<String, Object>) Json.at(ref, "variables");
        // yadg reports one row without any variable for a file with column names and no data (wait.mpt)
        int rows = vars.isEmpty() ? 0 : ((Double) Json.at(ref, "n_rows")).intValue();
        assertEquals(rows, m.rows(), "rows");
        List<String> unmatched = new ArrayList<>();
        int compared = 0;
        for (var e : vars.entrySet()) {
            Map<String, Object> v = (Map<String, Object>) e.getValue();
            List<Object> first = (List<Object>) v.get("first");
            if (first == null || first.isEmpty() || first.stream().anyMatch(x -> x instanceof String)) {
                continue;
            }
            String name = e.getKey();
            double sign = 1;
            Optional<Channel> ch = find(m, name);
            if (ch.isEmpty() && name.startsWith("-")) {
                ch = find(m, name.substring(1));
                sign = -1;
            }
            if (ch.isEmpty()) {
                unmatched.add(name);
                continue;
            }
            Map<String, Object> attrs = (Map<String, Object>) v.get("attrs");
            String unit = attrs == null ? "" : (String) attrs.getOrDefault("units", "");
            Channel c = ch.get();
            double k = sign * (c.quantity() == Quantity.DIMENSIONLESS || c.quantity() == Quantity.UNKNOWN || unit.isEmpty()
                    ? 1 : Units.parse(unit).orElseThrow(() -> new AssertionError("unit " + unit)).factor());
            List<Object> last = (List<Object>) v.get("last");
            for (int i = 0; i < first.size(); i++) {
                check(first.get(i), c.get(i), k, name + "[" + i + "]");
                check(last.get(i), c.get(rows - last.size() + i), k, name + "[" + (rows - last.size() + i) + "]");
            }
            compared++;
        }
        assertTrue(unmatched.isEmpty(), "reference columns without a channel: " + unmatched + "; have " + m.describeChannels());
        assertTrue(rows == 0 || compared >= 3, "compared " + compared);
    }

    private static void check(Object expected, double actual, double k, String what) {
        if (expected == null) {
            assertTrue(Double.isNaN(actual), what + " should be NaN but is " + actual);
            return;
        }
        double e = ((Double) expected) * k;
        assertEquals(e, actual, 1e-12 * Math.abs(e) + 1e-300, what);
    }

    /** yadg names: EC-Lab column name without unit, "/" inside a name written " or ", control split by mode. */
    private static Optional<Channel> find(Measurement m, String yadgName) {
        String name = switch (yadgName) {
            case "control_V" -> "control V";
            case "control_I" -> "control I";
            default -> yadgName.replace(" or ", "/");
        };
        return m.channel(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mb.issue_95.de", "ocv.old", "wait.old"})
    void filesWithoutJsonReferenceRead(String stem) throws Exception {
        Path f = Corpus.file("biologic-mpr/yadg/" + stem + ".mpt");
        Measurement m = Fixtures.read(f).get(0);
        assertTrue(m.rows() >= 0);
        assertTrue(Files.size(f) > 0);
        if (stem.equals("mb.issue_95.de")) {
            // the German export holds the same numbers as the English one, with decimal commas
            Measurement en = Fixtures.read(Corpus.file("biologic-mpr/yadg/mb.issue_95.mpt")).get(0);
            assertEquals(en.rows(), m.rows());
            for (Channel c : en.channels()) {
                org.junit.jupiter.api.Assertions.assertArrayEquals(c.toArray(), m.channel(c.name()).orElseThrow().toArray(), 0.0, c.name());
            }
            assertEquals(Role.POTENTIAL, m.channel("Ewe").orElseThrow().role());
        }
    }
}
