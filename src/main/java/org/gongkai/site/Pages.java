package org.gongkai.site;

import java.util.List;
import java.util.Optional;
import org.gongkai.site.chart.ChartView;
import org.gongkai.site.compare.ComparisonPage;

/**
 * What the templates see: flat, display-ready records, one per kind of page and part of a page.
 * A field that the source does not have is {@code null} here, which templates test with {@code ??}.
 */
public final class Pages {

    private Pages() {}

    /**
     * Everything the shared layout needs: site identity, footer, and the way back to the root. {@code address} is the
     * office's postal address; {@code baseUrl} the site's own (base_url), which downloaded tables' links start with.
     */
    public record Layout(
            String siteTitle,
            String publisher,
            String phone,
            String email,
            String address,
            String baseUrl,
            String siteDomain,
            String siteCode,
            String icp,
            boolean hasAbout,
            String root,
            String pageTitle,
            List<Crumb> crumbs,
            boolean indexable,
            Facts facts) {}

    /**
     * What the meta tags of 政府网站发展指引 and the page's date line say of a page: its column (栏目), its
     * title when it is an article (a disclosure's own page), who the content comes from, and its dates of
     * publication and last update as the content states them, {@code null} where it states none.
     */
    public record Facts(String column, String articleTitle, String source, String published, String updated) {}

    public record Crumb(String label, String href) {}

    /** The home page; {@code yearTotals} are the totals of each budget year, newest first, never added together. */
    public record Home(List<RegionNode> regions, int officeCount, int disclosureCount, int projectCount,
            List<YearTotal> yearTotals, List<Download> downloads, ChartView officeChart, ChartView yearChart,
            int comparisonCount) {}

    /** One budget year across the site: its disclosures and projects, and its total with what it leaves out. */
    public record YearTotal(int year, int disclosureCount, int projectCount, String total, String totalNote) {}

    /** A download link: {@code fileName} is the name the browser saves it under, which says whose data it is. */
    public record Download(String label, String href, String fileName, String size) {}

    /** The data page: the downloads of the whole site, what every column means, and the terms of reuse. */
    public record Data(List<Download> downloads, List<DataTable> tables, List<Family> families, String licence,
            String schemaHref, List<String> schemaFiles, String formulaCells) {}

    public record DataTable(String title, String file, List<DataColumn> columns) {}

    public record DataColumn(String name, String type, String title, String description) {}

    /** A unit family as the indicator download names it, with its units in Chinese. */
    public record Family(String name, String description) {}

    public record RegionNode(String name, List<OfficeEntry> offices, List<RegionNode> children) {}

    public record OfficeEntry(String name, String href, List<YearEntry> years) {}

    /** {@code totalNote} says how many projects the total leaves out for want of their own, or is empty. */
    public record YearEntry(int year, String href, int projectCount, String total, String totalNote) {}

    /**
     * An office's page: its years, newest first, each with its project count and total, and the projects of the
     * newest year ({@code latest}, {@code null} when it has published none), so a reader sees what it spends on
     * without another click; {@code acrossYears} links to the comparisons of its like projects across its years.
     */
    public record Office(String name, String regionPath, String code, String introductionHtml, List<YearEntry> years,
            LatestYear latest, List<ComparisonPage.Link> acrossYears) {}

    /** The newest year of an office on its page: the year, the way to its page, and its projects. */
    public record LatestYear(int year, String href, List<ProjectEntry> projects) {}

    /**
     * An office's year page; {@code total} sums the projects' totals, and {@code totalNote} says how many projects
     * it leaves out for want of their own, or is empty.
     */
    public record Year(
            String officeName,
            String officeHref,
            int year,
            String title,
            String published,
            String approved,
            ListView list,
            List<Excluded> excluded,
            List<String> notes,
            Overall overall,
            List<ProjectEntry> projects,
            int projectCount,
            String total,
            String totalNote,
            String remarksHtml,
            List<Download> downloads,
            ChartView projectChart,
            ChartView sourceChart,
            History history,
            Original original,
            List<NotedProject> dataNotes) {}

    /** A project whose page shows 数据说明, as its year page links to it: how many notes, and where. */
    public record NotedProject(String name, String href, int count) {}

    /**
     * 原文出处: the original publication a disclosure names, {@code null} where it names none; {@code label} is its
     * title, or else its address; the others are {@code null} where the year file does not give them.
     */
    public record Original(String href, String label, String publishedBy, String retrieved, String sha256) {

        static Original of(Optional<org.gongkai.content.model.Original> original) {
            return original.map(o -> new Original(o.url(), o.label(), o.publishedBy().orElse(null),
                    o.retrieved().map(Object::toString).orElse(null), o.sha256().orElse(null))).orElse(null);
        }
    }

