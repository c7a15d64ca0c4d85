package org.gongkai.site.links;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.gongkai.content.load.Finding;

/**
 * Checks that every link the build writes leads to a file of the site it publishes, and every {@code #anchor} to
 * an element of its page. Each page is read on its rendering thread right after it is rendered, keeping only the
 * distinct places the site links to, each with the first page by path that does; they are looked up once the
 * whole site is staged. Anchors on other pages are checked by reading just those pages again at the end.
 * Safe to share between rendering threads.
 */
public final class LinkCheck {

    /** Enough to show what is wrong; a wrong link in a template recurs on every page the template makes. */
    static final int LISTED_PER_FILE = 20;

    private final LinkResolver resolver;
    private final LinkFindings findings;
    /** Each place that rendered or kept pages link to, with the first linking page by path. */
    private final Map<String, LinkOrigin> targets = new ConcurrentHashMap<>();
    /** Each {@code page#anchor} on another page that rendered or kept pages link to, likewise. */
    private final Map<String, LinkOrigin> anchors = new ConcurrentHashMap<>();
    /** The links of publishers' Markdown: few, and each reported at its own place in its file. */
    private final Queue<Linked> written = new ConcurrentLinkedQueue<>();
    /** Per folder being tracked, the places its pages link to outside it. */
    private final Map<String, Set<String>> leaving = new ConcurrentHashMap<>();
    private final Problems problems = new Problems();

    /** A link of a publisher's Markdown, resolved. */
    private record Linked(LinkOrigin.Written origin, LinkResolver.Reference to) {}

    public LinkCheck(String baseUrl, Path templates) {
        this.resolver = new LinkResolver(baseUrl);
        this.findings = new LinkFindings(templates, resolver.serverPath());
    }

    /**
     * Reads the links of {@code page} (a path such as {@code a/2024/}, or {@code 404.html}), which {@code template}
     * rendered as {@code html}, showing {@code prose} if any. Anchors on the page itself are checked at once.
     */
    public void page(String page, String template, String html, Optional<Prose> prose) {
        PageAnchors read = PageAnchors.read(html);
        Set<String> proseHrefs = prose.map(Prose::hrefs).orElse(Set.of());
        LinkOrigin rendered = new LinkOrigin.Rendered(page, template);
        Optional<Map.Entry<String, Set<String>>> tracked = trackedFolder(page);
        for (String href : read.hrefs()) {
            LinkOrigin origin = proseHrefs.contains(href) ? new LinkOrigin.Written(page, prose.get(), href) : rendered;
            LinkResolver.Reference to = resolver.resolve(href, page);
            switch (to.kind()) {
                case SCRIPT -> {
                    // The publisher's script links are reported below, where they are written, whether or not the
                    // safelist left them on the page.
                    if (origin == rendered) {
                        problems.add(findings.script(origin, href, LinkResolver.scriptScheme(href).orElseThrow()));
                    }
                }
                case OUTSIDE -> problems.add(findings.outside(origin, href));
                case SITE -> {
                    if (to.target().equals(page)) {
                        if (!hasAnchor(read.ids(), to.fragment())) {
                            problems.add(findings.noAnchor(origin, page, to.fragment()));
                        }
                    } else {
                        note(origin, to);
                        tracked.filter(t -> !to.target().startsWith(t.getKey()))
                                .ifPresent(t -> t.getValue().add(place(to)));
                    }
                }
                case ELSEWHERE -> { }
            }
        }
        prose.ifPresent(p -> scripts(p).forEach(problems::add));
    }

    /**
     * The links of a publisher's Markdown that would run a script ({@code javascript:}, {@code vbscript:},
     * {@code data:}), each an error at the place it is written. The safelist keeps them off the page, so the page's
     * own links never show them; they are read from the Markdown as written. Needs no built site, so that
     * {@code gongkai check} reports them as the build does.
     */
    public static List<Finding> scripts(Prose prose) {
        List<Finding> found = new ArrayList<>();
        for (String href : prose.written()) {
            LinkResolver.scriptScheme(href).ifPresent(scheme -> found.add(LinkFindings.script(prose, href, scheme)));
        }
        return found;
    }

    /** Starts keeping the places that the pages about to be rendered below {@code folder} link to outside it. */
    public void track(String folder) {
        leaving.put(folder, ConcurrentHashMap.newKeySet());
    }

    /**
     * The places outside {@code folder} that its pages rendered since {@link #track} link to, in order, as
     * {@link #kept} takes them back; stops tracking it.
     */
    public List<String> outside(String folder) {
        Set<String> places = leaving.remove(folder);
        return places == null ? List.of() : List.copyOf(new TreeSet<>(places));
    }

    /**
     * Adds the links of the pages of {@code folder}, kept from the last build without rendering them: the places
     * outside it that {@link #outside} gave then, which may have gone since. Links within it were checked when
     * it was written, and it is kept whole.
     */
    public void kept(String folder, String file, List<String> places) {
        LinkOrigin origin = new LinkOrigin.Kept(folder, file);
        for (String place : places) {
            int hash = place.indexOf('#');
            note(origin, hash < 0 ? LinkResolver.Reference.site(place, "")
                    : LinkResolver.Reference.site(place.substring(0, hash), place.substring(hash + 1)));
        }
    }

