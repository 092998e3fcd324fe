package org.nernst.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import org.nernst.io.Importer;

/**
 * What a command may use: the importer, the streams (stdout carries only the result; logs,
 * progress and warnings go to stderr) and optional platform services by type.
 */
public record CommandContext(Importer importer, PrintStream out, PrintStream err, Map<Class<?>, Object> services) {

    public CommandContext {
        services = Map.copyOf(services);
    }

    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(services.get(type)).map(type::cast);
    }
}
