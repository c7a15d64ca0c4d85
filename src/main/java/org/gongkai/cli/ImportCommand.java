package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.gongkai.content.load.Finding;
import org.gongkai.content.load.Findings;
import org.gongkai.content.load.SourceText;
import org.gongkai.content.model.Disclosure;
import org.gongkai.content.write.DisclosureWriter;
import org.gongkai.importer.DocumentImporter;
import org.gongkai.importer.ImportProblem;
import org.gongkai.importer.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai import}: a published document's table text in, YAML for review out. A document with parts
 * it cannot read writes nothing, and an existing year file is never overwritten without {@code --force}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"导入公开文件的表格文本（每行一行、制表符分隔单元格，或每个单元格一行），生成该年度的 YAML 供审核。",
                "无法识别的部分会指出行号，此时不写出任何文件。",
                "Imports a document's table text and writes the year's YAML for review."})
final class ImportCommand implements Callable<Integer>, WritesInto {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @Parameters(index = "0", paramLabel = "FILE", description = "公开文件的文本（UTF-8）")
    Path file;

    @Option(names = "--office", required = true, paramLabel = "ID", description = "单位标识，例如 luan-szfb")
    String office;

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
        Findings findings = new Findings();
        String shown = file.toString();
        Optional<String> text = SourceText.read(file, shown, findings);
        if (text.isEmpty()) {
            findings.sorted().stream().map(Finding::format).forEach(err::println);
            return Main.CONTENT_ERRORS;
        }
        ImportResult result = new DocumentImporter().importDocument(text.get(), shown, office);
        for (ImportProblem p : result.problems()) {
            err.println(shown + (p.line() > 0 ? ":" + p.line() : "") + ": 错误：" + p.message());
        }
        if (!result.isClean()) {
            err.printf("导入未完成：%d 处无法识别，未写出任何文件。请对照原文修正文本后重试。%n", result.problems().size());
            return Main.CONTENT_ERRORS;
        }
        Disclosure disclosure = result.disclosure().orElseThrow();
        String yaml = new DisclosureWriter().write(disclosure);
        if (content == null) {
            out.print(yaml);
            return 0;
        }
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
        return 0;
    }

    @Override
    public Optional<Path> writesInto() {
        return Optional.ofNullable(content);
    }
}
