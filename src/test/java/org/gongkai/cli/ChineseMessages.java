package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;

/** What a user reads is Chinese: neither a Java class name nor the English text of an exception. */
final class ChineseMessages {

    /** English words, as exception texts and class names have them, once the paths are taken out. */
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern PATH = Pattern.compile("[\\w.-]*/[\\w./-]*");

    private ChineseMessages() {}

    /** Passes when {@code said} has no English but paths, options and the program's own names. */
    static void assertChinese(String said) {
        assertFalse(said.contains("java.") || said.contains("Exception"), "no class name: " + said);
        String words = PATH.matcher(said).replaceAll("").replace("GONGKAI_DEBUG", "").replace("gongkai", "")
                .replace("ulimit", "").replace("--templates DIR", "").replace("GONGKAI_HOME", "");
        assertFalse(ENGLISH.matcher(words).find(), "no English: " + said);
    }
}
