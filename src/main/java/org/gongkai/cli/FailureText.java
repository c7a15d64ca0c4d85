package org.gongkai.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.output.OutputRefused;
import org.gongkai.site.Templates;

/**
 * Puts a failure that is not the content's fault into one sentence in Chinese, the same in the terminal and on the
 * preview's page: a failure to read or write names the file and the cause (磁盘已满, 没有写权限, 只读文件系统…) and
 * says what to do. Never a Java class name nor the system's English: the publisher may read no English, and a class
 * name tells them nothing. The trace is for GONGKAI_DEBUG=1.
 */
final class FailureText {

    /** What a file failure is, from the system's own words (strerror, which the JDK passes on as they are). */
    private enum Cause {
        FULL(Access.WRITE, "磁盘已满", "请腾出磁盘空间后重试。", "No space left on device"),
        QUOTA(Access.WRITE, "磁盘配额已满", "请删除不需要的文件，或请管理员提高磁盘配额后重试。", "Disk quota exceeded"),
        READ_ONLY(Access.WRITE, "只读文件系统", "该位置所在的文件系统只能读取，请换一个可以写入的位置，例如用 -o 指定输出目录。",
                "Read-only file system"),
        /** Permission denied: to write, unless the file is there and may not be read ({@link #NOT_READABLE}). */
        NOT_WRITABLE(Access.WRITE, "没有写权限", "请检查该位置的权限：运行 gongkai 的用户需要能在其中创建和修改文件。",
                "Permission denied", "Operation not permitted"),
        NOT_READABLE(Access.READ, "没有读权限", "请检查文件的权限：运行 gongkai 的用户需要能读取它。"),
        MISSING(Access.ANY, "找不到文件或目录", "请检查路径是否正确。", "No such file or directory"),
        NOT_DIRECTORY(Access.ANY, "不是目录", "路径中有一级是文件而不是目录，请检查路径。", "Not a directory"),
        IS_DIRECTORY(Access.ANY, "这是目录而不是文件", "请检查路径。", "Is a directory"),
        EXISTS(Access.WRITE, "文件已存在", "请移走该文件后重试。", "File exists"),
        NOT_EMPTY(Access.WRITE, "目录不为空", "请检查该目录中的文件后重试。", "Directory not empty"),
        NAME_TOO_LONG(Access.ANY, "文件名太长", "请换用较短的路径。", "File name too long"),
        TOO_MANY_FILES(Access.ANY, "打开的文件太多", "请关闭其他程序，或提高可打开文件数的上限（ulimit -n）后重试。",
                "Too many open files"),
        IO_ERROR(Access.ANY, "输入输出错误", "磁盘或网络存储可能有故障，请检查后重试。", "Input/output error");

        final Access access;
        final String words;
        final String fix;
        final List<String> system;

        Cause(Access access, String words, String fix, String... system) {
            this.access = access;
            this.words = words;
            this.fix = fix;
            this.system = List.of(system);
        }
    }

    /** What the program was doing with the file, as far as the cause tells: the verb of the sentence. */
    private enum Access {
        READ("读取"), WRITE("写入"), ANY("读写");

        final String verb;

        Access(String verb) {
            this.verb = verb;
        }
    }

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** java.io names the file and the cause in its message: {@code site/a.html (Permission denied)}. */
    private static final Pattern IO_MESSAGE = Pattern.compile("(.+) \\(([^()]+)\\)");
    private static final String CHECK = "请检查磁盘空间、目录权限和路径是否正确。";

    private FailureText() {}

    /**
     * The sentence for {@code failure}, however wrapped (a worker thread's, an unchecked one). {@code writing} is the
     * folder the command writes into, named when the failure itself names no file: a plain write that fails, say,
     * tells only that the disk is full.
     */
    static String of(Throwable failure, Optional<Path> writing) {
        return of(failure, writing, FailureText::unreadable);
    }

    /** As {@link #of(Throwable, Optional)}, with the test of whether a file exists and may not be read given. */
    static String of(Throwable failure, Optional<Path> writing, Predicate<String> unreadable) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof Templates.TemplateFailure || t instanceof CommandFailure || t instanceof OutputRefused) {
                return t.getMessage();
            }
        }
        List<IOException> io = chain.stream().filter(IOException.class::isInstance).map(IOException.class::cast)
                .toList();
        if (io.isEmpty()) {
            return "gongkai 内部错误：这是程序的缺陷，不是内容或环境的问题。请设置环境变量 GONGKAI_DEBUG=1 再运行一次，"
                    + "把显示的详细信息连同输入文件一起报告。";
        }
        Optional<Cause> cause = io.stream().map(FailureText::cause).flatMap(Optional::stream).findFirst();
        Optional<String> file = io.stream().map(e -> file(e, cause)).flatMap(Optional::stream).findFirst();
        if (cause.isEmpty()) {
            // A plain IOException in Chinese was written by this program for the user, such as an interrupted build.
            Optional<String> ours = io.stream().filter(e -> e.getClass() == IOException.class)
                    .map(Throwable::getMessage).filter(m -> m != null && HAN.matcher(m).find()).findFirst();
            if (ours.isPresent()) {
                return ours.get().endsWith("。") ? ours.get() : ours.get() + "。";
            }
            return file.map(f -> "读写 " + f + " 失败。").orElse("读写文件失败。") + CHECK;
        }
        Cause c = cause.get() == Cause.NOT_WRITABLE && file.filter(unreadable).isPresent() ? Cause.NOT_READABLE
                : cause.get();
        // Only a cause that comes of writing says that the file, unnamed, was one of the command's output.
        Optional<String> place = file.or(() -> writing.filter(w -> c.access == Access.WRITE).map(Path::toString));
        return place.map(p -> c.access.verb + " " + p + " 失败：").orElse(c.access.verb + "文件失败：") + c.words + "。"
                + c.fix;
    }

    /** {@code failure} and its causes, outermost first. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < 20; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static Optional<Cause> cause(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Optional.of(Cause.NOT_WRITABLE);
        } else if (e instanceof NoSuchFileException) {
            return Optional.of(Cause.MISSING);
        } else if (e instanceof NotDirectoryException) {
            return Optional.of(Cause.NOT_DIRECTORY);
        } else if (e instanceof FileAlreadyExistsException) {
            return Optional.of(Cause.EXISTS);
        } else if (e instanceof DirectoryNotEmptyException) {
            return Optional.of(Cause.NOT_EMPTY);
        }
        String words = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (words == null) {
            return Optional.empty();
        }
        for (Cause c : Cause.values()) {
            if (c.system.stream().anyMatch(words::contains)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The file {@code e} names, if any. A failed copy or move names two: where the disk filled up, or which is
     * read-only, is the second, the file being written.
     */
    private static Optional<String> file(IOException e, Optional<Cause> cause) {
        if (e instanceof FileSystemException f) {
            boolean writing = cause.map(c -> c.access == Access.WRITE).orElse(false);
            return Optional.ofNullable(writing && f.getOtherFile() != null ? f.getOtherFile() : f.getFile());
        }
        if (e instanceof FileNotFoundException && e.getMessage() != null) {
            Matcher m = IO_MESSAGE.matcher(e.getMessage());
            if (m.matches()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static boolean unreadable(String file) {
        try {
            Path path = Path.of(file);
            return Files.exists(path) && !Files.isReadable(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
