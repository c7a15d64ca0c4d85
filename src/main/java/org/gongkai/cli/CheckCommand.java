package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.check.ContentCheck;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Severity;
import org.gongkai.site.SiteRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai check}: the pre-release checks, without building the site. */
@Command(name = "check",
        description = {"发布前检查：格式错误、金额与清单不一致、指标体系不完整、文本中的涉密标识和个人信息等。",
                "有错误时退出码为 1；加 --strict 时有警告也为 1。",
                "Runs the pre-release checks on the content without building the site."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    HelpOptions help;

    enum Format { text, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONTENT_DIR", description = "内容目录（默认 content）")
    Path content = Path.of("content");

    @Option(names = "--format", paramLabel = "FORMAT", description = "输出格式：text（默认）或 json（每行一个 JSON 对象）")
    Format format = Format.text;

    @Option(names = "--strict", description = "有警告时也以退出码 1 结束")
    boolean strict;

    /** One severity to list in full; its names are the option's values. */
    enum Only {
        errors(Severity.ERROR), warnings(Severity.WARNING), notices(Severity.NOTICE);

        final Severity severity;

        Only(Severity severity) {
            this.severity = severity;
        }
    }

    @Option(names = "--only", paramLabel = "SEVERITY",
            description = "只逐条列出一种：errors（错误）、warnings（警告）或 notices（提示）；默认列出错误和警告，提示按规则计数")
    Only only;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Findings findings = new ContentCheck(new ContentLoader(content), SiteRenderer.MARKDOWN).run();
        Optional<Severity> severity = Optional.ofNullable(only).map(o -> o.severity);
        if (format == Format.json) {
            FindingsJson.print(findings, severity, out);
        } else {
            FindingsText.print(findings, severity, out);
        }
        boolean fail = findings.hasErrors() || (strict && findings.count(Severity.WARNING) > 0);
        return fail ? Main.CONTENT_ERRORS : 0;
    }
}
