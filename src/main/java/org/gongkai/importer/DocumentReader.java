package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.model.IndicatorRow;
import org.gongkai.content.model.OverallBudget;
import org.gongkai.content.model.Project;
import org.gongkai.content.model.PublishedList;
import org.gongkai.content.model.SourcePosition;
import org.gongkai.content.value.MoneyUnits;

/**
 * Reads a whole document: the title, the 公开清单, the tables, the headings above them and the notes.
 *
 * <p>Text outside the tables is placed only when it is recognisably one of these; anything else is reported
 * with its line rather than guessed at.
 */
final class DocumentReader {

    /** A heading above a table is numbered, as 1.“…”项目 or （二）…: other text there is a page's, not the form's. */
    /** What a government site prints at the foot of every page, which a copied or saved page brings along. */
    private static final Pattern PAGE_CHROME = Pattern.compile(
            "主办单位|承办单位|主办：|版权所有|ICP备|网站标识码|公网安备|技术支持|网站地图|联系我们");
    private static final Pattern NUMBERED =
            Pattern.compile("^\\s*[（(]?[0-9一二三四五六七八九十]+\\s*[)）.、．]");

    private final Layout layout;
    private final String sourceName;
    private final Problems problems;
    private final Years years;
    private final NoteFacts facts;
    private Optional<Cell> title = Optional.empty();
    private Optional<PublishedList> list = Optional.empty();
    private Optional<OverallBudget> overall = Optional.empty();
    private final List<Project> projects = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Optional<String> heading = Optional.empty();
    private boolean inNotes;
    private final Unplaced unplaced;
    /** The unit printed above a table of many projects (金额单位：元); 万元 unless it says otherwise. */
    private String wideUnit = MoneyUnits.WAN;
    /** The project forms read, imported or not, so that a document whose forms all failed is not called tableless. */
    private int formsRead;
    /** The year a table's own title names, as 2023年项目支出绩效目标申报表, for a document that prints no other. */
    private OptionalInt tableTitleYear = OptionalInt.empty();
    private boolean seenContent;

    /** The budget year the publisher gave, for a document that names none. */
    private final OptionalInt givenYear;

    DocumentReader(Layout layout, String sourceName, Problems problems, OptionalInt givenYear) {
        this.givenYear = givenYear;
        this.layout = layout;
        this.sourceName = sourceName;
        this.problems = problems;
        this.years = new Years(problems);
        this.facts = new NoteFacts(sourceName, problems);
        this.unplaced = new Unplaced(problems);
    }

    /** The disclosure, or empty when the document names no budget year (reported). */
    Optional<Disclosure> read(BlockCursor cursor, String officeId) {
        while (cursor.hasText()) {
            Block b = cursor.peek();
            Optional<Cell> single = b.single();
            List<Cell> row = b.nonEmpty();
            // Only a row of several cells can hold a title among them; a single cell is read as text below.
            Optional<Cell> titled = single.isPresent() ? Optional.empty()
                    : row.stream().filter(c -> Labels.isTitleInRow(c.text(), c == row.get(0))).findFirst();
            if (titled.isPresent()) {
                // A web page's row such as 标 题: | 项目支出绩效目标申报表: the title, and the rest of the row reported.
                List<Cell> rest = b.nonEmpty().stream().filter(c -> c != titled.get()).toList();
                unplaced.add(new Block(rest, b.line(), b.paragraph()));
                unplaced.flush();
                cursor.next();
                table(titled.get(), cursor);
                continue;
            }
            if (WideTable.isHeader(b)) {
                // A list of projects one indicator a row, as budget systems export it.
                unplaced.flush();
                cursor.next();
                seenContent = true;
                projects.addAll(new WideTable(sourceName, problems).read(b, cursor, wideUnit));
                continue;
            }
            Optional<String> unit = single.stream().flatMap(c -> FormReader.inlinePairs(c).stream())
                    .filter(pair -> Labels.field(pair[0].text()).filter(f -> f == Labels.Field.AMOUNT_UNIT).isPresent())
                    .findFirst().flatMap(pair -> Labels.amountUnit(pair[1].text()));
            if (unit.isPresent()) {
                // 金额单位：元 above a table with no title of its own: the unit of the amounts below it.
                cursor.next();
                wideUnit = unit.get();
                continue;
            }
            boolean namesAProject = b.nonEmpty().stream().findFirst()
                    .flatMap(c -> Labels.field(c.text())).filter(f -> f == Labels.Field.NAME).isPresent();
            if (namesAProject) {
                // A table copied without its title still begins with 项目名称: it is a project's form.
                table(new Cell("项目支出绩效目标表", 0, b.line()), cursor);
                continue;
            }
            if (single.isEmpty()) {
                cursor.next();
                unplaced.add(b);
                continue;
            }
            text(single.get(), cursor);
        }
        unplaced.flush();
        return disclosure(officeId);
    }

