package org.gongkai.site;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.gongkai.content.load.Subject;
import org.gongkai.site.links.Prose;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns a publisher's Markdown into HTML that is safe to put on a page: whatever flexmark produces passes
 * a jsoup safelist, which drops scripts, event handlers, styles and images (an image would be fetched from
 * outside the site).
 */
final class Markdown {

    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeTags("img")
            .addProtocols("a", "href", "#")
            .preserveRelativeLinks(true);
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, false);
        // flexmark would quietly print a javascript: link as its text. Every link is rendered as written instead,
        // so that the link check sees it and tells the publisher; the safelist still keeps it off the page.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options).build();
    }

    private Markdown() {}

    static String toSafeHtml(String markdown) {
        return safe(RENDERER.render(PARSER.parse(markdown)));
    }

    /** {@code markdown}, written in {@code file} about {@code subject}, as a page shows it and as it was written. */
    static Prose prose(String file, String markdown, Subject subject) {
        String rendered = RENDERER.render(PARSER.parse(markdown));
        return new Prose(file, rendered, safe(rendered), subject);
    }

    private static String safe(String html) {
        // A base URI lets the safelist check a relative link's protocol; preserveRelativeLinks keeps it relative.
        return Jsoup.clean(html, "https://site.invalid/", SAFELIST, OUTPUT).trim();
    }
}
