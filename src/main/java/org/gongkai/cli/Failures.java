package org.gongkai.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.gongkai.site.Templates;
import picocli.CommandLine;

/**
 * Turns a failure that is not the content's fault into one clear line in Chinese instead of a stack trace;
 * GONGKAI_DEBUG=1 shows the trace for a bug report.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        String message;
        if (e instanceof Templates.TemplateFailure) {
            message = e.getMessage();
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
            message = "读写文件失败：" + io + "。请检查磁盘空间和目录权限。";
        } else {
            message = "gongkai 内部错误：" + e + "。这是程序缺陷，请连同输入文件一起报告；设置 GONGKAI_DEBUG=1 可显示详细堆栈。";
        }
        cli.getErr().println(message);
        if ("1".equals(System.getenv("GONGKAI_DEBUG"))) {
            e.printStackTrace(cli.getErr());
        }
        return Main.FAILURE;
    }
}
