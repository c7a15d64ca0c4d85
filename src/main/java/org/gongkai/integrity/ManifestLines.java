package org.gongkai.integrity;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One line of a manifest, as GNU {@code sha256sum} writes it: a name holding a backslash, a line feed or a carriage
 * return is written escaped ({@code \\}, {@code \n}, {@code \r}) on a line that starts with a backslash.
 */
final class ManifestLines {

    private static final int HEX = 64;

    private ManifestLines() {}

    static String format(String sha256, String path) {
        if (path.indexOf('\\') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
            return sha256 + "  " + path;
        }
        return "\\" + sha256 + "  " + escaped(path);
    }

    /** A path as a manifest line and a report print it, control characters escaped. */
    static String escaped(String path) {
        return path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static Manifest.Entry parse(String line, Path file, int number) throws Manifest.Malformed {
        if (line.isEmpty()) {
            throw new Manifest.Malformed(file, number, "空行");
        }
        if (line.endsWith("\r")) {
            throw new Manifest.Malformed(file, number, "行尾有回车符（Windows 的 CRLF 换行），清单应使用 LF 换行");
        }
        boolean escaped = line.startsWith("\\");
        String rest = escaped ? line.substring(1) : line;
        if (rest.length() < HEX || !hex(rest.substring(0, HEX))) {
            throw new Manifest.Malformed(file, number, "行首不是 64 位十六进制的 SHA-256");
        }
        if (rest.length() < HEX + 2 || rest.charAt(HEX) != ' '
                || (rest.charAt(HEX + 1) != ' ' && rest.charAt(HEX + 1) != '*')) {
            throw new Manifest.Malformed(file, number, "SHA-256 之后应是两个空格（或空格加 *）再接文件路径");
        }
        String path = rest.substring(HEX + 2);
        if (escaped) {
            path = unescaped(path, file, number);
        }
        String problem = pathProblem(path);
        if (!problem.isEmpty()) {
            throw new Manifest.Malformed(file, number, "路径“" + escaped(path) + "”" + problem);
        }
        return new Manifest.Entry(path, rest.substring(0, HEX).toLowerCase(Locale.ROOT));
    }

    private static boolean hex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static String unescaped(String path, Path file, int number) throws Manifest.Malformed {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = i + 1 < path.length() ? path.charAt(i + 1) : ' ';
            switch (next) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new Manifest.Malformed(file, number, "路径中的反斜杠转义无效（只能是 \\\\、\\n 或 \\r）");
            }
            i++;
        }
        return out.toString();
    }

    /**
     * Why a path cannot name a file of the site, or "" when it can: it must be relative, with forward slashes, and
     * stay inside the site, so that checking a manifest never reads a file outside the folder checked.
     */
    private static String pathProblem(String path) {
        if (path.isEmpty()) {
            return "为空";
        }
        if (path.startsWith("/")) {
            return "是绝对路径，应相对于网站目录";
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return "含有空的、“.”或“..”的部分，应是网站目录内的规范相对路径";
            }
        }
        if (path.indexOf('\0') >= 0) {
            return "含有空字符";
        }
        return "";
    }
}
