package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.SourceText;
import org.gongkai.content.model.Disclosure;
import org.gongkai.importer.DocumentImporter;
import org.gongkai.importer.ImportProblem;
import org.gongkai.importer.ImportReport;
import org.gongkai.importer.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai import}: a published document in (a Word or Excel file, or its text), YAML for review out. What
 * could not be placed is listed, with its line or cell, in the console and as comments at the top of the file; a
 * document is refused only when no table can be found in it. An existing year file is never overwritten without
 * {@code --force}.
 */
@Command(name = "import",
        description = {"导入公开文件（Word .docx/.doc、Excel .xlsx/.xls、保存的网页 .html，或从网页、文档中复制出的表格文本），生成该年度的 YAML 供审核。",
                "未能放入的部分会列出行号或单元格，并写在 YAML 文件开头的导入报告中；找不到任何表格时不写出文件。",
                "Imports a published document (Word, Excel, a saved web page or its text) and writes the year's YAML for review."})
final class ImportCommand implements Callable<Integer>, WritesInto {

    @Mixin
    HelpOptions help;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Parameters(index = "0", paramLabel = "FILE", description = "公开文件：.docx、.doc、.xlsx、.xls、.html、.htm、.mht，或 UTF-8 文本")
    Path file;

    @Option(names = "--office", required = true, paramLabel = "ID", description = "单位标识，例如 luan-szfb")
    String office;

    @Option(names = "--year", paramLabel = "YEAR", description = "预算年度，文件中没有印出年度时使用，例如 2024")
    Integer year;

    @Option(names = {"-o", "--content"}, paramLabel = "DIR",
            description = "写入内容目录 DIR/offices/<单位>/<年度>.yaml；不给出时输出到标准输出")
    Path content;

    @Option(names = "--force", description = "覆盖已存在的年度文件")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ID.matcher(office).matches()) {
            err.println("单位标识“" + office + "”无效：只能用小写英文字母、数字和连字符，例如 luan-szfb。");
            return 2;
        }
        if (year != null && (year < 1990 || year > 2100)) {
            err.println("--year " + year + " 不是预算年度：请写四位年份，例如 --year 2024。");
            return 2;
        }
        String shown = file.toString();
        OptionalInt givenYear = year == null ? OptionalInt.empty() : OptionalInt.of(year);
        Optional<ImportResult> read = read(shown, givenYear, err);
        if (read.isEmpty()) {
            return Main.CONTENT_ERRORS;
        }
        ImportResult result = read.get();
        if (result.disclosure().isEmpty()) {
            // Refused: say why in a sentence or two, not once for every line the document holds.
            result.problems().stream().filter(p -> p.line() == 0)
                    .forEach(p -> err.println(shown + ": 错误：" + p.message()));
            boolean tables = result.problems().stream().noneMatch(p -> p.message().startsWith("文件中找不到任何"));
            long skipped = result.problems().stream().filter(p -> p.line() > 0).count();
            if (tables) {
                // The tables were found but could not be imported: the publisher needs each place to mend.
                result.problems().stream().filter(p -> p.line() > 0)
                        .forEach(p -> err.println(shown + where(p) + ": 需要核对：" + p.message()));
            }
            err.println("导入未完成，未写出任何文件" + (skipped > 0 && !tables ? "（另有 " + skipped + " 处文字未能识别）" : "")
                    + "。");
            return Main.CONTENT_ERRORS;
        }
        for (ImportProblem p : result.problems()) {
            err.println(shown + where(p) + ": 需要核对：" + p.message());
        }
        Disclosure disclosure = result.disclosure().orElseThrow();
        String yaml = ImportReport.forReview(result, shown);
        if (content == null) {
            out.print(yaml);
        } else {
            Path target = content.resolve("offices").resolve(office).resolve(disclosure.year() + ".yaml");
            if (Files.exists(target) && !force) {
                err.println(target + " 已存在，未覆盖。请先审核差异，或加 --force 覆盖。");
                return Main.CONTENT_ERRORS;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
            out.printf("已写出 %s：%d 个项目。请对照原文审核后再发布。%n", target, disclosure.projects().size());
            if (!Files.exists(target.getParent().resolve("office.yaml"))) {
                out.println("提示：该单位还没有 office.yaml，请补充单位名称、所属区划和部门代码（见 docs/content-format.md）。");
            }
        }
        if (!result.problems().isEmpty()) {
            err.printf("部分导入：%d 处需要核对，已列在上面和文件开头的导入报告中。请对照原文核对、补上后再发布。%n",
                    result.problems().size());
            return Main.CONTENT_ERRORS;
        }
        return 0;
    }

    /** The document read, or empty after saying why it cannot be read at all. */
    private Optional<ImportResult> read(String shown, OptionalInt givenYear, PrintWriter err) {
        DocumentImporter importer = new DocumentImporter();
        if (DocumentImporter.readsByCell(file)) {
            try {
                return Optional.of(importer.importFile(file, shown, office, givenYear));
            } catch (DocumentImporter.Unreadable e) {
                err.println(e.getMessage());
                return Optional.empty();
            }
        }
        Findings findings = new Findings();
        Optional<String> text = SourceText.read(file, shown, findings);
        if (text.isEmpty()) {
            findings.sorted().stream().map(Finding::format).forEach(err::println);
            return Optional.empty();
        }
        return Optional.of(importer.importDocument(text.get(), shown, office, givenYear));
    }

    /** Where a problem is: {@code :12} for a text's line, the cell's place for a Word or Excel file. */
    private String where(ImportProblem p) {
        if (p.line() == 0) {
            return "";
        }
        return DocumentImporter.readsByCell(file) ? "（" + p.place() + "）" : ":" + p.line();
    }

    @Override
    public Optional<Path> writesInto() {
        return Optional.ofNullable(content);
    }
}
