package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown becomes HTML that passes the safelist: exact expected output for each case. */
class MarkdownTest {

    private static void assertRenders(String markdown, String html) {
        assertEquals(html, Markdown.toSafeHtml(markdown));
    }

    @Test
    void formattingSurvives() {
        assertRenders("**重点**与*说明*", "<p><strong>重点</strong>与<em>说明</em></p>");
        assertRenders("- 甲\n- 乙", "<ul>\n<li>甲</li>\n<li>乙</li>\n</ul>");
        assertRenders("[链接](https://example.org/)", "<p><a href=\"https://example.org/\">链接</a></p>");
        assertRenders("[相对](../about/)", "<p><a href=\"../about/\">相对</a></p>");
    }

    @Test
    void scriptsHandlersAndOutsideResourcesAreRemoved() {
        assertRenders("甲<script>alert(1)</script>乙", "<p>甲乙</p>");
        assertRenders("<b onmouseover=\"x()\">粗</b>", "<p><b>粗</b></p>");
        assertRenders("<a href=\"javascript:alert(1)\">坏</a>", "<p><a>坏</a></p>");
        assertRenders("[坏](javascript:alert(1))", "<p><a>坏</a></p>");
        assertRenders("<a href=\"vbscript:x\">坏</a>[坏](data:text/html,x)", "<p><a>坏</a><a>坏</a></p>");
        assertRenders("![图](https://cdn.example.com/x.png)", "<p></p>");
        assertRenders("<iframe src=\"https://example.com\"></iframe>", "");
        assertRenders("<p style=\"color:red\">红</p>", "<p>红</p>");
    }
}
