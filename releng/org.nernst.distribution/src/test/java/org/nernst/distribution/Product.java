package org.nernst.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the built Felix product as a user would (a separate JVM), capturing stdout and stderr apart. */
final class Product {
    static final Path DIST = Paths.get(System.getProperty("nernst.dist", "target/nernst"));

    record Run(int code, String out, String err) {
    }

    private Product() {
    }

    static List<String> command(Path plugins, Path cache, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 23) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.add("-Dnernst.home=" + DIST);
        cmd.add("-Dnernst.plugins=" + plugins);
        cmd.add("-Dnernst.cache=" + cache);
        cmd.add("-Dnernst.headless=true");
        cmd.add("-jar");
        cmd.add(DIST.resolve("lib/org.nernst.launcher.jar").toString());
        cmd.addAll(List.of(args));
        return cmd;
    }

    static Run run(Path plugins, Path cache, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("nernst-out", ".txt");
        Path err = Files.createTempFile("nernst-err", ".txt");
        Process p = new ProcessBuilder(command(plugins, cache, args)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("nernst " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
