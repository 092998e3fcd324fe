package org.nernst.cli;

import java.util.concurrent.Callable;
import org.nernst.core.Monitor;
import org.nernst.core.NernstException;
import picocli.CommandLine.Option;

/**
 * Base of every command: runs {@link #execute()}, prints its document as JSON ({@code --json},
 * exactly one document on stdout) or as a table, and turns failures into the exit codes and
 * error document of the CLI contract (2 usage, 3 input, 4 analysis). Stack traces only with --debug.
 */
public abstract class CliCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print exactly one JSON document on stdout")
    protected boolean json;

    @Option(names = "--debug", description = "show stack traces of internal errors")
    protected boolean debug;

    private CommandContext context;

    /** Called by the command factory before execution. */
    public final void init(CommandContext ctx) {
        this.context = ctx;
    }

    protected CommandContext ctx() {
        return context;
    }

    /** The result document: maps, lists, strings, numbers (rendered as JSON or as a table). */
    protected abstract Object execute() throws Exception;

    /** A progress bar on stderr (silent when stderr is not a terminal and for short work). */
    protected Monitor progress() {
        return new ProgressBar(context.err());
    }

    @Override
    public Integer call() {
        Output out = new Output(context.out(), context.err(), json);
        try {
            Object doc = execute();
            out.print(doc);
            return 0;
        } catch (NernstException e) {
            if (debug) {
                e.printStackTrace(context.err());
            }
            out.error(e);
            return switch (e.kind()) {
                case USAGE -> 2;
                case INPUT -> 3;
                case ANALYSIS -> 4;
            };
        } catch (Monitor.CancelledException e) {
            out.error(NernstException.analysis("cancelled"));
            return 4;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            // any other failure (a plug-in's bug, an AWTError without a display) becomes a message, not a trace
            if (debug) {
                e.printStackTrace(context.err());
            }
            out.error(NernstException.analysis("internal error: " + e + (debug ? "" : " (run with --debug for details)")));
            return 4;
        }
    }
}
