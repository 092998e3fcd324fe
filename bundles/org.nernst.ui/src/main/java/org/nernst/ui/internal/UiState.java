package org.nernst.ui.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** What the shell remembers between runs: explorer folders and recent files (a small properties file). */
final class UiState {
    static final int MAX_RECENT = 10;
    private final Path file;
    private final List<Path> roots = new ArrayList<>();
    private final List<Path> recent = new ArrayList<>();
    private boolean firstStart = true;

    UiState(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
                firstStart = false;
            } catch (IOException | IllegalArgumentException e) {
                // unreadable state is not worth an error dialog: start fresh, it is rewritten on exit
            }
            read(p, "root.", roots);
            read(p, "recent.", recent);
        }
    }

    private static void read(Properties p, String prefix, List<Path> into) {
        for (int i = 0; p.containsKey(prefix + i); i++) {
            into.add(Path.of(p.getProperty(prefix + i)));
        }
    }

    boolean firstStart() {
        return firstStart;
    }

    List<Path> roots() {
        return List.copyOf(roots);
    }

    List<Path> recent() {
        return List.copyOf(recent);
    }

    void addRoot(Path p) {
        Path a = p.toAbsolutePath().normalize();
        if (!roots.contains(a)) {
            roots.add(a);
        }
    }

    void removeRoot(Path p) {
        roots.remove(p);
    }

    void opened(Path p) {
        Path a = p.toAbsolutePath().normalize();
        recent.remove(a);
        recent.add(0, a);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    void save() throws IOException {
        Properties p = new Properties();
        for (int i = 0; i < roots.size(); i++) {
            p.setProperty("root." + i, roots.get(i).toString());
        }
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty("recent." + i, recent.get(i).toString());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "Nernst desktop shell state");
        }
    }
}
