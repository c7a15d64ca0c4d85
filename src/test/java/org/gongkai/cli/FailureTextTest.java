package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every failure a user may meet, as the one sentence the terminal shows: exact expectations, for each cause with and
 * without a file named, and the same sentence however the failure is wrapped on its way from a worker thread.
 */
class FailureTextTest {

    private static final Optional<Path> SITE = Optional.of(Path.of("/srv/site"));
    private static final String SECRET = "/srv/content/secret.yaml";

    private record Row(String name, Throwable failure, Optional<Path> writing, String expected) {}

    private static final String FULL = "磁盘已满。请腾出磁盘空间后重试。";
    private static final String NO_WRITE = "没有写权限。请检查该位置的权限：运行 gongkai 的用户需要能在其中创建和修改文件。";
    private static final String CHECK = "请检查磁盘空间、目录权限和路径是否正确。";

    private static final List<Row> ROWS = List.of(
            new Row("a full disk, the file named", new FileSystemException("/srv/site/a/index.html", null,
                    "No space left on device"), SITE, "写入 /srv/site/a/index.html 失败：" + FULL),
            new Row("a full disk told by a plain write, in the folder the command writes",
                    new IOException("No space left on device"), SITE, "写入 /srv/site 失败：" + FULL),
            new Row("a full disk told by a plain write, no folder known", new IOException("No space left on device"),
                    Optional.empty(), "写入文件失败：" + FULL),
            new Row("a full disk while copying: the file written", new FileSystemException("/tpl/site.css",
                    "/srv/site/assets/site.css", "No space left on device"), SITE,
                    "写入 /srv/site/assets/site.css 失败：" + FULL),
            new Row("a disk quota", new FileSystemException("/srv/site/data/projects.csv", null, "Disk quota exceeded"),
                    SITE, "写入 /srv/site/data/projects.csv 失败：磁盘配额已满。请删除不需要的文件，或请管理员提高磁盘配额后重试。"),
            new Row("a disk quota, no file named", new IOException("Disk quota exceeded"), SITE,
                    "写入 /srv/site 失败：磁盘配额已满。请删除不需要的文件，或请管理员提高磁盘配额后重试。"),
            new Row("a read-only file system", new FileSystemException("/mnt/ro/.site.building-1", null,
                    "Read-only file system"), SITE, "写入 /mnt/ro/.site.building-1 失败：只读文件系统。"
                    + "该位置所在的文件系统只能读取，请换一个可以写入的位置，例如用 -o 指定输出目录。"),
            new Row("denied, the JDK's own exception", new AccessDeniedException("/srv/site"), SITE,
                    "写入 /srv/site 失败：" + NO_WRITE),
            new Row("denied, in the system's words", new FileSystemException("/srv/site/x", null, "Permission denied"),
                    Optional.empty(), "写入 /srv/site/x 失败：" + NO_WRITE),
            new Row("not permitted", new FileSystemException("/srv/site/x", null, "Operation not permitted"), SITE,
                    "写入 /srv/site/x 失败：" + NO_WRITE),
            new Row("denied by java.io", new FileNotFoundException("/srv/site/a.html (Permission denied)"), SITE,
                    "写入 /srv/site/a.html 失败：" + NO_WRITE),
            new Row("denied to read a file that is there", new AccessDeniedException(SECRET), SITE,
                    "读取 " + SECRET + " 失败：没有读权限。请检查文件的权限：运行 gongkai 的用户需要能读取它。"),
            new Row("missing", new NoSuchFileException("/srv/content/offices"), SITE,
                    "读写 /srv/content/offices 失败：找不到文件或目录。请检查路径是否正确。"),
            new Row("missing, told by java.io",
                    new FileNotFoundException("templates/x.ftlh (No such file or directory)"), SITE,
                    "读写 templates/x.ftlh 失败：找不到文件或目录。请检查路径是否正确。"),
            new Row("not a directory", new NotDirectoryException("/srv/site/a"), SITE,
                    "读写 /srv/site/a 失败：不是目录。路径中有一级是文件而不是目录，请检查路径。"),
            new Row("not a directory, in the system's words", new FileSystemException("/srv/x/y", null,
                    "Not a directory"), SITE, "读写 /srv/x/y 失败：不是目录。路径中有一级是文件而不是目录，请检查路径。"),
            new Row("a name too long", new FileSystemException("/srv/site/aaaa", null, "File name too long"), SITE,
                    "读写 /srv/site/aaaa 失败：文件名太长。请换用较短的路径。"),
            new Row("too many open files", new FileSystemException("/srv/site/b", null, "Too many open files"), SITE,
                    "读写 /srv/site/b 失败：打开的文件太多。请关闭其他程序，或提高可打开文件数的上限（ulimit -n）后重试。"),
            new Row("too many open files, no file named: not blamed on the output", new IOException(
                    "Too many open files"), SITE, "读写文件失败：打开的文件太多。请关闭其他程序，或提高可打开文件数的上限（ulimit -n）后重试。"),
            new Row("an input/output error", new FileSystemException("/srv/site/c", null, "Input/output error"), SITE,
                    "读写 /srv/site/c 失败：输入输出错误。磁盘或网络存储可能有故障，请检查后重试。"),
            new Row("an input/output error, no file named", new IOException("Input/output error"), SITE,
                    "读写文件失败：输入输出错误。磁盘或网络存储可能有故障，请检查后重试。"),
            new Row("a cause without words of its own, the file named", new FileSystemException("/srv/site/d", null,
                    "Stale file handle"), SITE, "读写 /srv/site/d 失败。" + CHECK),
            new Row("a cause without words of its own, nothing named", new IOException("Stale file handle"), SITE,
                    "读写文件失败。" + CHECK),
            new Row("an exception with no message", new IOException(), Optional.empty(), "读写文件失败。" + CHECK),
            new Row("a message this program wrote for the user", new IOException("构建被中断",
                    new InterruptedException()), SITE, "构建被中断。"),
            new Row("a failure the command put into words", new CommandFailure("找不到模板目录：/srv/t。请用 --templates DIR 指定。"),
                    SITE, "找不到模板目录：/srv/t。请用 --templates DIR 指定。"),
            new Row("a bug", new IllegalStateException("an index out of range"), SITE,
                    "gongkai 内部错误：这是程序的缺陷，不是内容或环境的问题。请设置环境变量 GONGKAI_DEBUG=1 再运行一次，"
                            + "把显示的详细信息连同输入文件一起报告。"),
            new Row("a bug that an I/O failure caused is told as the I/O failure", new IllegalStateException("wrapped",
                    new FileSystemException("/srv/site/e", null, "No space left on device")), SITE,
                    "写入 /srv/site/e 失败：" + FULL));

    @TestFactory
    Stream<DynamicTest> everyRowAsItIsAndWrapped() {
        return ROWS.stream().flatMap(row -> Stream.of(
                DynamicTest.dynamicTest(row.name(), () -> assertSays(row, row.failure())),
                DynamicTest.dynamicTest(row.name() + ", from a worker thread", () -> assertSays(row,
                        new ExecutionException(row.failure() instanceof IOException io ? new UncheckedIOException(io)
                                : row.failure()))),
                DynamicTest.dynamicTest(row.name() + ", from a future", () -> assertSays(row,
                        new CompletionException(row.failure())))));
    }

    private static void assertSays(Row row, Throwable failure) {
        String said = FailureText.of(failure, row.writing(), SECRET::equals);
        assertEquals(row.expected(), said);
        ChineseMessages.assertChinese(said);
    }
}
