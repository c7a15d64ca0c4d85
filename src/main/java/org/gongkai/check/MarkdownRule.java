package org.gongkai.check;

import org.gongkai.content.load.Findings;
import org.gongkai.content.load.Subject;

/**
 * A rule on the Markdown a publisher writes (about.md, an office's introduction, a year file's remarks) that
 * judges it as a page will show it. What a page makes of Markdown is the site's business, so the site supplies
 * the rule and {@link ContentCheck} only hands it each text: the build and {@code gongkai check} then say the same.
 */
public interface MarkdownRule {

    /** Checks {@code markdown}, written in {@code file} (as findings name it) about {@code subject}. */
    void check(String file, String markdown, Subject subject, Findings findings);
}
