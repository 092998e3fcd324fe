package org.nernst.batch.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.nernst.analysis.rde.Electrolyte;
import org.nernst.analysis.rde.KlAnalyzer;
import org.nernst.analysis.rde.KlOptions;
import org.nernst.analysis.rde.KlResult;
import org.nernst.analysis.rde.RotationRates;
import org.nernst.batch.FileEntry;
import org.nernst.batch.ProjectSettings;
import org.nernst.core.NernstException;
import org.nernst.core.model.Measurement;

/**
 * Rotation series for Koutecky-Levich: ORR sweeps of the same sample (same file name once the rate
 * is taken out: "PtC_400rpm.csv", "PtC_1600rpm.csv") at three or more different rates, with the rate
 * from the file's metadata or name. The same analysis as the kl command.
 */
public final class KlGroups {
    private KlGroups() {
    }

    public static List<FileEntry> run(List<FileEntry> entries, Map<String, Measurement> orr, ProjectSettings settings) {
        Map<String, List<String>> bySample = new TreeMap<>();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (FileEntry e : entries) {
            Measurement m = orr.get(e.file());
            if (m == null || !e.ok()) {
                continue;
            }
            OptionalDouble rpm = m.metadata().rotationRpm().isPresent() ? m.metadata().rotationRpm()
                    : RotationRates.fromFileName(Path.of(e.file()).getFileName().toString());
            if (rpm.isEmpty()) {
                continue;
            }
            rates.put(e.file(), rpm.getAsDouble());
            bySample.computeIfAbsent(sample(e.file()), k -> new ArrayList<>()).add(e.file());
        }
        List<FileEntry> out = new ArrayList<>();
        bySample.forEach((sample, files) -> {
            if (files.stream().map(rates::get).distinct().count() < RotationRates.MIN_RATES) {
                return;
            }
            List<String> sorted = files.stream().sorted(Comparator.comparing(rates::get)).toList();
            out.add(analyze(sample, sorted, sorted.stream().map(orr::get).toList(), sorted.stream().map(rates::get).toList(),
                    settings.forFile(Path.of(sorted.get(0)).getFileName().toString())));
        });
        return out;
    }

    /** The sample name: the file name without extension and without the rotation-rate token. */
    static String sample(String file) {
        String name = file.replaceFirst("\\.[A-Za-z0-9]+$", "");
        String s = name.replaceAll("(?i)[ _\\-]*\\d+(?:\\.\\d+)?\\s*rpm", "");
        if (s.equals(name)) {
            s = name.replaceAll("(?<=^|[_\\- ])\\d{3,5}(?=$|[_\\- ])", "").replaceAll("[_\\- ]{2,}", "_");
        }
        return s.replaceAll("[_\\- ]+$", "") + " (K-L)";
    }

    private static FileEntry analyze(String sample, List<String> files, List<Measurement> ms, List<Double> rpm,
            ProjectSettings s) {
        try {
            Optional<String> name = s.text("electrolyte");
            if (name.isEmpty()) {
                throw NernstException.analysis("Koutecky-Levich needs the electrolyte (C0, D0, nu): set \"electrolyte\" "
                        + "(0.1M-KOH, 0.1M-HClO4, 0.5M-H2SO4, 1M-KOH) in nernst.json or pass --electrolyte");
            }
            Electrode el = Electrode.of(s, ms.get(0));
            if (el.areaMissing()) {
                throw NernstException.analysis("Koutecky-Levich needs current densities: set \"area_cm2\" in nernst.json or pass --area");
            }
            KlResult r = KlAnalyzer.analyze(ms, KlOptions.defaults(Electrolyte.require(name.get())).withRpm(rpm), el.corrections());
            return new FileEntry(sample, files, Optional.empty(), "LSV (rotation series)", "kl", Optional.empty(),
                    Optional.of(r.toJson()), Optional.empty(), List.of(), Optional.empty());
        } catch (NernstException e) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("message", e.getMessage());
            err.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            return new FileEntry(sample, files, Optional.empty(), "LSV (rotation series)", "kl", Optional.empty(),
                    Optional.empty(), Optional.of(err), List.of(), Optional.empty());
        }
    }
}
