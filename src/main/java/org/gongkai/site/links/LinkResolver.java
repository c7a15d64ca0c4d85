package org.gongkai.site.links;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.site.SitePaths;

/**
 * Resolves a link written on a page as a browser would, against the page's own path and the site's address, to
 * a path from the site's root: the folder of a page ends in a slash, as {@link SitePaths} writes it.
 */
final class LinkResolver {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** A browser drops tabs and line breaks anywhere in an address: {@code java&#9;script:} is still a script. */
    private static final Pattern DROPPED = Pattern.compile("[\\t\\n\\r]");
    /**
     * Schemes whose links run code instead of leading somewhere; a {@code data:} address can carry a whole page with
     * scripts of its own.
     */
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "data");

    /** Where a link leads, as far as the site is concerned. */
    enum Kind {
        /** A file of this site: {@code target} is its path from the root, {@code fragment} may be empty. */
        SITE,
        /** Another site, or mail and the like: not something this site writes. */
        ELSEWHERE,
        /** A link that runs a script ({@code javascript:}, {@code vbscript:}, {@code data:}): never needed here. */
        SCRIPT,
        /** Above the site's root folder, or an absolute path outside the site's own path on its server. */
        OUTSIDE
    }

    record Reference(Kind kind, String target, String fragment) {

        static Reference site(String target, String fragment) {
            return new Reference(Kind.SITE, target, fragment);
        }

        static Reference of(Kind kind) {
            return new Reference(kind, "", "");
        }
    }

    private final String baseUrl;
    private final String serverPath;

    /** {@code baseUrl} as site.yaml gives it, ending in a slash, or empty. */
    LinkResolver(String baseUrl) {
        this.baseUrl = baseUrl;
        this.serverPath = SitePaths.serverPath(baseUrl);
    }

    /** The site's own path on its server, such as {@code /} or {@code /budget/}. */
    String serverPath() {
        return serverPath;
    }

    /**
     * Where {@code href}, written on {@code page} (a folder such as {@code a/2024/}, or a file at the root such
     * as {@code 404.html}), leads. Query strings are dropped: a page is the same file whatever its query.
     */
    Reference resolve(String href, String page) {
        String h = asBrowsersRead(href);
        if (SCHEME.matcher(h).find()) {
            if (SCRIPT_SCHEMES.contains(scheme(h))) {
                return Reference.of(Kind.SCRIPT);
            }
            String site = baseUrl.isEmpty() ? "" : baseUrl.substring(0, baseUrl.length() - 1);
            return !site.isEmpty() && isBelow(h, site) ? fromRoot(h.substring(site.length()))
                    : Reference.of(Kind.ELSEWHERE);
        }
        if (h.startsWith("//")) {
            String site = baseUrl.isEmpty() ? "" : baseUrl.substring(baseUrl.indexOf("//"), baseUrl.length() - 1);
            return !site.isEmpty() && isBelow(h, site) ? fromRoot(h.substring(site.length()))
                    : Reference.of(Kind.ELSEWHERE);
        }
        if (h.startsWith("/")) {
            String site = serverPath.substring(0, serverPath.length() - 1);
            return isBelow(h, site) ? fromRoot(h.substring(site.length())) : Reference.of(Kind.OUTSIDE);
        }
        int end = pathEnd(h);
        String fragment = fragment(h);
        if (end == 0) {
            return Reference.site(page, fragment);
        }
        return normalised(page.substring(0, page.lastIndexOf('/') + 1) + h.substring(0, end), fragment);
    }

    /** The scheme of {@code href}, in lower case, when following it would run a script. */
    static Optional<String> scriptScheme(String href) {
        String h = asBrowsersRead(href);
        if (!SCHEME.matcher(h).find()) {
            return Optional.empty();
        }
        String scheme = scheme(h);
        return SCRIPT_SCHEMES.contains(scheme) ? Optional.of(scheme) : Optional.empty();
    }

    /** The scheme of {@code h}, read as a browser reads it and known to start with one, in lower case. */
    private static String scheme(String h) {
        return h.substring(0, h.indexOf(':')).toLowerCase(Locale.ROOT);
    }

    /** {@code href} without what a browser ignores: tabs and line breaks, and controls and spaces around it. */
    private static String asBrowsersRead(String href) {
        // Most links hold no tab or line break: the pattern is run only on those that do.
        String h = href.indexOf('\t') < 0 && href.indexOf('\n') < 0 && href.indexOf('\r') < 0 ? href
                : DROPPED.matcher(href).replaceAll("");
        int from = 0;
        int to = h.length();
        while (from < to && h.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && h.charAt(to - 1) <= ' ') {
            to--;
        }
        return h.substring(from, to).strip();
    }

    /** Whether {@code h} is {@code prefix} itself or something below it, not merely a longer name. */
    private static boolean isBelow(String h, String prefix) {
        return h.startsWith(prefix) && (h.length() == prefix.length() || "/?#".indexOf(h.charAt(prefix.length())) >= 0);
    }

    /** {@code rest} starts at the site's root: empty, or with a slash, query or fragment. */
    private static Reference fromRoot(String rest) {
        String path = rest.substring(0, pathEnd(rest));
        return normalised(path.startsWith("/") ? path.substring(1) : path, fragment(rest));
    }

    private static int pathEnd(String h) {
        int end = h.length();
        int query = h.indexOf('?');
        int hash = h.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (hash >= 0 && hash < end) {
            end = hash;
        }
        return end;
    }

    private static String fragment(String h) {
        int hash = h.indexOf('#');
        return hash < 0 ? "" : decoded(h.substring(hash + 1));
    }

    /**
     * Resolves {@code .} and {@code ..} in a path from the root; a folder's {@code index.html} is the folder, as
     * a server gives it for the folder's URL.
     */
    private static Reference normalised(String path, String fragment) {
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = path.split("/", -1);
        boolean folder = path.isEmpty();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return Reference.of(Kind.OUTSIDE);
                }
                segments.removeLast();
                folder = last;
            } else if (part.equals(".") || part.isEmpty()) {
                folder = last || folder;
            } else {
                segments.addLast(decoded(part));
                folder = false;
            }
        }
        if (!folder && "index.html".equals(segments.peekLast())) {
            segments.removeLast();
            folder = true;
        }
        String joined = String.join("/", segments);
        return Reference.site(folder && !joined.isEmpty() ? joined + "/" : joined, fragment);
    }

    /** Percent-escapes undone, so that the path names a file; a malformed escape is left as written. */
    private static String decoded(String part) {
        if (part.indexOf('%') < 0) {
            return part;
        }
        try {
            return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return part;
        }
    }
}
