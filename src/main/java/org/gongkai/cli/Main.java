package org.gongkai.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The gongkai command line: subcommands for building, importing and checking disclosures. */
@Command(name = "gongkai",
        versionProvider = Version.class,
        description = {"gongkai（公开）：把各单位的预算绩效目标公开文件生成可检索、可下载的静态网站。",
                "Static open-data site generator for budget performance-target disclosures."},
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, SearchCommand.class, ImportCommand.class,
                GenerateCommand.class, VerifyCommand.class, HelpCommand.class},
        usageHelpAutoWidth = true)
public final class Main implements Callable<Integer> {

    /** Exit code for content that has errors. */
    static final int CONTENT_ERRORS = 1;
    /** Exit code for a command the program will not carry out as given: picocli's for bad options, a refused output. */
    static final int USAGE = 2;
    /** Exit code for a failure of the environment: unwritable output, broken templates. */
    static final int FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOptions help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本和提交后退出（Show the version.）")
    boolean version;

    /**
     * Lucene notes through java.util.logging which features of the running Java it uses (on Java 21 and later): English
     * lines with class names that tell a publisher nothing. Held here because the logging keeps loggers weakly.
     */
    private static final Logger LUCENE_NOTES = Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_NOTES.setLevel(Level.OFF);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new Failures());
        cli.setParameterExceptionHandler(new UsageErrors());
        chineseHeadings(cli);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("内存不足，生成已中止，网站保持上一次的样子。请给 Java 更多内存后重试，例如："
                    + "GONGKAI_JAVA_OPTS=-Xmx8g ./gongkai build");
            code = FAILURE;
        } catch (StackOverflowError e) {
            // A recursion that some input nests too deep: a defect to report, but said as one line, not as the
            // thousands of lines of its trace.
            Failures.print(FailureText.of(e, java.util.Optional.empty()), e, err);
            code = FAILURE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** With no command: the help, on standard error since nothing was done, and the exit code of a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** The help's headings in Chinese, for every command; picocli's are English. */
    private static void chineseHeadings(CommandLine cli) {
        cli.getCommandSpec().usageMessage().synopsisHeading("用法：").descriptionHeading("%n")
                .parameterListHeading("%n参数：%n").optionListHeading("%n选项：%n").commandListHeading("%n命令：%n");
        cli.getSubcommands().values().forEach(Main::chineseHeadings);
    }
}
