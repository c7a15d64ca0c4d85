package org.gongkai.serve;

import java.io.IOException;
import java.nio.file.Path;
import org.gongkai.build.BuildProgress;
import org.gongkai.build.BuildResult;
import org.gongkai.build.SiteBuild;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.site.Templates;

/**
 * The site built again exactly as {@code gongkai build} builds it: only what changed, when the last build's cache
 * allows. The loader and templates are made afresh
 * each time, so that FreeMarker's template cache never hides an edited template.
 */
record SiteRebuild(Path content, Path templates, Path output) implements Rebuild {

    @Override
    public BuildResult run(BuildProgress progress) throws IOException {
        return new SiteBuild(new ContentLoader(content), new Templates(templates),
                Runtime.getRuntime().availableProcessors(), progress).build(output);
    }
}
