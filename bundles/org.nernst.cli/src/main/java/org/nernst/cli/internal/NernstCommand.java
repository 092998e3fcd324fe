package org.nernst.cli.internal;

import org.nernst.cli.internal.commands.BatchCommand;
import org.nernst.cli.internal.commands.ConsoleCommand;
import org.nernst.cli.internal.commands.CvCommand;
import org.nernst.cli.internal.commands.EcsaCommand;
import org.nernst.cli.internal.commands.StabilityCommand;
import org.nernst.cli.internal.commands.TofCommand;
import org.nernst.cli.internal.commands.DoctorCommand;
import org.nernst.cli.internal.commands.FormatsCommand;
import org.nernst.cli.internal.commands.ImportCommand;
import org.nernst.cli.internal.commands.EisCommand;
import org.nernst.cli.internal.commands.KlCommand;
import org.nernst.cli.internal.commands.LsvCommand;
import org.nernst.cli.internal.commands.RrdeCommand;
import org.nernst.cli.internal.commands.ZabCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/** The root command: one subcommand per task (contract: ../shared/design/cli.md). */
@Command(name = "nernst", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class,
        description = NernstCommand.DESCRIPTION,
        subcommands = {
            HelpCommand.class,
            FormatsCommand.class,
            ImportCommand.class,
            LsvCommand.class,
            DoctorCommand.class,
            ConsoleCommand.class,
            org.nernst.cli.internal.commands.CatalogCommand.class,
            KlCommand.class,
            EisCommand.class,
            RrdeCommand.class,
            ZabCommand.class,
            ZabCommand.Cycling.class,
            CvCommand.class, EcsaCommand.class, StabilityCommand.class, TofCommand.class,
            BatchCommand.class,
        })
public class NernstCommand {
    static final String DESCRIPTION = "Electrochemistry data: import instrument exports, compute catalyst metrics, compare with the literature.";

    /**
     * The root alone, for a command line that names its subcommand: picocli builds the model of every
     * declared subcommand (options, mixins, nested commands) up front, about 0.1-0.2 s of each start on
     * a 2-core machine, while a run needs only one of them.
     */
    @Command(name = "nernst", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class,
            description = DESCRIPTION)
    static final class Bare {
    }

    /** The subcommand class named {@code name} (or one of its aliases), if any; not `help`, which needs them all. */
    static Class<?> subcommand(String name) {
        for (Class<?> c : NernstCommand.class.getAnnotation(Command.class).subcommands()) {
            if (c == HelpCommand.class) {
                continue;
            }
            Command cmd = c.getAnnotation(Command.class);
            if (cmd != null && (cmd.name().equals(name) || java.util.Arrays.asList(cmd.aliases()).contains(name))) {
                return c;
            }
        }
        return null;
    }
}
