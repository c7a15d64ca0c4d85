package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gongkai.integrity.Manifest;
import org.gongkai.integrity.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai verify}: a deployed copy of the site checked file by file against the manifest of its build. */
@Command(name = "verify",
        description = {"校验网站副本：按构建时写出的 SHA256SUMS 清单核对目录中每个文件的 SHA-256，"
                + "逐行列出内容被改动、缺少和多出的文件（多出的文件可能是被植入的网页后门）。",
                "全部一致时退出码为 0；有任何问题为 1；找不到清单或清单格式错误为 2。",
                "注意：能改动服务器上网站文件的人，也能改动同在其中的 SHA256SUMS。要发现篡改，请用 --manifest "
                        + "指向发布者在自己电脑上保存的、构建时生成的那份清单。",
                "Checks a deployed copy of the site against the SHA-256 manifest its build wrote."})
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    HelpOptions help;

    /** Exit code when a file differs, is missing or is not listed. */
    static final int MISMATCH = 1;
    /** Exit code when there is nothing to check against: no manifest, or one that cannot be read. */
    static final int UNUSABLE = 2;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "要校验的网站目录（默认 site）")
    Path dir = Path.of("site");

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "用这份清单校验（默认 DIR/SHA256SUMS）。使用别处保存的可信清单时，DIR 中的 SHA256SUMS 也须与之逐字节相同。")
    Path manifestFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("找不到要校验的网站目录 " + dir + "。请给出部署的网站副本所在的目录。");
            return UNUSABLE;
        }
        Path own = dir.resolve(Manifest.FILE_NAME);
        Path file = manifestFile == null ? own : manifestFile;
        if (!Files.isRegularFile(file)) {
            err.println("找不到清单 " + file + "。" + (manifestFile == null
                    ? "gongkai build 会在网站根目录写出 SHA256SUMS；请把它一同部署，或用 --manifest 指定清单。"
                    : "请检查 --manifest 给出的路径。"));
            return UNUSABLE;
        }
        Manifest manifest;
        try {
            manifest = Manifest.read(file);
        } catch (Manifest.Malformed e) {
            err.println(e.getMessage());
            return UNUSABLE;
        }
        boolean trustedElsewhere = !(Files.exists(own) && Files.isSameFile(own, file));
        if (trustedElsewhere && manifest.entries().stream().noneMatch(e -> e.path().equals(Manifest.FILE_NAME))) {
            // The copy's own manifest is a file of the site like any other: it must be the trusted one, byte for byte.
            List<Manifest.Entry> entries = new ArrayList<>(manifest.entries());
            entries.add(new Manifest.Entry(Manifest.FILE_NAME, Verifier.sha256(file)));
            manifest = new Manifest(entries);
        }
        Verifier.Report report = Verifier.check(dir, manifest, trustedElsewhere ? Set.of() : Set.of(Manifest.FILE_NAME),
                Runtime.getRuntime().availableProcessors());
        report.changed().forEach(p -> out.println("内容被改动：" + Manifest.printable(p)));
        report.missing().forEach(p -> out.println("缺少：" + Manifest.printable(p)));
        report.extra().forEach(p -> out.println("多出：" + Manifest.printable(p)));
        if (report.clean()) {
            out.printf("校验通过：%d 个文件与清单 %s 一致。%n", report.checked(), file);
            return 0;
        }
        out.printf("校验未通过：清单 %s 列出的 %d 个文件中，%d 个内容被改动，%d 个缺少；另有 %d 个清单中没有的文件。%n",
                file, manifest.entries().size(), report.changed().size(), report.missing().size(),
                report.extra().size());
        return MISMATCH;
    }
}
