package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.build.BuildResult;
import org.gongkai.output.OutputFolder;
import org.gongkai.output.OutputRefused;
import org.gongkai.serve.BuildReport;
import org.gongkai.serve.Preview;
import org.gongkai.serve.PreviewSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai serve}: a local preview that rebuilds on every saved change and reloads the open pages. */
@Command(name = "serve",
        description = {"本地预览：生成网站并在 127.0.0.1 上提供访问；内容或模板改动后自动重新生成并刷新已打开的页面，"
                + "内容有错误时在终端和页面上列出。按 Ctrl-C 停止。",
                "Local preview on 127.0.0.1 only: builds the site, serves it, rebuilds on every change to the content "
                        + "or templates and live-reloads open pages; build errors show in the terminal and the page."})
final class ServeCommand implements Callable<Integer>, WritesInto {

    @Mixin
    HelpOptions help;

    @Mixin
    SiteOptions folders;

    @Option(names = "--port", paramLabel = "N", description = "端口（默认 8000；0 表示自动选择空闲端口）")
    int port = 8000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("端口应在 0 到 65535 之间（0 表示自动选择）。");
            return Main.USAGE;
        }
        BuildReport report = new BuildReport() {
            @Override
            public void finished(BuildResult result, double seconds) {
                BuildText.print(result, folders.output, seconds, out, err);
            }

            @Override
            public String describe(Exception failure) {
                return FailureText.of(failure, writesInto());
            }

            @Override
            public void failed(String message, Exception failure) {
                Failures.print(message, failure, err);
            }
        };
        try {
            // Refused before the preview starts, as build refuses it; a later refusal shows like a failed build.
            OutputFolder.claim(folders.output, folders.content, folders.templates());
        } catch (OutputRefused e) {
            err.println(e.getMessage());
            return Main.USAGE;
        }
        Preview preview;
        try {
            preview = Preview.start(new PreviewSettings(folders.content, folders.output, folders.templates(), port), report, err);
        } catch (BindException e) {
            err.printf("无法使用端口 %d：它已被其他程序占用，或当前用户无权使用。请用 --port 指定其他端口，或用 --port 0 自动选择。%n",
                    port);
            return Main.FAILURE;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "gongkai-serve-stop"));
        out.println("预览网站：" + preview.url() + "（只在本机 127.0.0.1 上提供；改动内容或模板后自动重新生成。按 Ctrl-C 停止）");
        out.flush();
        preview.awaitStop();
        return 0;
    }

    @Override
    public Optional<Path> writesInto() {
        return Optional.of(folders.output);
    }
}
