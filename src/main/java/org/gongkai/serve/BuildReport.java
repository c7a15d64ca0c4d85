package org.gongkai.serve;

import org.gongkai.build.BuildResult;

/**
 * What the terminal is told of each build the preview runs, and how a failure is put into words: the command line
 * prints and words them as {@code gongkai build} does.
 */
public interface BuildReport {

    /** A build that ran to the end: published, or refused for content errors. */
    void finished(BuildResult result, double seconds);

    /**
     * One line in Chinese for a failure that is not the content's fault, naming the file and the cause; the page
     * shows it as well as the terminal.
     */
    String describe(Exception failure);

    /** A build stopped by the environment, the templates or a bug; {@code message} is what {@link #describe} said. */
    void failed(String message, Exception failure);
}
