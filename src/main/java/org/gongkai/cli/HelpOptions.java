package org.gongkai.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h} for every command, described in Chinese: picocli's own standard options describe themselves in English.
 * {@code -V} is the main command's ({@link Main}).
 */
final class HelpOptions {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助后退出（Show this help.）")
    boolean help;
}