    private void text(Cell cell, BlockCursor cursor) {
        String text = cell.text();
        if (Labels.isProjectTableTitle(text) || Labels.isOverallTableTitle(text) || Labels.isListTitle(text)) {
            cursor.next();
            table(cell, cursor);
            return;
        }
        if (years.acceptSubtitle(cell) || Labels.key(text).equals("附件")) {
            cursor.next();
            return;
        }
        if (heading.isPresent()) {
            problems.add(cell.line(), "标题" + Problems.quote(heading.get()) + "下面没有紧跟表格：请检查是否缺了表格。");
            heading = Optional.empty();
        }
        if (text.startsWith("注：") || text.startsWith("注:") || NoteFacts.statesFacts(text)) {
            note(cell, cursor);
            return;
        }
        // A document title names the year and stands before everything else, even directly above a table.
        if (!seenContent && title.isEmpty() && Labels.key(text).contains("绩效目标")
                && Years.inTitle(text).isPresent()) {
            cursor.next();
            title = Optional.of(cell);
            return;
        }
        boolean beforeTable = cursor.peekNonEmptyAfterCurrent()
                .flatMap(Block::single).map(c -> Labels.isAnyTitle(c.text()) && !Labels.isListTitle(c.text()))
                .orElse(false);
        if (beforeTable && !inNotes && NUMBERED.matcher(text).find()) {
            cursor.next();
            heading = Optional.of(text);
            return;
        }
        if (inNotes && !PAGE_CHROME.matcher(text).find()) {
            note(cell, cursor);
            return;
        }
        // A web page's footer (主办单位, 版权所有, ICP备…) ends the notes above it: it is the site's, not the document's.
        inNotes = false;
        unplaced.add(cursor.next());
    }

    private void note(Cell cell, BlockCursor cursor) {
        cursor.next();
        notes.add(cell.text());
        facts.read(cell);
        inNotes = true;
    }

    private void table(Cell title, BlockCursor cursor) {
        unplaced.flush();
        if (tableTitleYear.isEmpty()) {
            tableTitleYear = Years.inTitle(title.text());
        }
        seenContent = true;
        inNotes = false;
        Optional<String> tableHeading = heading;
        heading = Optional.empty();
        if (Labels.isListTitle(title.text())) {
            if (list.isPresent()) {
                problems.add(title.line(), "文件中有第二份公开清单：一份文件只能有一份清单，请核对原文。");
            }
            PublishedList read = new ListReader(sourceName, problems).read(title, cursor);
            list = list.or(() -> Optional.of(read));
            return;
        }
        FormContent form = NoticeReader.isNotice(title, cursor)
                ? new NoticeReader(sourceName, problems).read(title, cursor)
                : new FormReader(layout, sourceName, problems, years).read(title, cursor);
        if (form.isEmpty()) {
            form.fundsUnit.ifPresent(unit -> wideUnit = unit);
            // A title with nothing of a form below it, such as a web page's title above the table's own: a
            // document title if it names the year, and not a table.
            seenContent = !projects.isEmpty() || overall.isPresent() || list.isPresent();
            if (this.title.isEmpty() && Years.inTitle(title.text()).isPresent()) {
                this.title = Optional.of(title);
            } else {
                unplaced.add(new Block(List.of(title), title.line(), true));
            }
            return;
        }
        if (Labels.isOverallTableTitle(title.text())) {
            if (overall.isPresent()) {
                problems.add(title.line(), "文件中有第二张整体支出绩效目标表：请核对原文。");
            }
            Optional<OverallBudget> read = new OverallBuilder(sourceName, problems).build(form);
            overall = overall.or(() -> read);
            tableHeading.ifPresent(h -> problems.add(title.line(), "整体支出绩效目标表上方的标题" + Problems.quote(h)
                    + "无处存放：请把它改写为说明或删除。"));
            return;
        }
        formsRead++;
        Optional<Project> project = new ProjectBuilder(sourceName, problems).build(form, tableHeading);
        project.ifPresent(projects::add);
        project.ifPresent(p -> Placeholders.report(p, problems));
        if (!cursor.hasNext()) {
            project.ifPresent(this::reportIfCutShort);
        }
    }

