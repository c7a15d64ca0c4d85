package org.gongkai.serve;

import java.io.IOException;
import org.gongkai.site.BuildProgress;
import org.gongkai.site.BuildResult;

/**
 * One rebuild of the site after a change. For now every rebuild is a full build ({@link FullRebuild}); issue 7's
 * incremental build cache is designed separately and slots in here as another implementation.
 */
interface Rebuild {

    BuildResult run(BuildProgress progress) throws IOException;
}
