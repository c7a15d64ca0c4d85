package org.gongkai.serve;

import java.util.List;
import org.gongkai.build.BuildResult;
import org.gongkai.content.load.Severity;

/**
 * The latest build as the browser learns of it: its number, whether it was published, and if not, the problems
 * that stopped it, each with its place in the content and the message {@code gongkai build} prints.
 *
 * @param siteReady whether any build of this preview has published a site, which is then served under the errors
 */
record BuildStatus(int build, boolean ok, boolean siteReady, String heading, List<Problem> problems) {

    static final String CONTENT_ERRORS = "内容有错误，网站未更新";
    static final String BUILD_FAILED = "网站生成失败，网站未更新";

    /** One problem of a failed build: where (file:line:column, or just the file) and what to do about it. */
    record Problem(String where, String message, String rule) {}

    /** Before the first build. */
    static BuildStatus none() {
        return new BuildStatus(0, false, false, "", List.of());
    }

    BuildStatus next(BuildResult result) {
        if (result.published()) {
            return new BuildStatus(build + 1, true, true, "", List.of());
        }
        List<Problem> errors = result.findings().sorted().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> new Problem(f.at().toString(), f.message(), f.rule())).toList();
        return new BuildStatus(build + 1, false, siteReady, CONTENT_ERRORS, errors);
    }

    /** A build stopped by something other than the content: a broken template, an unwritable folder. */
    BuildStatus next(String failure) {
        return new BuildStatus(build + 1, false, siteReady, BUILD_FAILED, List.of(new Problem("", failure, "")));
    }
}
