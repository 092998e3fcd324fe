package org.nernst.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Map;
import org.nernst.cli.CliCommand;
import org.nernst.cli.CommandContext;
import org.nernst.cli.Output;
import org.nernst.core.NernstException;
import org.nernst.io.Importer;
import picocli.CommandLine;

/** Parses and runs one command line against a context; usable without OSGi (tests, engines). */
public final class Cli {
    private final CommandContext ctx;

    public Cli(CommandContext ctx) {
        this.ctx = ctx;
    }

    public Cli(Importer importer, PrintStream out, PrintStream err, Map<Class<?>, Object> services) {
        this(new CommandContext(importer, out, err, services));
    }

    public int run(String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K k = CommandLine.defaultFactory().create(cls);
                if (k instanceof CliCommand c) {
                    c.init(ctx);
                }
                if (k instanceof ConsoleAware a) {
                    a.setCli(Cli.this);
                }
                return k;
            }
        };
        Class<?> only = args.length > 0 ? NernstCommand.subcommand(args[0]) : null;
        CommandLine cl;
        if (only == null) {
            cl = new CommandLine(new NernstCommand(), factory); // help, version, errors: every subcommand
        } else {
            cl = new CommandLine(new NernstCommand.Bare(), factory);
            try {
                cl.addSubcommand(new CommandLine(factory.create(only), factory));
            } catch (Exception e) {
                throw new IllegalStateException("cannot create the command " + only.getName(), e);
            }
        }
        cl.setOut(new PrintWriter(ctx.out(), true));
        cl.setErr(new PrintWriter(ctx.err(), true));
        cl.setParameterExceptionHandler((ex, a) -> {
            boolean json = java.util.Arrays.asList(a).contains("--json");
            new Output(ctx.out(), ctx.err(), json).error(NernstException.usage(ex.getMessage()));
            if (!json) {
                ex.getCommandLine().usage(new PrintWriter(ctx.err(), true));
            }
            return 2;
        });
        return cl.execute(args);
    }

    /** Commands that run other command lines (the interactive console). */
    public interface ConsoleAware {
        void setCli(Cli cli);
    }
}
