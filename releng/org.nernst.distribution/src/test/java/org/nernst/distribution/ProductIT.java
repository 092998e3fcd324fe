package org.nernst.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Felix product, started as a separate process: resolution, components, stdout hygiene, drop-in plug-ins. */
class ProductIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void everyBundleIsActiveAndEveryComponentSatisfied() throws Exception {
        Product.Run r = Product.run(tmp.resolve("plugins"), tmp.resolve("cache"), "doctor", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertTrue(doc.get("ok").asBoolean(), "problems: " + doc.get("problems"));
        assertTrue(doc.get("components").size() >= 3, "components: " + doc.get("components"));
        int shipped;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Product.DIST.resolve("bundles"), "*.jar")) {
            shipped = (int) java.util.stream.StreamSupport.stream(ds.spliterator(), false).count();
        }
        assertEquals(shipped + 1, doc.get("bundles").size(), "every shipped jar is installed (+ the system bundle)");
    }

    @Test
    void formatsAndErrorsPrintExactlyOneJsonDocument() throws Exception {
        Path plugins = tmp.resolve("plugins");
        Path cache = tmp.resolve("cache");
        Product.Run formats = Product.run(plugins, cache, "formats", "--json");
        assertEquals(0, formats.code(), formats.err());
        JsonNode list = JSON.readTree(formats.out());
        assertTrue(list.findValuesAsText("bundle").contains("org.nernst.io"), formats.out());
        Path bad = Files.writeString(tmp.resolve("bad.csv"), "E/V;I/A\n0,1;0,002\n0,2; \n");
        Product.Run err = Product.run(plugins, cache, "import", bad.toString(), "--json");
        assertEquals(3, err.code());
        JsonNode e = JSON.readTree(err.out()).get("error");
        assertEquals(3, e.get("line").asInt());
        assertFalse(err.err().contains("Exception"), "no stack trace without --debug: " + err.err());
        Product.Run usage = Product.run(plugins, cache, "import", "--json");
        assertEquals(2, usage.code());
        JSON.readTree(usage.out());
    }

    @Test
    void aReaderDroppedIntoPluginsIsUsedWithoutRestartAndRemovedCleanly() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Path jar;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Paths.get(System.getProperty("nernst.itPlugins")), "*.jar")) {
            jar = ds.iterator().next();
        }
        Path sample = Paths.get(System.getProperty("nernst.example"));
        Process p = new ProcessBuilder(Product.command(plugins, tmp.resolve("cache"), "console"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertFalse(formatIds(in, out).contains("example"));
            Files.copy(jar, plugins.resolve("example-reader.jar"));
            assertTrue(waitFor(in, out, true), "dropped reader listed within 15 s");
            String imported = command(in, out, "import \"" + sample + "\" --json");
            JsonNode doc = JSON.readTree(imported);
            assertEquals("example", doc.get("format").asText());
            assertEquals(3, doc.get("rows").asInt());
            assertEquals("LSV", doc.get("technique").asText());
            Files.delete(plugins.resolve("example-reader.jar"));
            assertTrue(waitFor(in, out, false), "removed reader gone within 15 s");
            in.write("quit\n");
            in.flush();
        } finally {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertEquals(0, p.exitValue());
    }

    @Test
    void aPlugInOfAnotherFolderOrDeletedMeanwhileIsNotLoadedNextTime() throws Exception {
        Path jar;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Paths.get(System.getProperty("nernst.itPlugins")), "*.jar")) {
            jar = ds.iterator().next();
        }
        Path cache = tmp.resolve("cache");
        Path first = Files.createDirectories(tmp.resolve("plugins-a"));
        Files.copy(jar, first.resolve("example-reader.jar"));
        Product.Run a = Product.run(first, cache, "formats", "--json");
        assertTrue(JSON.readTree(a.out()).findValuesAsText("id").contains("example"), a.out() + a.err());
        // the same cache with another (empty) plug-ins folder: the cached plug-in must not come back
        Product.Run b = Product.run(tmp.resolve("plugins-b"), cache, "formats", "--json");
        assertFalse(JSON.readTree(b.out()).findValuesAsText("id").contains("example"), b.out());
        assertTrue(b.err().contains("uninstalled"), "the user is told: " + b.err());
        // back to the first folder: FileInstall installs it again; then deleted while Nernst is not running
        Product.Run c = Product.run(first, cache, "formats", "--json");
        assertTrue(JSON.readTree(c.out()).findValuesAsText("id").contains("example"), c.out() + c.err());
        Files.delete(first.resolve("example-reader.jar"));
        Product.Run d = Product.run(first, cache, "formats", "--json");
        assertFalse(JSON.readTree(d.out()).findValuesAsText("id").contains("example"), d.out());
    }

    private static boolean waitFor(Writer in, BufferedReader out, boolean present) throws Exception {
        long end = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < end) {
            if (formatIds(in, out).contains("example") == present) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private static java.util.List<String> formatIds(Writer in, BufferedReader out) throws Exception {
        return JSON.readTree(command(in, out, "formats --json")).findValuesAsText("id");
    }

    /** Sends one command line to the console and returns its stdout up to the end marker. */
    private static String command(Writer in, BufferedReader out, String line) throws Exception {
        in.write(line + "\n");
        in.flush();
        StringBuilder b = new StringBuilder();
        String l;
        while ((l = out.readLine()) != null && !l.startsWith("<<< exit ")) {
            b.append(l).append('\n');
        }
        Assumptions.assumeTrue(l != null, "console ended early");
        return b.toString();
    }
}
