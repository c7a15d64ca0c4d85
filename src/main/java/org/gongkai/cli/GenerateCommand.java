package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gongkai.generate.CorpusGenerator;
import org.gongkai.generate.CorpusShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gongkai generate}: a made-up content directory of any size for tests and benchmarks. It writes only into an
 * empty or new directory; {@code --force} first removes what an earlier run wrote there, and nothing else.
 */
@Command(name = "generate",
        description = {"生成测试用的内容目录：虚构的省、市、县和单位，每个单位若干年度的项目支出绩效目标，格式与 content/ 相同。",
                "同样的参数和种子总是生成逐字节相同的文件。用于测试和性能评估，内容均为虚构，不要发布。",
                "Generates a deterministic content directory of made-up offices and projects for tests and benchmarks."})
final class GenerateCommand implements Callable<Integer>, WritesInto {

    @Mixin
    HelpOptions help;

    /** What a run writes, and so all that {@code --force} removes. */
    private static final List<String> WRITTEN = List.of("site.yaml", "about.md", "offices");

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "输出的内容目录；须不存在或为空（加 --force 时覆盖）")
    Path output;

    @Option(names = "--offices", paramLabel = "N", description = "单位数（默认 200）")
    int offices = 200;

    @Option(names = "--projects", paramLabel = "M", description = "每个单位每个年度的项目数（默认 100）")
    int projects = 100;

    @Option(names = "--years", paramLabel = "Y", description = "年度数：截至 " + CorpusShape.LAST_YEAR + " 年的连续年度（默认 1）")
    int years = 1;

    @Option(names = "--seed", paramLabel = "S", description = "随机种子（默认 1）；种子不同，内容不同")
    long seed = 1;

    @Option(names = "--force", description = "输出目录非空时，先删除其中的 site.yaml、about.md 和 offices/ 再生成")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> outOfRange = range("--offices", offices, CorpusShape.MAX_OFFICES)
                .or(() -> range("--projects", projects, CorpusShape.MAX_PROJECTS))
                .or(() -> range("--years", years, CorpusShape.MAX_YEARS));
        if (outOfRange.isPresent()) {
            err.println(outOfRange.get());
            return 2;
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            err.println(output + " 已存在且不是目录。请换一个输出目录。");
            return 2;
        }
        if (!isEmpty(output)) {
            if (!force) {
                err.println("输出目录 " + output + " 不是空目录，未写入任何文件。请换一个目录，"
                        + "或加 --force 覆盖（会删除其中的 site.yaml、about.md 和 offices/）。");
                return 2;
            }
            for (String name : WRITTEN) {
                deleteTree(output.resolve(name));
            }
        }
        long start = System.nanoTime();
        CorpusShape shape = new CorpusShape(offices, projects, years, seed);
        CorpusGenerator.Written w = new CorpusGenerator(shape).write(output);
        out.printf(Locale.ROOT, "已生成 %s：%d 个单位，%d 个项目（%d 个年度），%d 行绩效指标，%d 个文件共 %.1f MB（%d 字节），用时 %.1f 秒。%n",
                output, w.offices(), w.projects(), years, w.rows(), w.files(), w.bytes() / 1e6, w.bytes(),
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** Checked here rather than left to CorpusShape, whose message is for programmers, in English. */
    private static Optional<String> range(String option, int value, int max) {
        return value >= 1 && value <= max ? Optional.empty()
                : Optional.of(option + " 应在 1 到 " + max + " 之间，实际为 " + value + "。");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public Optional<Path> writesInto() {
        return Optional.of(output);
    }
}
