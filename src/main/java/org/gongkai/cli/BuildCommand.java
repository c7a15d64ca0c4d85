package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Severity;
import org.gongkai.site.BuildResult;
import org.gongkai.site.SiteBuilder;
import org.gongkai.site.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai build}: content in, a complete static site out, or the previous site left as it was. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"生成静态网站：读取内容目录，写入输出目录（默认 site/）。内容有错误时不改动原有网站。",
                "Builds the static site from the content directory into the output directory."})
final class BuildCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTENT_DIR", description = "内容目录（默认 content）")
    Path content = Path.of("content");

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "输出目录（默认 site）")
    Path output = Path.of("site");

    @Option(names = "--templates", paramLabel = "DIR", description = "模板目录（默认 templates）")
    Path templates;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        SiteBuilder builder = new SiteBuilder(new ContentLoader(content), new Templates(Locations.templates(templates)));
        BuildResult result = builder.build(output);
        if (!result.published()) {
            FindingsText.print(result.findings(), err);
            err.printf("构建未完成：内容有 %d 个错误，原有网站未改动。请按上面的提示修改后重试。%n",
                    result.findings().count(Severity.ERROR));
            return Main.CONTENT_ERRORS;
        }
        out.printf("已生成 %d 个页面 → %s（用时 %.1f 秒）%n", result.pages(), output,
                (System.nanoTime() - start) / 1e9);
        out.println(FindingsText.summary(result.findings(), 0) + "检查报告：" + output.resolve(SiteBuilder.REPORT_PAGE)
                + "（未从公开页面链接）；运行 gongkai check 查看详情。");
        return 0;
    }
}
