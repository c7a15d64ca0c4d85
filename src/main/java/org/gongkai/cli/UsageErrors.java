package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line gongkai cannot take, said in Chinese with the way to the command's help, and exit code 2: picocli
 * says it in English, then prints the whole help.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(message(e) + "运行 " + cli.getCommandSpec().qualifiedName() + " --help 查看用法。");
        err.flush();
        return Main.USAGE;
    }

    /** What is wrong with the command line, as one sentence. */
    static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            return "不认识的参数：" + String.join(" ", unmatched.getUnmatched()) + "。"
                    + (suggestions.isEmpty() ? "" : "是不是想用 " + String.join("、", suggestions) + "？");
        }
        if (e instanceof MissingParameterException missing) {
            return "缺少 " + missing.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining("、"))
                    + "。";
        }
        ArgSpec arg = e.getArgSpec();
        if (arg == null) {
            return "命令行有误。";
        }
        StringBuilder text = new StringBuilder(name(arg)).append(e.getValue() == null ? " 的值不对。"
                : " 不能取值 " + e.getValue() + "。");
        if (arg.completionCandidates() != null) {
            List<String> values = new ArrayList<>();
            arg.completionCandidates().forEach(v -> values.add(v.toLowerCase(Locale.ROOT)));
            if (!values.isEmpty()) {
                text.append("可用的值：").append(String.join("、", values)).append("。");
            }
        }
        return text.toString();
    }

    /** An option by its long name, a parameter by its label (QUERY). */
    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
