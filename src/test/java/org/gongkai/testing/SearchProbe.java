package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.output.WorkFolder;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchRequest;
import org.openqa.selenium.By;

/**
 * Asks one built site the same question twice: through {@code gongkai search}'s Lucene index, and through the
 * search page's engine in Chromium, each answer as the list of result URLs, best first.
 */
public final class SearchProbe implements AutoCloseable {

    private final SearchIndex index;
    private final StaticServer server;
    private final Browser browser;

    public SearchProbe(Path site, StaticServer server, Browser browser) throws IOException {
        this.index = SearchIndex.open(WorkFolder.of(site).searchIndex());
        this.server = server;
        this.browser = browser;
    }

    /** The command line's hits, every one of them; filters by office, region and year. */
    public List<SearchHit> cli(String q, SearchRequest.Mode mode, Map<String, String> filters) {
        try {
            return index.search(new SearchRequest(SearchQuery.parse(q), mode, Optional.ofNullable(filters.get("office")),
                    Optional.ofNullable(filters.get("region")), Optional.ofNullable(filters.get("year")),
                    Optional.empty(), Optional.empty(), Integer.MAX_VALUE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> cliUrls(String q, SearchRequest.Mode mode, Map<String, String> filters) {
        return cli(q, mode, filters).stream().map(SearchHit::url).toList();
    }

    /** The browser engine's whole ranking, run in the search page the way the page runs it. */
    @SuppressWarnings("unchecked")
    public List<String> browserUrls(String q, SearchRequest.Mode mode, Map<String, String> filters) {
        if (!browser.driver().getCurrentUrl().contains("/search/")) {
            browser.driver().get(server.url("search/"));
        }
        return (List<String>) browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1]; var e = window.gongkaiSearch.engine;"
                + "var request = Object.assign({q: arguments[0], mode: arguments[1]}, arguments[2]);"
                + "e.search(request).then(function (a) {"
                + "  return e.summaries(a.kind, a.ranked); }).then(function (s) { done(s.map(function (x) { return x[0]; })); })"
                + "  .catch(function (err) { done(['error: ' + err]); });",
                q, mode == SearchRequest.Mode.PROJECTS ? "projects" : "indicators", filters);
    }

    /** Waits until the search page has drawn its answer; fails at once on the page's own error message. */
    public static void awaitSearch(Browser browser) {
        browser.waitUntil("the search is done", d -> {
            String state = d.findElement(By.id("search")).getAttribute("data-state");
            if ("error".equals(state)) {
                throw new AssertionError(d.findElement(By.id("search-status")).getText() + " ("
                        + d.findElement(By.id("search")).getAttribute("data-error") + ")");
            }
            return "done".equals(state);
        });
    }

    /**
     * The CSV that the search page's download button would save for the search in its address, sorted as its table
     * is, as the page makes it; passed back as code units, since WebDriver normalises the line ends of the strings it hands back.
     */
    public static String downloadedCsv(Browser browser) {
        @SuppressWarnings("unchecked")
        List<Long> units = (List<Long>) browser.driver().executeAsyncScript(
                "var done = arguments[0]; var g = window.gongkaiSearch;"
                + "g.engine.search(g.readState()).then(function (a) { return g.csvText(a, g.readState()); }).then(function (t) {"
                + "  var u = []; for (var i = 0; i < t.length; i++) u.push(t.charCodeAt(i)); done(u); });");
        StringBuilder text = new StringBuilder();
        units.forEach(u -> text.append((char) u.intValue()));
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
