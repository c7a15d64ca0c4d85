package org.gongkai.site;

/**
 * The Content-Security-Policy of every page: scripts, styles, images and data from the site's own files only,
 * nothing inline, so that text which slipped past escaping still cannot run, and no page can ask another site
 * for anything.
 */
public final class ContentPolicy {

    /** The policy as each page states it in a {@code <meta http-equiv>} tag, which works on any static server. */
    public static final String PAGE = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /**
     * The policy as an HTTP header, for servers that can send one (the preview does): browsers honour
     * {@code frame-ancestors}, which keeps the pages out of other sites' frames, only there.
     */
    public static final String HEADER = PAGE + "; frame-ancestors 'none'";

    private ContentPolicy() {}
}
