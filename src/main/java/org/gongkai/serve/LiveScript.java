package org.gongkai.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The live-reload script and its one tag in each served page. The tag names a file rather than holding code,
 * because the site's Content-Security-Policy allows no inline script; the build number rides in its URL, so the
 * page knows which build it shows without a race against the event stream.
 */
final class LiveScript {

    static final String PATH = "/_gongkai/live.js";
    static final String EVENTS = "/_gongkai/events";
    static final String STATUS = "/_gongkai/status.json";

    private static final byte[] SCRIPT = load();

    private LiveScript() {}

    static byte[] script() {
        return SCRIPT.clone();
    }

    static String tag(int build) {
        return "<script src=\"" + PATH + "?build=" + build + "\"></script>";
    }

    /** The page with the tag before its last {@code </body>}, or at its end when it has none. */
    static byte[] inject(byte[] html, int build) {
        String page = new String(html, StandardCharsets.UTF_8);
        int body = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        int at = body < 0 ? page.length() : body;
        return (page.substring(0, at) + tag(build) + "\n" + page.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] load() {
        try (InputStream in = LiveScript.class.getResourceAsStream("live.js")) {
            if (in == null) {
                throw new IllegalStateException("live.js is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
