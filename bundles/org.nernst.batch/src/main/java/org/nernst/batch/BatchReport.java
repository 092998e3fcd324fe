package org.nernst.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of a batch: one entry per file, then the group analyses (K-L series), and timings. */
public record BatchReport(String folder, String settingsSource, Map<String, Object> settings, List<FileEntry> files,
        List<FileEntry> groups, StageTimes times) {

    public BatchReport {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        files = List.copyOf(files);
        groups = List.copyOf(groups);
    }

    public BatchReport withTimes(StageTimes t) {
        return new BatchReport(folder, settingsSource, settings, files, groups, t);
    }

    public List<FileEntry> all() {
        List<FileEntry> a = new ArrayList<>(files);
        a.addAll(groups);
        return a;
    }

    public long failed() {
        return files.stream().filter(f -> !f.ok()).count();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folder", folder);
        m.put("settings_source", settingsSource);
        m.put("settings", settings);
        m.put("files", files.stream().map(FileEntry::toJson).toList());
        m.put("groups", groups.stream().map(FileEntry::toJson).toList());
        m.put("n_files", files.size());
        m.put("n_failed", failed());
        m.put("timings", times.toJson());
        return m;
    }
}
