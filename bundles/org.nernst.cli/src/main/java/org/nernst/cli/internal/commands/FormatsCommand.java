package org.nernst.cli.internal.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nernst.cli.CliCommand;
import picocli.CommandLine.Command;

@Command(name = "formats", description = "List the installed readers (id, name, extensions, bundle).")
public class FormatsCommand extends CliCommand {
    @Override
    protected Object execute() {
        return ctx().importer().formats().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.reader().id());
            m.put("name", f.reader().name());
            m.put("extensions", f.reader().extensions());
            m.put("bundle", f.bundle());
            m.put("version", f.bundleVersion());
            return m;
        }).toList();
    }

    static List<String> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (String) r.get("id")).toList();
    }
}
