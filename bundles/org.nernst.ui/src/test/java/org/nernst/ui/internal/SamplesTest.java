package org.nernst.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nernst.core.Monitor;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.io.ReaderRegistry;

/** The shipped samples are exactly what SampleData generates, and read back as the techniques they claim. */
class SamplesTest {
    private static final ReaderRegistry READER = ReaderRegistry.withBuiltInReaders();

    private static Measurement read(String name) {
        return READER.read(ShellUiTest.samples().resolve(name), Optional.empty(), Monitor.none()).first();
    }

    @Test
    void committedSamplesAreReproducibleFromTheGenerator() throws Exception {
        Map<String, String> expected = SampleData.all();
        try (var files = Files.list(ShellUiTest.samples())) {
            assertEquals(expected.keySet().stream().sorted().toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (var e : expected.entrySet()) {
            Path p = ShellUiTest.samples().resolve(e.getKey());
            assertEquals(e.getValue(), Files.readString(p, StandardCharsets.UTF_8), e.getKey() + " differs: rerun SampleData.main");
        }
    }

    @Test
    void samplesReadAsTheirTechniques() {
        assertEquals(Technique.LSV, read("orr-rde-1600rpm-lsv.csv").metadata().technique());
        assertEquals(Technique.CV, read("cv-adsorbed-redox.csv").metadata().technique());
        assertEquals(Technique.EIS, read("eis-randles.csv").metadata().technique());
        assertEquals(Technique.GCPL, read("zn-air-cycling-gcpl.csv").metadata().technique());
        assertEquals(Technique.CA, read("ca-cottrell.csv").metadata().technique());
        Measurement lsv = read("orr-rde-1600rpm-lsv.csv");
        assertEquals(0.196, lsv.metadata().electrodeAreaCm2().orElseThrow(), 1e-12);
        assertEquals(1600, lsv.metadata().rotationRpm().orElseThrow(), 1e-9);
    }

    @Test
    void orrPlateauIsTheLevichCurrent() {
        // hand-computed: 0.620·4·96485·(1.9e-5)^(2/3)·(2π·1600/60)^(1/2)·0.01^(-1/6)·1.2e-6 = 5.70 mA/cm², × 0.196 cm² = 1.118 mA
        Measurement lsv = read("orr-rde-1600rpm-lsv.csv");
        double[] i = lsv.require(Role.CURRENT).toArray();
        assertEquals(-1.118e-3, i[i.length - 1], 0.02 * 1.118e-3);
    }

    @Test
    void randlesSpectrumStartsAtRsAndIsCapacitive() {
        Measurement eis = read("eis-randles.csv");
        double[] re = eis.require(Role.Z_REAL).toArray();
        double[] im = eis.require(Role.Z_IMAG).toArray();
        assertEquals(15, re[0], 0.5, "at 100 kHz the cell is Rs");
        for (double v : im) {
            assertTrue(v < 0, "capacitive: Z'' < 0 with its physical sign");
        }
    }
}
