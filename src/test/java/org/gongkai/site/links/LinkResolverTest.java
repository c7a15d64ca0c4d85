package org.gongkai.site.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gongkai.site.links.LinkResolver.Kind;
import org.gongkai.site.links.LinkResolver.Reference;
import org.junit.jupiter.api.Test;

/** Links resolve as a browser resolves them, to paths from the site's root: exact expectations per form. */
class LinkResolverTest {

    private static final LinkResolver AT_ROOT = new LinkResolver("https://example.org/");
    private static final LinkResolver BELOW = new LinkResolver("https://example.org/budget/");

    private static void assertSite(LinkResolver r, String href, String page, String target, String fragment) {
        assertEquals(Reference.site(target, fragment), r.resolve(href, page), href + " on " + page);
    }

    private static void assertKind(LinkResolver r, String href, String page, Kind kind) {
        assertEquals(kind, r.resolve(href, page).kind(), href + " on " + page);
    }

    @Test
    void relativeLinksResolveAgainstThePagesFolder() {
        assertSite(AT_ROOT, "../../assets/site.css", "a/2024/", "assets/site.css", "");
        assertSite(AT_ROOT, "../", "a/2024/p/", "a/2024/", "");
        assertSite(AT_ROOT, "..", "a/2024/p/", "a/2024/", "");
        assertSite(AT_ROOT, "p/", "a/2024/", "a/2024/p/", "");
        assertSite(AT_ROOT, "./", "search/", "search/", "");
        assertSite(AT_ROOT, "search/", "", "search/", "");
        assertSite(AT_ROOT, "feed.xml", "404.html", "feed.xml", "");
        assertSite(AT_ROOT, "a//b/./c.csv", "", "a/b/c.csv", "");
    }

    @Test
    void aFoldersIndexIsTheFolderAndQueriesAreDropped() {
        assertSite(AT_ROOT, "../index.html", "a/2024/p/", "a/2024/", "");
        assertSite(AT_ROOT, "index.html", "a/", "a/", "");
        assertSite(AT_ROOT, "../../search/?q=热线&year=2024", "a/2024/", "search/", "");
        assertSite(AT_ROOT, "%E7%83%AD/x%20y.csv", "", "热/x y.csv", "");
        assertSite(AT_ROOT, "a+b/", "", "a+b/", "");
    }

    @Test
    void fragmentsAndEmptyLinksStayOnThePage() {
        assertSite(AT_ROOT, "#main", "a/2024/", "a/2024/", "main");
        assertSite(AT_ROOT, "", "a/2024/", "a/2024/", "");
        assertSite(AT_ROOT, "?q=1#r%33", "404.html", "404.html", "r3");
        assertSite(AT_ROOT, "../#downloads", "a/2024/p/", "a/2024/", "downloads");
    }

    @Test
    void absolutePathsAndUrlsOnTheSitesOwnAddressAreInternal() {
        assertSite(BELOW, "/budget/assets/site.css", "404.html", "assets/site.css", "");
        assertSite(BELOW, "/budget/", "404.html", "", "");
        assertSite(BELOW, "/budget", "404.html", "", "");
        assertSite(BELOW, "https://example.org/budget/a/2024/#x", "", "a/2024/", "x");
        assertSite(BELOW, "//example.org/budget/data/", "", "data/", "");
        assertSite(AT_ROOT, "/", "a/", "", "");
        assertKind(BELOW, "/budgets/", "", Kind.OUTSIDE);
        assertKind(BELOW, "/other/", "", Kind.OUTSIDE);
        assertKind(BELOW, "https://example.org/", "", Kind.ELSEWHERE);
        assertKind(BELOW, "https://example.org/budgetary/", "", Kind.ELSEWHERE);
        assertKind(BELOW, "//cdn.example.com/x.js", "", Kind.ELSEWHERE);
    }

    @Test
    void goingAboveTheRootLeavesTheSite() {
        assertKind(AT_ROOT, "../../x/", "a/", Kind.OUTSIDE);
        assertKind(BELOW, "/budget/../x", "", Kind.OUTSIDE);
        assertKind(AT_ROOT, "../", "404.html", Kind.OUTSIDE);
    }

    @Test
    void otherSchemesAreLeftAloneButScriptsAreNot() {
        assertKind(AT_ROOT, "mailto:open@example.org", "", Kind.ELSEWHERE);
        assertKind(AT_ROOT, "tel:0551-1234", "", Kind.ELSEWHERE);
        assertKind(AT_ROOT, "https://www.gov.cn/", "", Kind.ELSEWHERE);
        assertKind(AT_ROOT, " JavaScript:alert(1)", "", Kind.SCRIPT);
        assertKind(AT_ROOT, "java\tscript:alert(1)", "", Kind.SCRIPT);
        assertKind(AT_ROOT, "\u0001\njavascript:alert(1)", "", Kind.SCRIPT);
        assertKind(AT_ROOT, "VBScript:MsgBox(1)", "", Kind.SCRIPT);
        assertKind(AT_ROOT, "data:text/html,<script>alert(1)</script>", "", Kind.SCRIPT);
        assertKind(AT_ROOT, "data:text/plain,x", "", Kind.SCRIPT);
    }
}
