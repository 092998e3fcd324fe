package org.nernst.cli.internal.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nernst.cli.CliCommand;
import org.nernst.io.FormatInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "formats", description = "List the installed readers (id, name, extensions, bundle).")
public class FormatsCommand extends CliCommand {
    @Option(names = "--probe", paramLabel = "FILE",
            description = "Also give each reader's confidence (0-100) for FILE, most confident first.")
    Optional<Path> probe;

    @Override
    protected Object execute() {
        List<FormatInfo> formats = ctx().importer().formats();
        if (probe.isEmpty()) {
            return formats.stream().map(FormatsCommand::row).toList();
        }
        Map<String, Integer> scores = ctx().importer().probe(probe.get());
        return scores.entrySet().stream().map(e -> {
            Map<String, Object> m = row(formats.stream().filter(f -> f.reader().id().equals(e.getKey()))
                    .findFirst().orElseThrow());
            m.put("confidence", e.getValue());
            return m;
        }).toList();
    }

    private static Map<String, Object> row(FormatInfo f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.reader().id());
        m.put("name", f.reader().name());
        m.put("extensions", f.reader().extensions());
        m.put("bundle", f.bundle());
        m.put("version", f.bundleVersion());
        return m;
    }
}
