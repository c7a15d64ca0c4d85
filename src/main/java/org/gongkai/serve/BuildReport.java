package org.gongkai.serve;

import org.gongkai.site.BuildResult;

/** What the terminal is told of each build the preview runs; the command line prints it as {@code gongkai build} does. */
public interface BuildReport {

    /** A build that ran to the end: published, or refused for content errors. */
    void finished(BuildResult result, double seconds);

    /** A build stopped by the environment or the templates, with one line in Chinese saying why. */
    void failed(String message);
}
