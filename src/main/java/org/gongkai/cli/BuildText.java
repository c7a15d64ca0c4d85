package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.gongkai.build.BuildResult;
import org.gongkai.content.load.Severity;
import org.gongkai.site.SitePaths;

/** What the terminal shows when a build ends, the same for {@code build} and for each build of {@code serve}. */
final class BuildText {

    private BuildText() {}

    /** The line that tells the publisher why the build has not started yet. */
    static String waiting(String holder, Path output) {
        return holder + "正在生成 " + output + "，等它完成后再开始（同一输出目录一次只进行一个生成；按 Ctrl-C 取消）……";
    }

    /** Prints the outcome and returns the exit code {@code build} gives it. */
    static int print(BuildResult result, Path output, double seconds, PrintWriter out, PrintWriter err) {
        if (!result.published()) {
            FindingsText.print(result.findings(), err);
            err.printf("构建未完成：内容有 %d 个错误，原有网站未改动。请按上面的提示修改后重试。%n",
                    result.findings().count(Severity.ERROR));
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        out.printf("已生成 %d 个页面 → %s（用时 %.1f 秒）%n", result.pages(), output, seconds);
        out.println(FindingsText.summary(result.findings(), 0) + "检查报告：" + output.resolve(SitePaths.REPORT)
                + "（未从公开页面链接）；运行 gongkai check 查看详情。");
        out.flush();
        return 0;
    }
}
