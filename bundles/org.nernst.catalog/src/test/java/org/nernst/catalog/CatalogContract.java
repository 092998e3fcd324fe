package org.nernst.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nernst.catalog.internal.Csv;
import org.nernst.catalog.internal.Migrations;
import org.nernst.core.NernstException;

/** The catalog's promises, run unchanged against every backend (H2 file, PostgreSQL). */
abstract class CatalogContract {
    private static final Path SEED = Path.of("src/main/resources/org/nernst/catalog/seed");

    abstract Backend backend();

    private Backend used;

    Catalog fresh() {
        used = backend();
        return Catalog.open(used.freshUrl());
    }

    @AfterEach
    void cleanup() {
        if (used != null) {
            used.cleanup();
        }
    }

    /** Data lines of a seed CSV counted independently of the catalog's parser (the seed has no multi-line fields). */
    private static long csvRecords(String name) throws Exception {
        String text = new String(Catalog.class.getResourceAsStream("/org/nernst/catalog/seed/" + name).readAllBytes(),
                StandardCharsets.UTF_8);
        return text.lines().skip(1).filter(l -> !l.isBlank()).count();
    }

    @Test
    void migratesFromEmptyAndSeedsAsManyRowsAsTheCsvsHave() throws Exception {
        try (Catalog c = fresh()) {
            assertEquals(Migrations.latest(), c.schemaVersion());
            List<CatalogRow> rows = c.list(CatalogFilter.ALL);
            Set<String> ids = rows.stream().map(r -> r.material().id()).collect(Collectors.toSet());
            assertEquals(33, ids.size(), "the review's 30 catalysts and 3 benchmarks");
            assertEquals(csvRecords("catalysts.csv"), ids.size());
            long metrics = rows.stream().filter(r -> r.metric().isPresent()).count();
            assertEquals(csvRecords("metrics.csv"), metrics);
            assertEquals(18, metrics);
            rows.forEach(r -> assertTrue(r.toJson().get("source").toString().contains("CC BY 4.0"),
                    "attribution in every seeded row: " + r.toJson()));
        }
    }

    @Test
    void reopeningIsIdempotent() {
        used = backend();
        String url = used.freshUrl();
        int before;
        try (Catalog c = Catalog.open(url)) {
            before = c.list(CatalogFilter.ALL).size();
            c.importResult(Results.lsvOrr(0.90, "0.1 M KOH"), "A", Provenance.unknown(), Conditions.UNKNOWN);
        }
        try (Catalog c = Catalog.open(url)) {
            assertEquals(Migrations.latest(), c.schemaVersion());
            assertEquals(before + 4, c.list(CatalogFilter.ALL).size(), "no second seed; the import kept (4 metrics)");
        }
    }

    @Test
    void seededValuesKeepRangesAndNonElectrochemicalUnits() {
        try (Catalog c = fresh()) {
            MetricSummary range = c.show("C29").orElseThrow().metrics().stream()
                    .filter(m -> m.metric().equals("fe_n_bond_length_range")).findFirst().orElseThrow();
            assertEquals(1.82, range.min().getAsDouble(), 1e-12);
            assertEquals(2.22, range.max().getAsDouble(), 1e-12);
            assertTrue(range.mean().isEmpty());
            assertEquals("angstrom", range.unit());
            MetricSummary moment = c.show("C23").orElseThrow().metrics().get(0);
            assertEquals("bohr magneton", moment.unit());
            assertEquals(3.52, moment.mean().getAsDouble(), 1e-12);
        }
    }

    @Test
    void listFiltersByReactionMetalAndMetric() {
        try (Catalog c = fresh()) {
            List<CatalogRow> e12 = c.list(CatalogFilter.ALL.withMetric("E1/2"));
            assertEquals(Set.of("C12", "B01", "C13", "B03", "C22", "C28"),
                    e12.stream().map(r -> r.material().id()).collect(Collectors.toSet()));
            List<CatalogRow> ru = c.list(CatalogFilter.ALL.withMetal("Ru"));
            assertEquals(Set.of("C14", "C15", "C20", "C21"),
                    ru.stream().map(r -> r.material().id()).collect(Collectors.toSet()));
            List<CatalogRow> her = c.list(CatalogFilter.ALL.withReaction("her"));
            assertTrue(her.stream().allMatch(r -> r.material().reactions().contains("HER")));
            assertEquals(8, her.stream().map(r -> r.material().id()).distinct().count());
        }
    }

