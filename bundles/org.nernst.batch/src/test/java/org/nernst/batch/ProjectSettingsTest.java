package org.nernst.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nernst.core.NernstException;

/** The project file: JSON with per-file globs, the flat YAML subset, aliases, and options on top. */
class ProjectSettingsTest {
    @TempDir
    Path dir;

    @Test
    void jsonWithPerFileSettingsAndOptionsOnTop() throws Exception {
        Files.writeString(dir.resolve("nernst.json"), """
                {"ref": "hg-hgo-1m", "pH": 13, "Area": 0.196, "files": {"*_big*": {"area_cm2": 1.0}}}
                """);
        ProjectSettings s = ProjectSettings.load(dir);
        assertEquals("hg-hgo-1m", s.text("reference").orElseThrow());
        assertEquals(13, s.number("ph").getAsDouble());
        assertEquals(0.196, s.forFile("a.csv").number("area_cm2").getAsDouble());
        assertEquals(1.0, s.forFile("x_big_1600rpm.csv").number("area_cm2").getAsDouble());
        ProjectSettings o = s.overriddenBy(ProjectSettings.of(Map.of("area", 0.5)));
        assertEquals(0.5, o.forFile("a.csv").number("area_cm2").getAsDouble());
        assertEquals("nernst.json + options", o.source());
    }

    @Test
    void flatYamlAndItsLimits() throws Exception {
        Files.writeString(dir.resolve("nernst.yaml"), "# lab A\nreference: sce   # saturated\nph: \"1\"\nelectrolyte: 0.5M-H2SO4\n");
        ProjectSettings s = ProjectSettings.load(dir);
        assertEquals("sce", s.text("reference").orElseThrow());
        assertEquals(1.0, s.number("ph").getAsDouble());
        assertEquals("0.5M-H2SO4", s.text("electrolyte").orElseThrow());
        Files.writeString(dir.resolve("nernst.yaml"), "files:\n  - a\n");
        NernstException e = assertThrows(NernstException.class, () -> ProjectSettings.load(dir));
        assertTrue(e.getMessage().contains("nernst.json"), e.getMessage());
        Files.writeString(dir.resolve("nernst.yaml"), "ph: acid\n");
        assertThrows(NernstException.class, () -> ProjectSettings.load(dir).number("ph"));
    }
}
