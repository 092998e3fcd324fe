package org.nernst.catalog;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which database a catalog command uses: {@code --db JDBC_URL}, else the environment variable
 * {@code NERNST_DB}, else an embedded H2 file in the user's data directory
 * ({@code $XDG_DATA_HOME/nernst/catalog.mv.db}, or {@code ~/.local/share/nernst/catalog.mv.db} as the
 * XDG Base Directory Specification defaults it), created on first use.
 */
public final class CatalogLocation {
    public static final String ENV = "NERNST_DB";

    private CatalogLocation() {
    }

    public static String resolve(Optional<String> dbOption, Map<String, String> env, Path home) {
        if (dbOption.isPresent() && !dbOption.get().isBlank()) {
            return dbOption.get().strip();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.strip();
        }
        return "jdbc:h2:file:" + dataDir(env, home).resolve("catalog").toAbsolutePath();
    }

    /** The XDG data home (an absolute $XDG_DATA_HOME, else ~/.local/share) plus "nernst". */
    public static Path dataDir(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : home.resolve(".local").resolve("share");
        return base.resolve("nernst");
    }
}
