package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.build.BuildProgress;
import org.gongkai.build.BuildResult;
import org.gongkai.build.BuildStage;
import org.gongkai.build.SiteBuild;
import org.gongkai.content.load.ContentLoader;
import org.gongkai.output.OutputRefused;
import org.gongkai.site.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai build}: content in, a complete static site out, or the previous site left as it was. */
@Command(name = "build",
        description = {"生成静态网站：读取内容目录，写入输出目录（默认 site/）。内容有错误时不改动原有网站。",
                "Builds the static site from the content directory into the output directory."})
final class BuildCommand implements Callable<Integer>, WritesInto {

    @Mixin
    HelpOptions help;

    @Mixin
    SiteOptions folders;

    @Spec
    CommandSpec spec;

    @Option(names = "--timings", description = "在标准错误输出上列出每个构建阶段的用时（秒）")
    boolean timings;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        BuildProgress waiting = new BuildProgress() {
            @Override
            public void disclosureDone(int done, int total) {
            }

            @Override
            public void stageDone(BuildStage stage, long nanos) {
                if (timings) {
                    err.printf("%-14s %6.2f s%n", stage.label(), nanos / 1e9);
                    err.flush();
                }
            }

            @Override
            public void waitingFor(String holder) {
                err.println(BuildText.waiting(holder, folders.output));
                err.flush();
            }
        };
        SiteBuild builder = new SiteBuild(new ContentLoader(folders.content), new Templates(folders.templates()),
                Runtime.getRuntime().availableProcessors(), waiting);
        BuildResult result;
        try {
            result = builder.build(folders.output);
        } catch (OutputRefused e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        return BuildText.print(result, folders.output, (System.nanoTime() - start) / 1e9, out, err);
    }

    @Override
    public Optional<Path> writesInto() {
        return Optional.of(folders.output);
    }
}