    /**
     * The findings about every link read: a place that is not among the files of the site as it will be published
     * ({@code published} gives the file a path from the site's root will be, if any) is an error, and so is an
     * anchor its page does not have.
     */
    public List<Finding> check(Function<String, Optional<Path>> published) throws IOException {
        SiteFiles files = new SiteFiles(published);
        for (Map.Entry<String, LinkOrigin> e : targets.entrySet()) {
            if (files.page(e.getKey()).isEmpty()) {
                problems.add(findings.missing(e.getValue(), e.getKey()));
            }
        }
        Map<String, Map<String, LinkOrigin>> anchored = new TreeMap<>();
        anchors.forEach((place, origin) -> {
            int hash = place.indexOf('#');
            anchored.computeIfAbsent(place.substring(0, hash), k -> new TreeMap<>()).put(place.substring(hash + 1), origin);
        });
        for (Linked link : written) {
            if (files.page(link.to().target()).isEmpty()) {
                problems.add(findings.missing(link.origin(), link.to().target()));
            } else if (!link.to().fragment().isEmpty()) {
                anchored.computeIfAbsent(link.to().target(), k -> new TreeMap<>()).put(link.to().fragment(), link.origin());
            }
        }
        for (Map.Entry<String, Map<String, LinkOrigin>> e : anchored.entrySet()) {
            Optional<Path> file = files.page(e.getKey());
            if (file.isPresent()) {
                Set<String> ids = PageAnchors.read(Files.readString(file.get(), StandardCharsets.UTF_8)).ids();
                e.getValue().forEach((fragment, origin) -> {
                    if (!hasAnchor(ids, fragment)) {
                        problems.add(findings.noAnchor(origin, e.getKey(), fragment));
                    }
                });
            }
        }
        return problems.listed();
    }

    private void note(LinkOrigin origin, LinkResolver.Reference to) {
        if (origin instanceof LinkOrigin.Written w) {
            written.add(new Linked(w, to));
            return;
        }
        first(targets, to.target(), origin);
        if (!to.fragment().isEmpty()) {
            first(anchors, place(to), origin);
        }
    }

    /** Keeps the origin with the first page by path, so that findings do not depend on the threads' order. */
    private static void first(Map<String, LinkOrigin> map, String key, LinkOrigin origin) {
        LinkOrigin known = map.putIfAbsent(key, origin);
        if (known != null && origin.page().compareTo(known.page()) < 0) {
            map.merge(key, origin, (a, b) -> a.page().compareTo(b.page()) <= 0 ? a : b);
        }
    }

    private static String place(LinkResolver.Reference to) {
        return to.fragment().isEmpty() ? to.target() : to.target() + "#" + to.fragment();
    }

    /** An empty fragment, and {@code #top}, lead to the top of any page. */
    private static boolean hasAnchor(Set<String> ids, String fragment) {
        return fragment.isEmpty() || ids.contains(fragment) || fragment.equalsIgnoreCase("top");
    }

    private Optional<Map.Entry<String, Set<String>>> trackedFolder(String page) {
        if (leaving.isEmpty()) {
            return Optional.empty();
        }
        for (int slash = page.indexOf('/'); slash >= 0; slash = page.indexOf('/', slash + 1)) {
            String folder = page.substring(0, slash + 1);
            Set<String> places = leaving.get(folder);
            if (places != null) {
                return Optional.of(Map.entry(folder, places));
            }
        }
        return Optional.empty();
    }

    /** The files of the site as it will be published, as a server answers a link. */
    private record SiteFiles(Function<String, Optional<Path>> published) {

        /** The file a link to {@code target} gets from a server: a folder's index.html, also without its slash. */
        Optional<Path> page(String target) {
            if (target.isEmpty() || target.endsWith("/")) {
                return published.apply(target + "index.html");
            }
            return published.apply(target).or(() -> published.apply(target + "/index.html"));
        }
    }

    /**
     * The findings made, at most {@link #LISTED_PER_FILE} per file, the same ones whatever the threads' order:
     * the first by position and message, and one more that counts the rest.
     */
    private static final class Problems {
        private final Map<String, TreeMap<String, Finding>> byFile = new ConcurrentHashMap<>();
        private final Map<String, Integer> counts = new ConcurrentHashMap<>();

        void add(Finding f) {
            TreeMap<String, Finding> listed = byFile.computeIfAbsent(f.at().file(), k -> new TreeMap<>());
            String key = String.format("%09d:%09d %s", f.at().line(), f.at().column(), f.message());
            synchronized (listed) {
                if (listed.putIfAbsent(key, f) == null) {
                    counts.merge(f.at().file(), 1, Integer::sum);
                    if (listed.size() > LISTED_PER_FILE) {
                        listed.pollLastEntry();
                    }
                }
            }
        }

        List<Finding> listed() {
            List<Finding> all = new ArrayList<>();
            new TreeMap<>(byFile).forEach((file, listed) -> {
                all.addAll(listed.values());
                int unlisted = counts.get(file) - listed.size();
                if (unlisted > 0) {
                    all.add(LinkFindings.more(file, unlisted, LISTED_PER_FILE));
                }
            });
            return all;
        }
    }
}