    /**
     * Where a page's text stands among the versions of its document. {@code lastCorrected} is the day of the
     * correction that made the text shown (yyyy-MM-dd), the page's "last updated", or null when it is the text first
     * published. The current text's pages list every correction, newest first, in {@code corrections}; an earlier
     * version's pages say so in {@code superseded}, and list none.
     */
    public record History(String lastCorrected, List<CorrectionNote> corrections, Superseded superseded) {

        /** A document never corrected. */
        public static final History NONE = new History(null, List.of(), null);
    }

    /** One 更正 as the current pages show it: its day, its 更正说明 verbatim, and the link to the text it replaced. */
    public record CorrectionNote(String date, String note, int version, String earlierHref) {}

    /**
     * The banner of an earlier version's pages: which version, the day and note of the correction that replaced
     * it, the way to the current text and to the list of every correction.
     */
    public record Superseded(int version, String correctedOn, String note, String currentHref, String historyHref) {}

    /**
     * The 公开清单 of a year page, as published, or derived from the project tables when the document has none.
     * {@code sum} is a 合计 computed from its own rows, since the lists the seeds print have none of their own;
     * {@code sumNote} ends its note with how many rows it leaves out for want of an amount, or is empty.
     */
    public record ListView(String title, String unit, boolean derived, List<ListRow> rows, String sum, String sumNote) {}

    /** A row of the 公开清单; {@code amount} is {@code null} for a derived row whose table printed no total (未列出). */
    public record ListRow(String number, String name, String amount, String href) {}

    public record Excluded(String name, String amount, String reason) {}

    /** A project on its year page; {@code total} is {@code null} where its form printed none (未列出). */
    public record ProjectEntry(String name, String href, String total, int indicatorCount) {}

    public record Overall(
            String title,
            String unitName,
            String unit,
            List<TaskRow> tasks,
            TaskRow sum,
            String goal,
            Indicators indicators) {}

    public record TaskRow(String name, String content, String total, String fiscal, String other) {}

    public record Project(
            String officeName,
            int year,
            String heading,
            String name,
            String department,
            String implementer,
            String source,
            String field,
            String term,
            String construction,
            String operation,
            String responsible,
            String fundsUnit,
            List<FundRow> funds,
            String goal,
            Indicators indicators,
            String yearHref,
            List<ComparisonPage.Link> comparisons,
            History history,
            Form form,
            List<String> dataNotes,
            Original original) {}

    /**
     * What a project's form prints beyond the seeds' fields, each {@code null} or empty where it prints none:
     * {@code title} is the form's own title (项目支出绩效目标表 when it has none of its own); {@code rows} are the
     * header's other rows and {@code after} the rows below the indicator table, in the form's order.
     */
    public record Form(String title, String category, String division, String overview, List<FormLine> rows,
            String periodGoal, String longTermGoal, List<FormLine> after) {}

    /** A row of a form kept as it was printed: its label and its text. */
    public record FormLine(String label, String text) {}

    /**
     * A funds row: {@code part} when it is a part of the row above it (一般公共预算 of 财政拨款), and {@code note}
     * what the form printed beside the amount, or {@code null}. {@code amount} is {@code null} only for a total the
     * form did not print readably, which the page shows as 未列出.
     */
    public record FundRow(String label, String amount, boolean part, String note) {}

    /**
     * An indicator table: the further columns some of its rows have, by label in the order shown (none for the
     * seeds' four-column forms), whether it has a 二级 column at all, and its rows.
     */
    public record Indicators(List<String> columns, boolean level2, List<IndicatorLine> lines) {}

    /**
     * One indicator row. {@code level1Span} and {@code level2Span} are the rows a merged cell spans when
     * this row starts it, and 0 when an earlier row's cell covers this one; {@code extras} are its texts in the
     * table's further columns, empty where the row has none.
     */
    public record IndicatorLine(int number, String level1, int level1Span, String level2, int level2Span,
            String level3, String value, List<String> extras) {}

    /** The publisher's check report: every finding of the build, grouped by file. */
    public record Report(int errors, int warnings, int notices, int omitted, List<ReportFile> files) {}

    public record ReportFile(String file, List<ReportRow> rows) {}

    public record ReportRow(String position, String severity, String severityClass, String message, String rule,
            String subject) {}

    /**
     * The search page's settings for its script: the browser index's version, shards and document counts;
     * {@code address} is the site's own (base_url), which the downloaded CSV's links start with, as gongkai search's do.
     */
    public record Search(String version, int shards, int phraseShards, int projects, int rows,
            int projectChunk, String address) {}
}