    @Test
    void lsvResultRanksAmongTheLiteratureInItsElectrolyte() {
        try (Catalog c = fresh()) {
            ImportReport rep = c.importResult(Results.lsvOrr(0.925, "0.1M KOH"), "FeCo-NC", Provenance.unknown(),
                    Conditions.UNKNOWN);
            assertTrue(rep.sampleCreated());
            Ranking r = c.compare("orr", "half_wave_potential");
            assertEquals(Direction.HIGHER_IS_BETTER, r.direction());
            RankedEntry own = r.own().get(0);
            // 0.1 M KOH: C22 0.94 > own 0.925 > C28 0.912
            assertEquals(2, own.rank().getAsInt());
            assertEquals(3, own.groupSize());
            assertEquals("0.1 M KOH", own.electrolyte());
            RankedEntry c13 = r.entries().stream().filter(e -> e.id().equals("C13")).findFirst().orElseThrow();
            assertEquals(1, c13.rank().getAsInt(), "0.1 M HClO4 is its own group");
            RankedEntry c12 = r.entries().stream().filter(e -> e.id().equals("C12")).findFirst().orElseThrow();
            assertTrue(c12.rank().isEmpty());
            assertTrue(c12.flags().get(0).contains("electrolyte unknown"));
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("2 value(s) without a known electrolyte")));
        }
    }

    @Test
    void replicatesGiveMeanAndStandardDeviation() {
        try (Catalog c = fresh()) {
            for (double e : new double[] {0.90, 0.91, 0.93}) {
                c.importResult(Results.lsvOrr(e, "0.1 M KOH"), "rep", Provenance.unknown(),
                        Conditions.UNKNOWN.withElectrode("electrode " + e));
            }
            MetricSummary s = c.show("rep").orElseThrow().metrics().stream()
                    .filter(m -> m.metric().equals("half_wave_potential")).findFirst().orElseThrow();
            assertEquals(3, s.n());
            assertEquals(0.91333333333333333, s.mean().getAsDouble(), 1e-12);
            // hand-computed: deviations -0.01333, -0.00333, 0.01667; sum of squares 4.6667e-4 / 2 -> sd 0.015275
            assertEquals(0.0152752523, s.sd().getAsDouble(), 1e-9);
            Map<String, Object> row = c.list(CatalogFilter.ALL.withMetric("half_wave_potential")).stream()
                    .filter(x -> x.material().name().equals("rep")).findFirst().orElseThrow().toJson();
            assertEquals(3, row.get("n"));
            assertEquals(0.0152752523, (double) row.get("sd"), 1e-9);
        }
    }

    @Test
    void everyResultKindImports() {
        Map<String, Map<String, Object>> kinds = Map.ofEntries(Map.entry("lsv-orr", Results.lsvOrr(0.9, "0.1 M KOH")),
                Map.entry("lsv-oer", Results.lsvOer()), Map.entry("eis", Results.eis()),
                Map.entry("zab-pol", Results.zabPolarization()), Map.entry("zab-cycle", Results.zabCycle()),
                Map.entry("zab-dis", Results.zabDischarge()), Map.entry("kl", Results.kl()),
                Map.entry("rrde", Results.rrde()), Map.entry("ecsa", Results.ecsa()),
                Map.entry("adt", Results.stabilityAdt()), Map.entry("retention", Results.retention()),
                Map.entry("tof", Results.tof()), Map.entry("cv", Results.cv()));
        try (Catalog c = fresh()) {
            for (var k : kinds.entrySet()) {
                ImportReport rep = c.importResult(k.getValue(), "s-" + k.getKey(), Provenance.unknown(), Conditions.UNKNOWN);
                assertFalse(rep.imported().isEmpty(), k.getKey());
            }
            assertEquals(Map.of("charge_transfer_resistance", 37.5), values(c, "s-eis"));
            assertEquals("eis", c.show("s-eis").orElseThrow().metrics().get(0).values().get(0).provenance()
                    .orElseThrow().analysis().orElseThrow());
            assertEquals(Map.of("open_circuit_voltage", 1.46, "peak_power_density", 182.0,
                    "current_density_at_peak_power", 260.0), values(c, "s-zab-pol"));
            assertEquals(-0.012, values(c, "s-adt").get("delta_half_wave_potential"), 1e-15, "mV -> V");
            assertEquals(0.39, values(c, "s-lsv-oer").get("overpotential_at_10_mA_cm2"));
            assertEquals(3.95, values(c, "s-rrde").get("electron_transfer_number"));
            assertEquals(2.4, values(c, "s-rrde").get("h2o2_yield"));
            assertEquals("0.1 M KOH", c.show("s-kl").orElseThrow().metrics().get(0).electrolyte());
            // a CV has only per-cycle numbers: the last cycle's, and its peak potentials (vs an unnamed reference) refused
            assertEquals(Map.of("delta_ep", 0.08, "charge_anodic", 1.5), values(c, "s-cv"));
        }
    }

    private static Map<String, Double> values(Catalog c, String sample) {
        return c.show(sample).orElseThrow().metrics().stream()
                .collect(Collectors.toMap(MetricSummary::metric, m -> m.mean().getAsDouble()));
    }

    @Test
    void unitsAreNormalisedOnEntryOrRefused() {
        try (Catalog c = fresh()) {
            Conditions koh = Conditions.UNKNOWN.withReaction("orr").withElectrolyte("0.1 M KOH");
            c.addValue("manual", "E1/2", "915", "mV vs RHE", koh, Provenance.unknown());
            // vs Ag/AgCl (sat. KCl) at pH 13: 0.10 + 0.197 + 0.05916 * 13 = 1.06608 V vs RHE
            c.addValue("manual", "onset_potential", "0.10", "V vs Ag/AgCl (sat. KCl)", koh.withPh(13), Provenance.unknown());
            c.addValue("manual", "tafel_slope", "0.061", "V/dec", koh, Provenance.unknown());
            Map<String, Double> v = values(c, "manual");
            assertEquals(0.915, v.get("half_wave_potential"), 1e-12);
            assertEquals(1.06608, v.get("onset_potential"), 1e-9);
            assertEquals(61.0, v.get("tafel_slope"), 1e-9);
            NernstException noPh = assertThrows(NernstException.class,
                    () -> c.addValue("manual", "E1/2", "0.1", "V vs SCE", koh, Provenance.unknown()));
            assertTrue(noPh.getMessage().contains("pH"), noPh.getMessage());
            assertThrows(NernstException.class,
                    () -> c.addValue("manual", "E1/2", "0.1", "V vs Ag/AgCl", koh.withPh(13), Provenance.unknown()));
            assertThrows(NernstException.class, () -> c.addValue("manual", "E1/2", "0.9", "V", koh, Provenance.unknown()));
            assertThrows(NernstException.class, () -> c.addValue("manual", "E1/2", "0.9", "furlong", koh,
                    Provenance.unknown()));
            assertEquals(3, values(c, "manual").size(), "refused values are never stored");
            Map<String, Object> lsvVsRef = Results.of("e_half_V", 0.2, "e_onset_V", 0.3, "settings", Results.of());
            assertThrows(NernstException.class, () -> c.importResult(lsvVsRef, "x", Provenance.unknown(), koh));
        }
    }

    @Test
    void provenanceRecordsFileHashAnalysisSettingsVersionAndDate(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("orr.mpr");
        Files.writeString(data, "abc");
        try (Catalog c = fresh()) {
            ImportReport rep = c.importResult(Json(Results.lsvOrr(0.9, "0.1 M KOH")), "p",
                    Provenance.unknown().withSourceFile(data).withSoftwareVersion("0.1.0.test"), Conditions.UNKNOWN);
            Provenance p = rep.imported().get(0).provenance().orElseThrow();
            assertEquals("orr.mpr", p.sourceFile().orElseThrow());
            // SHA-256("abc"), FIPS 180-2 appendix B.1
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", p.sourceSha256().orElseThrow());
            assertEquals("lsv", p.analysis().orElseThrow());
            assertEquals("ag-agcl-sat", p.settings().get("ref"));
            assertEquals("0.1.0.test", p.softwareVersion().orElseThrow());
            assertTrue(p.date().isPresent());
            assertTrue(p.note().orElseThrow().contains("plateau slopes"));
        }
    }

    private static String Json(Map<String, Object> m) {
        return org.nernst.catalog.internal.Json.write(m);
    }

    @Test
    void exportsCsvAndJsonWithAttribution() throws Exception {
        try (Catalog c = fresh()) {
            c.importResult(Results.lsvOrr(0.925, "0.1 M KOH"), "exp", Provenance.unknown(), Conditions.UNKNOWN);
            StringWriter csv = new StringWriter();
            c.exportCsv(csv);
            List<Map<String, String>> rows = Csv.parseWithHeader(csv.toString(), "export.csv");
            assertEquals(c.list(CatalogFilter.ALL).size(), rows.size());
            assertTrue(rows.stream().filter(r -> r.get("kind").equals("literature"))
                    .allMatch(r -> r.get("source").contains("Energy Mater 2023")));
            StringWriter json = new StringWriter();
            c.exportJson(json);
            Map<String, Object> doc = org.nernst.catalog.internal.Json.parseObject(json.toString(), "export.json");
            assertEquals(34, ((List<?>) doc.get("entries")).size());
            assertTrue(json.toString().contains("\"provenance\""));
        }
    }

    @Test
    void showFindsLiteratureAndOwnEntries() {
        try (Catalog c = fresh()) {
            assertEquals("FePc|CNTs||NiCo/CP", c.show("C12").orElseThrow().material().name());
            assertEquals(Optional.empty(), c.show("C99"));
            Material s = c.addSample(new SampleSpec("Fe-N-C batch 3", List.of("Fe"), "SA", "carbon", "pyrolysis", ""));
            assertEquals(s.id(), c.show(s.id()).orElseThrow().material().id());
            assertThrows(NernstException.class, () -> c.addSample(SampleSpec.named("Fe-N-C batch 3")));
        }
    }
}
