package org.gongkai.testing;

import java.util.List;
import java.util.stream.Stream;

/** One page of each type the seed site has, as a path from its root: the pages every site-wide check visits. */
public final class PageTypes {

    private PageTypes() {}

    /** A page type, and what a browser test waits for before it looks: the search page draws its results late. */
    public record Page(String type, String path, String readySelector) {}

    public static final List<Page> SEED = List.of(
            new Page("首页", "", "main"),
            new Page("单位", "huainan-szfb/", "main"),
            new Page("年度公开文件", "huainan-szfb/2024/", "main"),
            new Page("项目支出绩效目标表", "luan-szfb/2026/las12345zwfwbmrxjxfwxm/", "main"),
            new Page("整体支出绩效目标", "yeji-qzfb/2024/", "main"),
            new Page("搜索结果（项目）", "search/?q=%E6%BB%A1%E6%84%8F%E5%BA%A6", "[data-state=done]"),
            new Page("搜索结果（指标）", "search/?q=12345&mode=indicators", "[data-state=done]"),
            new Page("同类比较目录", "compare/", "main"),
            new Page("同类比较", "compare/rexian/", "main"),
            new Page("开放数据", "data/", "main"),
            new Page("关于本站", "about/", "main"),
            new Page("页面不存在", "404.html", "main"),
            new Page("发布前检查报告", "_gongkai/check/", "main"));

    /** The seed's page types, and those a correction adds: {@link CorrectedSeeds#site()} has them all. */
    public static final List<Page> CORRECTED = Stream.concat(SEED.stream(), Stream.of(
            new Page("更正前的年度公开文件", "huainan-szfb/2024/v1/", "main"),
            new Page("更正前的项目", "huainan-szfb/2024/v1/zwgkgzzxjf/", "main"))).toList();
}
