package org.gongkai.site.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gongkai.content.load.Subject;
import org.gongkai.content.model.SourcePosition;

/**
 * Markdown that a publisher wrote and a page shows (about.md, an office's introduction, a year file's remarks),
 * with the content file it is in, so that a bad link in it is reported where the publisher can fix it.
 *
 * @param file the content file as findings name it
 * @param rendered the Markdown rendered to HTML before the safelist: it holds every link as the publisher wrote it
 * @param html the Markdown as the page shows it, sanitised
 */
public record Prose(String file, String rendered, String html, Subject subject) {

    /** The addresses of its links as the page carries them. */
    Set<String> hrefs() {
        return PageAnchors.parse(html).hrefs();
    }

    /** The addresses of its links as the publisher wrote them, those the safelist keeps off the page included. */
    Set<String> written() {
        return PageAnchors.parse(rendered).hrefs();
    }

    /**
     * Where {@code href} is written in the file: the model keeps no positions inside a text, so the file is read
     * again, which happens only for a link that is wrong. Markdown's own link syntax is looked for first; a link
     * not written as is (escaped in YAML, say) points at the file.
     */
    SourcePosition position(String href) {
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | InvalidPathException e) {
            return SourcePosition.ofFile(file);
        }
        for (String written : List.of("](" + href, "<" + href + ">", "\"" + href + "\"", "'" + href + "'", href)) {
            int at = text.indexOf(written);
            if (at >= 0) {
                return positionOf(text, at + written.indexOf(href));
            }
        }
        return SourcePosition.ofFile(file);
    }

    private SourcePosition positionOf(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        int column = 1 + text.codePointCount(lineStart, offset) - (lineStart == 0 && text.startsWith("\uFEFF") ? 1 : 0);
        return new SourcePosition(file, line, column);
    }
}
