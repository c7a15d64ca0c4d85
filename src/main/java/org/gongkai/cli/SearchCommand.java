package org.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongkai.export.SearchCsv;
import org.gongkai.output.WorkFolder;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchRequest;
import org.gongkai.search.SearchResults;
import org.gongkai.site.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai search}: the site's search from the command line, on the index the last build wrote. */
@Command(name = "search",
        description = {"检索已生成网站的项目或绩效指标，例如：gongkai search 满意度 --mode indicators --format csv",
                "查询语法：词语之间为“且”；\"带引号的短语\"按原样匹配；name: goal: indicator: office: region: form: 限定字段。",
                "Searches projects or indicator rows in the index written by the last build."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    HelpOptions help;

    enum Format { table, csv, json }

    @Parameters(index = "0", paramLabel = "QUERY", description = "查询，例如 满意度、12345、\"营商环境\"、name:热线")
    String query;

    @Option(names = "--mode", paramLabel = "MODE", description = "projects（默认，项目）或 indicators（绩效指标行）")
    SearchRequest.Mode mode = SearchRequest.Mode.PROJECTS;

    @Option(names = "--office", paramLabel = "ID", description = "只看该单位，例如 luan-szfb")
    String office;

    @Option(names = "--region", paramLabel = "ID", description = "只看该区划及其下级，例如 luan")
    String region;

    @Option(names = "--year", paramLabel = "YEAR", description = "只看该预算年度")
    String year;

    @Option(names = "--level1", paramLabel = "一级", description = "只看该一级指标下的指标行（indicators 模式）")
    String level1;

    @Option(names = "--level2", paramLabel = "二级", description = "只看该二级指标下的指标行（indicators 模式）")
    String level2;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table（默认）、csv 或 json")
    Format format = Format.table;

    /** How many hits the table shows when no --limit is given; the CSV and JSON give every hit. */
    static final int TABLE_LIMIT = 50;

    @Option(names = "--limit", paramLabel = "N",
            description = "最多列出的结果数；不给时表格显示前 " + TABLE_LIMIT + " 条，csv 和 json 输出全部结果")
    Integer limit;

    @Option(names = "--site", paramLabel = "DIR", description = "已生成的网站目录（默认 site），索引在其旁的 .gongkai/DIR/search-index")
    Path site = Path.of("site");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path index = WorkFolder.of(site).searchIndex();
        if (!Files.isDirectory(index)) {
            spec.commandLine().getErr().println("找不到检索索引 " + index + "。请先运行 gongkai build 生成网站。");
            return Main.FAILURE;
        }
        SearchRequest request = new SearchRequest(SearchQuery.parse(query), mode, Optional.ofNullable(office),
                Optional.ofNullable(region), Optional.ofNullable(year), Optional.ofNullable(level1),
                Optional.ofNullable(level2), limit != null ? limit : format == Format.table ? TABLE_LIMIT
                        : Integer.MAX_VALUE);
        SearchResults results;
        int otherMode = 0;
        try (SearchIndex searchIndex = SearchIndex.open(index)) {
            results = searchIndex.results(request);
            if (results.total() == 0 && format == Format.table) {
                // Nothing here: how many the other mode has, with the same query and the filters both modes have.
                otherMode = searchIndex.results(new SearchRequest(request.query(), other(), request.office(),
                        request.region(), request.year(), Optional.empty(), Optional.empty(), 1)).total();
            }
        }
        List<SearchHit> hits = results.hits();
        switch (format) {
            case json -> out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(hits));
            // The search page's download, byte for byte: its columns, its order, links to the site's own address.
            case csv -> out.print(mode == SearchRequest.Mode.INDICATORS ? SearchCsv.indicators(hits, address())
                    : SearchCsv.projects(hits, address()));
            default -> {
                table(results, out);
                if (otherMode > 0) {
                    out.printf("在%s中有 %d 条结果：%s%n", other() == SearchRequest.Mode.PROJECTS ? "项目" : "绩效指标",
                            otherMode, otherCommand());
                }
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The site's address as its search page states it (base_url), which the CSV's links start with; none for a site
     * whose search page does not say, whose links then stay relative to the site.
     */
    private String address() throws IOException {
        Path page = site.resolve(SitePaths.SEARCH).resolve("index.html");
        if (!Files.isRegularFile(page)) {
            return "";
        }
        Element box = Jsoup.parse(page.toFile(), "UTF-8").getElementById("search");
        return box == null ? "" : box.attr("data-address");
    }

    private SearchRequest.Mode other() {
        return mode == SearchRequest.Mode.PROJECTS ? SearchRequest.Mode.INDICATORS : SearchRequest.Mode.PROJECTS;
    }

    /** The command that gives the other mode's results: the same query and the filters both modes have. */
    private String otherCommand() {
        StringBuilder command = new StringBuilder("gongkai search ").append(quoted(query));
        if (other() == SearchRequest.Mode.INDICATORS) {
            command.append(" --mode indicators");
        }
        Optional.ofNullable(office).ifPresent(o -> command.append(" --office ").append(quoted(o)));
        Optional.ofNullable(region).ifPresent(r -> command.append(" --region ").append(quoted(r)));
        Optional.ofNullable(year).ifPresent(y -> command.append(" --year ").append(quoted(y)));
        if (!site.equals(Path.of("site"))) {
            command.append(" --site ").append(quoted(site.toString()));
        }
        return command.toString();
    }

    /** A word as a shell takes it back: as it is when it is one plain word, else in single quotes. */
    private static String quoted(String query) {
        return query.matches("[\\p{L}\\p{N}_:./-]+") ? query : "'" + query.replace("'", "'\\''") + "'";
    }

    private void table(SearchResults results, PrintWriter out) {
        int n = 1;
        for (SearchHit h : results.hits()) {
            if (mode == SearchRequest.Mode.PROJECTS) {
                // An empty amount is a total the form did not print: said so, not shown as a bare 万元.
                out.printf("%3d. %s  %s %s年度  %s  [%d]%n     %s%n", n++, h.project(), h.office(), h.year(),
                        h.amount().isEmpty() ? "金额未列出" : h.amount() + "万元", h.score(), h.url());
            } else {
                out.printf("%3d. %s：%s  —  %s · %s %s年度  [%d]%n     %s%n", n++, h.level3(), h.value(), h.project(),
                        h.office(), h.year(), h.score(), h.url());
            }
        }
        if (results.cut()) {
            out.printf("显示前 %d 条，共 %d 条结果。用 --limit N 显示更多，或用 --format csv 导出全部。%n",
                    results.hits().size(), results.total());
        } else if (results.total() == 0) {
            out.printf("没有找到%s。%n", mode == SearchRequest.Mode.PROJECTS ? "项目" : "绩效指标");
        } else {
            out.printf("共 %d 条结果。%n", results.total());
        }
    }
}
