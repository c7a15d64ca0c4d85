package org.gongkai.integrity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SHA-256 of every file of a site, in the format {@code sha256sum} writes and {@code sha256sum -c} reads:
 * {@code <64 hex digits><two spaces><path>} per line, paths relative to the site with forward slashes, sorted by
 * their UTF-8 bytes (the order of {@code LC_ALL=C sort}), UTF-8, LF. It holds nothing else, no date in particular,
 * so that the same files always give the same bytes.
 */
public record Manifest(List<Entry> entries) {

    /** Where a build writes the manifest: at the root of the site it describes, which it does not list. */
    public static final String FILE_NAME = "SHA256SUMS";

    /** Paths in the manifest's order: by UTF-8 bytes, which is not the order of Java strings beyond U+FFFF. */
    public static final Comparator<String> ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    /** One file: its path relative to the site, with forward slashes, and its SHA-256 in lower-case hex. */
    public record Entry(String path, String sha256) {}

    /** Sorts the entries; a path given twice is a program error. */
    public Manifest {
        // Each path is encoded once, not at each of the n log n comparisons: a site has up to 460,000 files.
        record Keyed(byte[] key, Entry entry) {}
        List<Keyed> keyed = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            keyed.add(new Keyed(e.path().getBytes(StandardCharsets.UTF_8), e));
        }
        keyed.sort((a, b) -> Arrays.compareUnsigned(a.key(), b.key()));
        List<Entry> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            if (!sorted.isEmpty() && sorted.get(sorted.size() - 1).path().equals(k.entry().path())) {
                throw new IllegalArgumentException("a path twice in a manifest: " + k.entry().path());
            }
            sorted.add(k.entry());
        }
        entries = List.copyOf(sorted);
    }

    /** The manifest's text, as {@code sha256sum} would print it for these files in this order. */
    public byte[] bytes() {
        StringBuilder text = new StringBuilder(entries.size() * 120);
        for (Entry e : entries) {
            text.append(ManifestLines.format(e.sha256(), e.path())).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A path as a manifest prints it, on one line: a backslash, line feed or carriage return escaped. */
    public static String printable(String path) {
        return ManifestLines.escaped(path);
    }

    /** Writes the manifest to {@code file}. */
    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes());
        }
    }

    /**
     * Reads a manifest as {@code sha256sum -c} would, but strictly: every line must be an entry, no path may be
     * absolute, step out of the site with {@code ..} or appear twice.
     */
    public static Manifest read(Path file) throws IOException, Malformed {
        byte[] bytes = Files.readAllBytes(file);
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int start = 0;
        int line = 0;
        while (start < bytes.length) {
            line++;
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new Malformed(file, line, "不是 UTF-8 编码");
            }
            Entry entry = ManifestLines.parse(text, file, line);
            if (!seen.add(entry.path())) {
                throw new Malformed(file, line, "文件 " + entry.path() + " 在清单中出现了两次");
            }
            entries.add(entry);
            start = end + 1;
        }
        return new Manifest(entries);
    }

    /** A manifest that cannot be read: where, and what is wrong in Chinese. */
    public static final class Malformed extends Exception {

        private static final long serialVersionUID = 1L;

        Malformed(Path file, int line, String problem) {
            super(file + ":" + line + ": 清单格式错误：" + problem + "。每行应为“64 位十六进制 SHA-256、两个空格、"
                    + "相对路径”，与 sha256sum 的输出相同；请用 gongkai build 重新生成。");
        }
    }
}
