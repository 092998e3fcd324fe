package org.nernst.io.biologic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Segment;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Units;
import org.nernst.io.api.MeasurementReader;
import org.nernst.testing.Corpus;
import org.nernst.testing.Json;

/** The MIT-licensed EC-Lab files (ixdat, impedance.py, PyProBE) against the values their sources assert. */
class EcLabFilesTest {
    private static final String IXDAT = "biologic-mpt/ixdat-large-test-files/";

    /** ixdat asserts unit and exact first and last value of every column. */
    @ParameterizedTest
    @ValueSource(strings = {"dataset_with_loop_01_01_OCV_DUSB0_C01.mpt", "dataset_with_loop_01_03_CP_DUSB0_C01.mpt",
        "multiple_techniques_dataset_01_02_CVA_C01.mpt", "multiple_techniques_dataset_01_03_CP_C01.mpt",
        "multiple_techniques_dataset_01_05_CA_C01.mpt", "multiple_techniques_dataset_01_07_ZIR_C01.mpt"})
    @SuppressWarnings("unchecked")
    void ixdatFirstAndLastValues(String file) throws Exception {
        Measurement m = Fixtures.read(Corpus.file(IXDAT + file)).get(0);
        Object ref = Json.read(Corpus.root().resolve("reference-values/" + IXDAT + file + ".json"));
        Map<String, Object> cols = (Map<String, Object>) Json.at(ref, "columns");
        int compared = 0;
        for (var e : cols.entrySet()) {
            String column = e.getKey();
            if (column.endsWith("=0") || column.equals("loop_number")) {
                continue; // added by ixdat, not file columns
            }
            List<Object> spec = (List<Object>) e.getValue();
            String unit = (String) spec.get(0);
            String name = column.contains("/") && Units.parse(column.substring(column.lastIndexOf('/') + 1)).isPresent()
                    ? column.substring(0, column.lastIndexOf('/')) : column;
            Channel c = m.channel(name).or(() -> m.channel(name.equals("control") ? controlName(unit) : name))
                    .or(() -> m.channel(name.replaceFirst("^-", "")).filter(x -> spec.get(1) == null))
                    .orElseThrow(() -> new AssertionError(column + " missing; have " + m.describeChannels()));
            if (spec.get(1) == null) {
                assertEquals(0, c.size(), column + " holds no data");
                compared++;
                continue;
            }
            List<Object> firstLast = (List<Object>) spec.get(1);
            double k = Units.parse(unit).map(u -> u.factor()).orElse(1.0);
            assertEquals((Double) firstLast.get(0) * k, c.get(0), 1e-12 * Math.abs((Double) firstLast.get(0) * k), column + " first");
            assertEquals((Double) firstLast.get(1) * k, c.get(c.size() - 1), 1e-12 * Math.abs((Double) firstLast.get(1) * k), column + " last");
            compared++;
        }
        assertTrue(compared >= 5, "compared " + compared);
    }

    private static String controlName(String unit) {
        return unit.equals("V") ? "control V" : "control I";
    }

    @Test
    void zirHasEveryColumnAndNoRows() throws Exception {
        Measurement m = Fixtures.read(Corpus.file(IXDAT + "multiple_techniques_dataset_01_07_ZIR_C01.mpt")).get(0);
        assertEquals(0, m.rows());
        assertEquals(Technique.EIS, m.metadata().technique());
        assertEquals("IR compensation (PEIS)", m.metadata().vendorTechnique());
        assertEquals(15, m.channels().size());
    }

    @Test
    void impedancePyBioLogicSpectrum() throws Exception {
        Path f = Corpus.file("biologic-mpt/impedance.py/exampleDataBioLogic.mpt");
        Measurement m = Fixtures.read(f).get(0);
        Object ref = Json.read(Corpus.root().resolve("reference-values/biologic-mpt/impedance.py/exampleDataBioLogic.mpt.json"));
        assertEquals(43, m.rows());
        assertEquals(Technique.EIS, m.metadata().technique());
        @SuppressWarnings("unchecked")
        List<Object> freq = (List<Object>) Json.at(ref, "frequency_Hz");
        double[] f0 = m.require(Role.FREQUENCY).toArray();
        for (int i = 0; i < freq.size(); i++) {
            assertEquals((Double) freq.get(i), f0[i], 1e-5 * f0[i]);
        }
        // first point: Z = 65.470886 - 0.38998979j (file writes -Im(Z) = 0.38998979)
        assertEquals(65.470886, m.require(Role.Z_REAL).get(0), 1e-9);
        assertEquals(-0.38998979, m.require(Role.Z_IMAG).get(0), 1e-12);
        assertEquals(-2.3458567, m.require(Role.Z_IMAG).get(42), 1e-12);
        assertEquals(LocalDateTime.of(2018, 2, 4, 10, 2, 46), m.metadata().startTime().orElseThrow());
    }

