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

/** The root command: one subcommand per task (contract: ../shared/design/cli.md). */
@Command(name = "nernst", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Electrochemistry data: import instrument exports, compute catalyst metrics, compare with the literature.",
        subcommands = {
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
}
