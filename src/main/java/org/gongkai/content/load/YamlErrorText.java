package org.gongkai.content.load;

import java.util.Locale;

/** Turns the YAML parser's English error messages into Chinese advice for the common mistakes. */
final class YamlErrorText {

    private YamlErrorText() {}

    static String explain(String original) {
        String m = original == null ? "" : original.toLowerCase(Locale.ROOT);
        String advice;
        if (m.contains("'\\t'") || m.contains("tab")) {
            advice = "缩进中有制表符（Tab）。YAML 只能用空格缩进，请把 Tab 换成空格。";
        } else if (m.contains("mapping values are not allowed")) {
            advice = "这里出现了多余的“: ”。若文本本身含有冒号加空格，请用双引号把整个值括起来。";
        } else if (m.contains("could not find expected ':'") || m.contains("did not find expected key")) {
            advice = "缩进或键值格式不对：每个字段应写成“键: 值”，同一层级的字段缩进必须相同。";
        } else if (m.contains("found undefined tag") || m.contains("tag")) {
            advice = "内容文件不使用 YAML 标签（以 ! 开头）。若文本以 ! 开头，请用双引号括起来。";
        } else if (m.contains("found unexpected end of stream") || m.contains("found unexpected end")) {
            advice = "文件意外结束：可能有未闭合的引号或括号。";
        } else if (m.contains("found character") && m.contains("cannot start any token")) {
            advice = "某个值以 YAML 的特殊字符开头（如 @、`、%）。请用双引号把整个值括起来。";
        } else if (m.contains("exceeds the limit") || m.contains("nesting depth")) {
            advice = "文件超出了读取上限（嵌套过深或内容过大）。请检查缩进，或拆分文件。";
        } else if (m.contains("duplicate key")) {
            advice = "有重复的键。请合并或删除其中一个。";
        } else {
            advice = "YAML 语法错误。请检查这一行及上一行的缩进、冒号和引号。";
        }
        return advice + "（解析器原文：" + firstLine(original) + "）";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