    @Test
    void decimalCommaCvWithScanRateAndCycles() throws Exception {
        Measurement m = Fixtures.read(Corpus.file("biologic-mpt/ixdat/Pt_poly_cv_CUT.mpt")).get(0);
        assertEquals(223, m.rows());
        assertEquals(Technique.CV, m.metadata().technique());
        assertEquals(0.1, m.metadata().scanRateVPerS().orElseThrow(), 1e-12, "dE/dt 100,000 mV/s");
        assertEquals(LocalDateTime.of(2020, 7, 29, 10, 31, 1), m.metadata().startTime().orElseThrow());
        List<Segment> cycles = m.segments(Segment.Kind.CYCLE);
        assertTrue(cycles.size() >= 3, "cycles 1..5 of the cut file: " + cycles);
        assertEquals(m.rows(), cycles.get(cycles.size() - 1).end());
        assertEquals(m.rows(), m.require(Role.POTENTIAL).size());
        assertTrue(m.metadata().electrodeAreaCm2().isEmpty(), "0,001 cm² is EC-Lab's unset default");
    }

    @Test
    void referenceElectrodeAreaAndLoops() throws Exception {
        Measurement lsv = Fixtures.read(Corpus.file("biologic-mpr/yadg/lsv.mpt")).get(0);
        assertEquals("SCE Saturated Calomel Electrode", lsv.metadata().referenceElectrode().orElseThrow());
        assertEquals(0.241, lsv.metadata().referencePotentialVsShe().orElseThrow(), 1e-12);
        assertEquals(Technique.LSV, lsv.metadata().technique());
        assertEquals(0.020, lsv.metadata().scanRateVPerS().orElseThrow(), 1e-12);
        Measurement peis = Fixtures.read(Corpus.file("biologic-mpr/yadg/peis.issue_225.ewe_ece.mpt")).get(0);
        assertEquals(1.131, peis.metadata().electrodeAreaCm2().orElseThrow(), 1e-12, "113.100 mm²");
        Measurement ca = Fixtures.read(Corpus.file("biologic-mpr/yadg/ca.issue_149.mpt")).get(0);
        List<Segment> loops = ca.segments(Segment.Kind.TECHNIQUE);
        assertEquals(4, loops.size());
        assertEquals(new Segment(Segment.Kind.TECHNIQUE, 1, 20, 40, "loop 1"), loops.get(1));
        assertTrue(ca.metadata().compensatedResistanceOhm().isEmpty() || ca.metadata().compensatedResistanceOhm().getAsDouble() > 0);
    }

    @Test
    void moduloBatSequencesAreLabelledSteps() throws Exception {
        Measurement mb = Fixtures.read(Corpus.file("biologic-mpr/yadg/mb.issue_95.mpt")).get(0);
        assertEquals(Technique.GCPL, mb.metadata().technique());
        List<Segment> steps = mb.segments(Segment.Kind.STEP);
        assertEquals(List.of("Rest sequence 0", "CC sequence 1", "CC sequence 2"), steps.stream().map(Segment::label).toList());
        assertEquals(-0.065, mb.channel("control I").orElseThrow().get(mb.rows() - 1), 1e-12, "control/mA -65 in CC");
    }

    @Test
    void headerlessExportsAreRecognised() throws Exception {
        Path f = Corpus.file("biologic-mpt/PyProBE/Sample_data_biologic_no_header.mpt");
        assertEquals(MeasurementReader.LIKELY, Fixtures.probe(f));
        Measurement m = Fixtures.read(f).get(0);
        // PyProBE: final row Time 281792.50213 s, Voltage 2.9814022 V, Current 0, Temperature 24.506462 °C
        int last = m.rows() - 1;
        assertEquals(281792.50213, m.require(Role.TIME).get(last), 1e-6);
        assertEquals(2.9814022, m.require(Role.CELL_VOLTAGE).get(last), 1e-12);
        assertEquals(0.0, m.require(Role.CURRENT).get(last), 0.0);
        assertEquals(24.506462, m.require(Role.TEMPERATURE).get(last), 1e-9);
    }

    @Test
    void btLabModuloBatText() throws Exception {
        Path f = Corpus.file("biologic-mpt/PyProBE/Sample_data_biologic_01_MB_CA1.txt");
        assertEquals(MeasurementReader.CERTAIN, Fixtures.probe(f));
        Measurement m = Fixtures.read(f).get(0);
        assertEquals(1397, m.rows());
        // PyProBE: final row Time 139.524007 s, Current -0.899826 A, Voltage 3.4854481 V, Temperature 23.029291 °C
        int last = m.rows() - 1;
        assertEquals(139.524007, m.require(Role.TIME).get(last), 1e-6, "PyProBE rounds to 1 µs");
        assertEquals(-0.899826, m.require(Role.CURRENT).get(last), 1e-6);
        assertEquals(3.4854481, m.channel(Role.CELL_VOLTAGE).or(() -> m.channel(Role.POTENTIAL)).orElseThrow().get(last), 1e-7);
        assertEquals(LocalDateTime.of(2024, 5, 13, 11, 19, 51, 602_000_000), m.metadata().startTime().orElseThrow());
    }
}
