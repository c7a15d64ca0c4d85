package org.gongkai.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.gongkai.content.model.SourcePosition;

/**
 * The edge of the content folder, which every file and folder the loader opens must lie within once links are
 * followed: a link to {@code /etc/passwd} named about.md would otherwise be published as the about page. Files must
 * also be regular files, since a pipe or a device would hang the build or feed it without end.
 */
final class ContentBoundary {

    /** The content folder with its links followed; the folder itself may well be reached through a link. */
    private final Path realRoot;

    private ContentBoundary(Path realRoot) {
        this.realRoot = realRoot;
    }

    /** The boundary of {@code root}, an existing folder, or empty when it cannot be resolved (reported). */
    static Optional<ContentBoundary> of(Path root, Findings findings) {
        try {
            return Optional.of(new ContentBoundary(root.toRealPath()));
        } catch (IOException e) {
            findings.error("file.unreadable", SourcePosition.ofFile(ContentLoader.shown(root)),
                    "无法读取内容目录（" + e.getMessage() + "）。请检查目录权限。");
            return Optional.empty();
        }
    }

    /**
     * The text of {@code file} when it is a regular file inside the content folder; empty, with a finding, when it
     * is not, or when it cannot be read as text.
     */
    Optional<String> read(Path file, String shownAs, Findings findings) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !holdsFile(file, findings)) {
            return Optional.empty();
        }
        return SourceText.read(file, shownAs, findings);
    }

    /** Whether {@code file} leads to a regular file inside the content folder; when not, a finding says why. */
    boolean holdsFile(Path file, Findings findings) {
        Optional<Path> real = inside(file, "文件", findings);
        if (real.isEmpty()) {
            return false;
        }
        BasicFileAttributes kind;
        try {
            kind = Files.readAttributes(real.get(), BasicFileAttributes.class);
        } catch (IOException e) {
            findings.error("file.unreadable", at(file), "无法读取文件（" + e.getMessage() + "）。请检查文件权限。");
            return false;
        }
        if (kind.isRegularFile()) {
            return true;
        }
        findings.error("file.not-regular", at(file), kind.isDirectory()
                ? "这里应是文件，却是一个目录。请把它改名或移出内容目录。"
                : "这不是普通文件（而是管道、设备或套接字），gongkai 不读取它，以免生成卡住或读入无尽的数据。"
                        + "请换成普通的文本文件，或把它移出内容目录。");
        return false;
    }

    /** Whether {@code folder}, an existing folder, lies inside the content folder; when not, a finding says why. */
    boolean holdsFolder(Path folder, Findings findings) {
        return inside(folder, "目录", findings).isPresent();
    }

    /**
     * The real path of {@code path} when it lies inside the content folder. The loader checks each folder before it
     * lists it, so a path that leads outside is itself the link that does so, and is named as the publisher wrote it;
     * where it leads is named in full, since it is no part of the content the other names are relative to.
     */
    private Optional<Path> inside(Path path, String kind, Findings findings) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            findings.error("file.missing", at(path), Files.isSymbolicLink(path)
                    ? "这是一个链接，它指向的 " + target(path) + " 不存在。请把要公开的" + kind
                            + "复制到这里替换这个链接，或删除这个链接。"
                    : "找不到" + kind + "。请创建该" + kind + "，或检查目录名是否正确。");
            return Optional.empty();
        } catch (IOException e) {
            findings.error("file.unreadable", at(path), "无法读取（" + e.getMessage() + "）。请检查权限。");
            return Optional.empty();
        }
        if (!real.startsWith(realRoot)) {
            findings.error("content.outside", at(path), "这是一个指向内容目录之外的链接（实际位置：" + real
                    + "）。gongkai 只读取内容目录之内的文件，以免把别处的文件公开到网站上。请把要公开的" + kind
                    + "复制到内容目录中替换这个链接，或删除这个链接。");
            return Optional.empty();
        }
        return Optional.of(real);
    }

    /** Where a broken link points, as far as it can be told. */
    private static Path target(Path link) {
        try {
            return link.resolveSibling(Files.readSymbolicLink(link)).toAbsolutePath().normalize();
        } catch (IOException | UnsupportedOperationException e) {
            return link.toAbsolutePath().normalize();
        }
    }

    private static SourcePosition at(Path path) {
        return SourcePosition.ofFile(ContentLoader.shown(path));
    }
}