    /**
     * Reports a project form that runs to the end of the document without its last rows: forms end with their
     * 满意度 indicators, so one that stops before them was cut short, as a page's text limited in length is. What
     * is missing is not guessed.
     */
    private void reportIfCutShort(Project p) {
        List<IndicatorRow> rows = p.indicators();
        // A form without an indicator table may state its targets in prose rows: nothing tells where it would end.
        if (rows.isEmpty() || !p.form().after().isEmpty()) {
            return;
        }
        IndicatorRow last = rows.get(rows.size() - 1);
        if (last.level1().contains("满意度") || last.level2().contains("满意度")) {
            return;
        }
        String named = last.level3().isEmpty() ? last.level2() : last.level3();
        problems.add(last.at().line(), "项目" + Problems.quote(p.name()) + "的表格在文件末尾中断（最后读到的指标是"
                + Problems.quote(named) + "）：原文可能不完整，其后的指标等未导入。请取得完整的表格后补上。");
    }


    private Optional<Disclosure> disclosure(String officeId) {
        // No table is the first thing to say: without one, the year does not matter.
        if (projects.isEmpty() && overall.isEmpty() && list.isEmpty()) {
            problems.add(0, formsRead > 0
                    ? "文件中有 " + formsRead + " 张绩效目标表，但都缺少可读的项目名称，无法收录："
                            + "请按下面所列各处对照原文补上。"
                    : "文件中找不到任何绩效目标表或公开清单：请确认这是项目支出绩效目标文件，"
                            + "以及表格的标题（如“项目支出绩效目标表”）是否完整。");
            return Optional.empty();
        }
        OptionalInt year = years.year();
        OptionalInt titleYear = title.map(c -> Years.inTitle(c.text())).orElse(OptionalInt.empty());
        if (year.isPresent() && titleYear.isPresent() && year.getAsInt() != titleYear.getAsInt()) {
            problems.add(title.get().line(), "文件标题中的年度（" + titleYear.getAsInt() + "年）与表格的年度（"
                    + year.getAsInt() + "年）不一致：请核对原文。");
        }
        if (year.isEmpty()) {
            year = titleYear;
        }
        if (year.isEmpty()) {
            year = tableTitleYear;
        }
        if (year.isPresent() && givenYear.isPresent() && year.getAsInt() != givenYear.getAsInt()) {
            problems.add(0, "文件中的预算年度（" + year.getAsInt() + "年）与 --year 给出的" + givenYear.getAsInt()
                    + "年不一致：已按文件中的年度导入，请核对。");
        }
        if (year.isEmpty()) {
            year = givenYear;
        }
        if (year.isEmpty()) {
            problems.add(0, "文件中找不到预算年度：表格下方通常印有“（2024年度）”，文件标题中通常也有年度。"
                    + "请确认这是项目支出绩效目标文件，并用 --year 给出年度，例如 --year 2024。");
            return Optional.empty();
        }
        List<String> ids = ProjectIds.assign(projects.stream().map(Project::name).toList());
        List<Project> withIds = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            withIds.add(ProjectBuilder.withId(projects.get(i), ids.get(i)));
        }
        return Optional.of(new Disclosure(officeId, year.getAsInt(), title.map(Cell::text), Optional.empty(),
                Optional.empty(), list, notes, facts.excluded(), facts.counts(), overall, withIds, Optional.empty(),
                new SourcePosition(sourceName, 1, 1)));
    }
}
