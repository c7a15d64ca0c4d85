package org.gongkai.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Trims a script for the wire: drops the lines that are wholly comments and the indentation of the rest. It
 * never joins lines and never touches a line that holds code, so the script means what it meant; the browser
 * tests run the trimmed copies. Citizens on slow links pay for every byte of the search page's scripts.
 */
final class ScriptTrimmer {

    private ScriptTrimmer() {}

    static String trim(String script) {
        List<String> kept = new ArrayList<>();
        boolean inComment = false;
        for (String line : script.split("\n", -1)) {
            String text = line.strip();
            if (inComment) {
                inComment = !text.contains("*/");
                if (!inComment && !text.endsWith("*/")) {
                    throw new IllegalArgumentException("code after a comment on one line: " + line);
                }
                continue;
            }
            if (text.startsWith("/*")) {
                inComment = !text.contains("*/");
                if (!inComment && !text.endsWith("*/")) {
                    kept.add(text);
                }
                continue;
            }
            if (text.startsWith("//") || text.isEmpty()) {
                continue;
            }
            kept.add(text);
        }
        return String.join("\n", kept) + "\n";
    }
}
