package org.gongkai.serve;

import java.io.IOException;
import org.gongkai.build.BuildProgress;
import org.gongkai.build.BuildResult;

/** One rebuild of the site after a change, which the preview runs and reports on. */
interface Rebuild {

    BuildResult run(BuildProgress progress) throws IOException;
}
