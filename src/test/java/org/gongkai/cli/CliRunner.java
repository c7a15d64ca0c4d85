package org.gongkai.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line for tests of other packages, such as the search page's, which compare their output with its. */
public final class CliRunner {

    private CliRunner() {}

    /** What {@code gongkai args} prints on standard output; a failure is an AssertionError with what it said. */
    public static String out(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        if (code != 0) {
            throw new AssertionError("gongkai " + String.join(" ", args) + " exited with " + code + ": " + err);
        }
        return out.toString();
    }
}
