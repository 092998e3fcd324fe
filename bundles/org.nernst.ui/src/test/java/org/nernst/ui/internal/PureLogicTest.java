package org.nernst.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.nernst.core.model.Channel;
import org.nernst.core.model.Measurement;
import org.nernst.core.model.Metadata;
import org.nernst.core.model.Role;
import org.nernst.core.model.Technique;
import org.nernst.core.units.Quantity;
import org.nernst.ui.api.AnalysisSettings;
import org.nernst.ui.api.ReferenceElectrodes;
import org.nernst.ui.api.SettingsChannels;
import org.nernst.ui.chart.DisplayUnit;
import org.nernst.ui.chart.Plot;
import org.nernst.ui.chart.PlotCsv;
import org.nernst.ui.internal.views.EisView;
import org.nernst.ui.internal.views.RawDataView;

/** Logic behind the views that needs no display. */
class PureLogicTest {

    private static Measurement lsv() {
        return new Measurement(Metadata.builder().technique(Technique.LSV).referenceElectrode("Ag/AgCl sat. KCl").electrodeAreaCm2(0.2).build(),
                List.of(Channel.of("E", Role.POTENTIAL, Quantity.POTENTIAL, new double[] {0.0, -0.5}),
                        Channel.of("I", Role.CURRENT, Quantity.CURRENT, new double[] {-1e-4, -1e-3})));
    }

    @Test
    void settingsChannelsFollowOhmAndNernst() {
        AnalysisSettings s = AnalysisSettings.from(lsv().metadata());
        assertEquals(0.197, s.referencePotentialVsShe().orElseThrow(), 1e-12, "known electrode recognised");
        s = new AnalysisSettings(s.referenceElectrode(), s.referencePotentialVsShe(), OptionalDouble.of(13), s.areaCm2(),
                OptionalDouble.of(100), Optional.empty(), OptionalDouble.empty());
        Measurement m = SettingsChannels.apply(lsv(), s);
        // j = I/A = -1e-3 A / 0.2 cm² = -5e-3 A/cm²
        assertEquals(-5e-3, m.channel("j").orElseThrow().get(1), 1e-15);
        // E - I·Ru = -0.5 - (-1e-3)(100) = -0.4 V; RHE: -0.4 + 0.197 + 0.05916·13 = 0.56608 V
        assertEquals(-0.4, m.channel(SettingsChannels.E_IR_CORRECTED).orElseThrow().get(1), 1e-12);
        assertEquals(0.56608, m.channel(SettingsChannels.E_RHE).orElseThrow().get(1), 1e-9);
        assertEquals(Role.POTENTIAL, m.channel(Role.POTENTIAL).orElseThrow().role(), "recorded channel still first");
        assertEquals("E", m.channel(Role.POTENTIAL).orElseThrow().name());
        // the project's table (analysis.lsv ReferenceElectrode, cli.md): SCE 0.241 V, no longer the shell's own 0.2412 V
        assertEquals(0.241, ReferenceElectrodes.potentialVsShe("SCE").orElseThrow(), 1e-12);
        assertEquals(0.210, ReferenceElectrodes.potentialVsShe("Ag/AgCl 3 M KCl").orElseThrow(), 1e-12);
        assertEquals(0.165, ReferenceElectrodes.potentialVsShe("Hg/HgO (0.1 M KOH)").orElseThrow(), 1e-12);
        assertEquals(0.098, ReferenceElectrodes.potentialVsShe("hg-hgo-1m").orElseThrow(), 1e-12, "CLI ids too");
        assertTrue(ReferenceElectrodes.potentialVsShe("Hg/HgO").isEmpty(), "filling unknown: the user types it");
        assertTrue(ReferenceElectrodes.potentialVsShe("RHE").isEmpty(), "a scale, not an offset");
        for (String name : ReferenceElectrodes.names()) {
            assertTrue(name.equals("RHE") || ReferenceElectrodes.potentialVsShe(name).isPresent(), name + " offered and known");
        }
    }

    @Test
    void displayUnitsPickReadablePrefixes() {
        DisplayUnit u = DisplayUnit.of(Channel.of("I", Role.CURRENT, Quantity.CURRENT, new double[] {-1.1e-3, 2e-4}));
        assertEquals("mA", u.unit());
        assertEquals(-1.1, u.apply(new double[] {-1.1e-3})[0], 1e-12);
        assertEquals("kΩ", DisplayUnit.of(Channel.of("Z", Role.Z_REAL, Quantity.IMPEDANCE, new double[] {1500})).unit());
        assertEquals("s", DisplayUnit.of(Channel.of("t", Role.TIME, Quantity.TIME, new double[] {0.001, 3600})).unit());
        assertEquals("I [mA]", u.title("I"));
    }

    @Test
    void plotCsvHasAColumnPairPerSeries() {
        String csv = PlotCsv.format(List.of(new Plot.Series("a", new double[] {1, 2}, new double[] {3, 4}, false),
                new Plot.Series("b", new double[] {5}, new double[] {6}, true)), "E [V]", "I [mA]", "t [s]");
        assertEquals("\"a: E [V]\",\"a: I [mA]\",\"b: E [V]\",\"b: t [s]\"\n1.00000000,3.00000000,5.00000000,6.00000000\n"
                + "2.00000000,4.00000000,,\n", csv);
    }

    @Test
    void registryPutsTheTechniquesOwnViewsFirst() {
        ViewRegistry r = new ViewRegistry();
        r.add(new RawDataView(), "org.nernst.ui", "1", -100);
        r.add(new EisView(), "org.nernst.ui", "1", 0);
        Measurement eis = new Measurement(Metadata.builder().technique(Technique.EIS).build(), List.of(
                Channel.of("f", Role.FREQUENCY, Quantity.FREQUENCY, new double[] {1}),
                Channel.of("re", Role.Z_REAL, Quantity.IMPEDANCE, new double[] {1}),
                Channel.of("im", Role.Z_IMAG, Quantity.IMPEDANCE, new double[] {-1})));
        assertEquals(List.of("Nyquist / Bode", "Raw data"), r.forMeasurement(eis).stream().map(e -> e.view().name()).toList());
        assertEquals(List.of("Raw data"), r.forMeasurement(lsv()).stream().map(e -> e.view().name()).toList());
        assertFalse(new EisView().accepts(lsv()));
    }
}
