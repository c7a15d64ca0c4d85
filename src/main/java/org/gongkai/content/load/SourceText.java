package org.gongkai.content.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.gongkai.content.model.SourcePosition;

/**
 * Reads a content file as strict UTF-8, and when it is not, says which encoding it looks like and how to
 * convert it, instead of publishing mojibake.
 */
public final class SourceText {

    /** Far above any real disclosure file (the largest seed is 22 KB); guards memory, not style. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private SourceText() {}

    public static Optional<String> read(Path path, String shownAs, Findings findings) {
        SourcePosition file = SourcePosition.ofFile(shownAs);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                findings.error("file.too-large", file, "文件过大（" + size / (1024 * 1024)
                        + " MB，上限 16 MB）。请把内容拆分到多个文件，或检查是否误放了非内容文件。");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            findings.error("file.missing", file, "找不到文件。请创建该文件，或检查目录名是否正确。");
            return Optional.empty();
        } catch (IOException e) {
            findings.error("file.unreadable", file, "无法读取文件（" + e.getMessage() + "）。请检查文件权限。");
            return Optional.empty();
        }
        return decode(bytes, shownAs, findings);
    }

    static Optional<String> decode(byte[] bytes, String shownAs, Findings findings) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            String text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            if (start > 0) {
                findings.add(new Finding("encoding.bom", Severity.NOTICE, new SourcePosition(shownAs, 1, 1),
                        "文件开头有 BOM（字节顺序标记）。gongkai 会忽略它，但有些工具会把它当作内容；建议另存为不带 BOM 的 UTF-8。"));
            }
            int crlf = text.indexOf("\r\n");
            if (crlf >= 0) {
                int line = 1 + (int) text.substring(0, crlf).chars().filter(c -> c == '\n').count();
                findings.add(new Finding("text.crlf", Severity.NOTICE, new SourcePosition(shownAs, line, 1),
                        "文件使用 Windows 换行（CRLF）。gongkai 可以正常读取；建议统一为 LF，便于比较版本差异。"));
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes, start);
            SourcePosition at = positionOfByte(bytes, start, bad, shownAs);
            if (decodes(bytes, Charset.forName("GB18030"))) {
                findings.error("encoding.gbk", at, "文件不是 UTF-8 编码，看起来是 GBK（GB2312/GB18030）编码。"
                        + "请另存为 UTF-8，例如：iconv -f GBK -t UTF-8 原文件 > 新文件，"
                        + "或在记事本中选择“另存为 → 编码：UTF-8”。");
            } else {
                findings.error("encoding.invalid", at, "文件含有无效的 UTF-8 字节（第 " + (bad + 1)
                        + " 字节）。请用文本编辑器以 UTF-8 编码重新保存该文件。");
            }
            return Optional.empty();
        }
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            strict(charset).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int firstInvalidUtf8(byte[] bytes, int start) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** Line and column of a byte offset, counting the valid UTF-8 text before it. */
    private static SourcePosition positionOfByte(byte[] bytes, int start, int offset, String shownAs) {
        int line = 1;
        int column = 1;
        for (int i = start; i < offset && i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == '\n') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new SourcePosition(shownAs, line, column);
    }
}
