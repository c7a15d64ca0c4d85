package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Turns a failure that is not the content's fault into one clear line in Chinese instead of a stack trace, exit
 * code 3; GONGKAI_DEBUG=1 shows the trace for a bug report.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        Optional<Path> writing = cli.getCommand() instanceof WritesInto command ? command.writesInto()
                : Optional.empty();
        print(FailureText.of(e, writing), e, cli.getErr());
        return Main.FAILURE;
    }

    /** Prints {@code line}, which says what {@code failure} was, and with GONGKAI_DEBUG=1 its trace. */
    static void print(String line, Throwable failure, PrintWriter err) {
        err.println(line);
        if ("1".equals(System.getenv("GONGKAI_DEBUG"))) {
            failure.printStackTrace(err);
        }
        err.flush();
    }
}
