package org.nernst.cli.internal.commands;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nernst.cli.CliCommand;
import org.nernst.cli.internal.Cli;
import picocli.CommandLine.Command;

/**
 * A long-running session: reads command lines from stdin and runs each one in the same OSGi
 * runtime, so plug-ins dropped into plugins/ meanwhile are used without a restart. After each
 * command it prints a line "&lt;&lt;&lt; exit N" on stdout, so scripts know where a result ends.
 */
@Command(name = "console", description = "Interactive session: one command per line (`quit` ends it).")
public class ConsoleCommand extends CliCommand implements Cli.ConsoleAware {
    private Cli cli;

    @Override
    public void setCli(Cli c) {
        this.cli = c;
    }

    @Override
    public Integer call() {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            ctx().err().print("nernst> ");
            ctx().err().flush();
            while ((line = in.readLine()) != null) {
                String l = line.strip();
                if (l.equals("quit") || l.equals("exit")) {
                    break;
                }
                if (!l.isEmpty()) {
                    int code = cli.run(split(l).toArray(String[]::new));
                    ctx().out().println("<<< exit " + code);
                    ctx().out().flush();
                }
                ctx().err().print("nernst> ");
                ctx().err().flush();
            }
            return 0;
        } catch (java.io.IOException e) {
            ctx().err().println("error: console input failed: " + e.getMessage());
            return 3;
        }
    }

    @Override
    protected Object execute() {
        throw new UnsupportedOperationException("console runs through call()");
    }

    /** Splits a command line at blanks, honouring "double" and 'single' quotes. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
            }
        }
        if (any || cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
