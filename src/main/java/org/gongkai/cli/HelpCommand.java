package org.gongkai.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai help [COMMAND]}: the help of a command, as {@code gongkai COMMAND --help} prints it. */
@Command(name = "help", description = {"显示某个命令的帮助，例如 gongkai help build。", "Shows a command's help."})
final class HelpCommand implements Callable<Integer> {

    @Mixin
    HelpOptions help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "COMMAND", description = "命令名，例如 build")
    String command;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine main = spec.parent().commandLine();
        if (command == null) {
            main.usage(main.getOut());
            return 0;
        }
        CommandLine sub = main.getSubcommands().get(command);
        if (sub == null) {
            main.getErr().println("没有 " + command + " 这个命令。可用的命令：" + String.join("、", main.getSubcommands().keySet())
                    + "。");
            return Main.USAGE;
        }
        sub.usage(main.getOut());
        return 0;
    }
}
