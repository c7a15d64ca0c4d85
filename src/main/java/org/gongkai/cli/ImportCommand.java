package org.gongkai.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code gongkai import}: placeholder until the importer lands. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "导入公开文件的表格文本，生成 YAML 供审核。")
final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
