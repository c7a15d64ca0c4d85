package org.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.content.load.Finding;
import org.gongkai.testing.SeedSite;
import org.gongkai.testing.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The seed site has no broken link: its build reports none, and, checked apart from the build with the JDK's own
 * URI resolution over the files on disk, every link of every page leads to a file of the site and every anchor to
 * an element of its page.
 */
class SeedLinksTest {

    /** The seed's site.yaml: base_url https://example.org/. */
    private static final String BASE_URL = "https://example.org/";

    @Test
    void theBuildReportsNoBrokenLink() throws IOException {
        assertEquals(List.of(), SeedSite.result().findings().sorted().stream()
                .filter(f -> f.rule().startsWith("link.")).map(Finding::format).toList());
    }

    @Test
    void everyLinkOnEverySeedPageLeadsToAFileAndEveryAnchorToAnElement() throws IOException, URISyntaxException {
        Path root = SeedSite.root().toAbsolutePath();
        Map<Path, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String file : SiteFiles.files(root)) {
            if (!file.endsWith(".html")) {
                continue;
            }
            Path page = root.resolve(file);
            for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[href], [src], form[action]")) {
                String href = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("action");
                if (href.startsWith(BASE_URL)) {
                    href = "/" + href.substring(BASE_URL.length());
                } else if (href.matches("[a-z]+:.*")) {
                    assertTrue(href.startsWith("https:") || href.startsWith("mailto:"), file + ": " + href);
                    continue;
                }
                URI to = href.startsWith("/") ? root.toUri().resolve(href.substring(1)) : page.toUri().resolve(href);
                Path target = Path.of(new URI(to.getScheme(), to.getAuthority(), to.getPath(), null, null));
                if (to.getPath().endsWith("/")) {
                    target = target.resolve("index.html");
                }
                checked++;
                if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                    broken.add(file + " → " + href);
                } else if (to.getFragment() != null && !to.getFragment().isEmpty()
                        && !ids.computeIfAbsent(target, SeedLinksTest::ids).contains(to.getFragment())) {
                    broken.add(file + " → " + href + "（锚点）");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 1000, "links checked: " + checked);
    }

    private static Set<String> ids(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8").select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
