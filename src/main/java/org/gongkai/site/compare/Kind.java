package org.gongkai.site.compare;

import java.util.List;

/**
 * Kinds of project that government offices name in many ways, recognised by a word in the name: the 12345
 * hotline is 12345政务热线服务项目 in one office and 政务服务便民热线 in the next, which no normalisation of
 * the whole name brings together. The words are few and specific, so that a match is easy to explain.
 */
public enum Kind {
    HOTLINE("rexian", "政务服务便民热线", List.of("热线", "12345")),
    OPENNESS("zhengwu-gongkai", "政务公开", List.of("政务公开", "政府公开", "信息公开")),
    BUSINESS("yingshang-huanjing", "营商环境", List.of("营商环境", "放管服")),
    WEBSITE("zhengfu-wangzhan", "政府网站和政务新媒体", List.of("网站", "新媒体")),
    INSPECTION("ducha", "督查督办", List.of("督查")),
    FOREIGN("waishi", "外事和因公出国", List.of("外事", "因公出国"));

    private final String id;
    private final String label;
    private final List<String> words;

    Kind(String id, String label, List<String> words) {
        this.id = id;
        this.label = label;
        this.words = words;
    }

    /** True when the normalised {@code name} contains one of this kind's words. */
    boolean matches(String name) {
        return words.stream().anyMatch(name::contains);
    }

    GroupKey key() {
        return new GroupKey(id, label, "项目名称含" + String.join("或", words.stream().map(w -> "“" + w + "”").toList()));
    }
}
